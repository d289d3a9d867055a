import Foundation

/// The changes seen since the last rebuild, gathered by a watcher (any thread) and taken by
/// the rebuild loop; `signal` wakes the loop, once per batch however many changes came.
final class ChangeQueue: @unchecked Sendable {
  // `@unchecked Sendable` is sound: `paths` and `rescan` are only touched under `lock`.
  private let lock = NSLock()
  private var paths: Set<String> = []
  private var rescan = false
  let signal: AsyncStream<Void>
  private let continuation: AsyncStream<Void>.Continuation

  /// More paths than this in one batch are read as a full rescan (a checkout, a copy).
  static let maximumPaths = 10_000

  init() {
    (signal, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
  }

  /// A changed file, relative to the project root.
  func add(_ path: String) {
    lock.withLock {
      if paths.count < Self.maximumPaths { paths.insert(path) } else { rescan = true }
    }
    continuation.yield()
  }

  /// Something happened that a list of files cannot say (a folder moved, the kernel's queue
  /// overflowed): every file is read again.
  func addRescan() {
    lock.withLock { rescan = true }
    continuation.yield()
  }

  /// Whether no change is waiting.
  var isEmpty: Bool { lock.withLock { paths.isEmpty && !rescan } }

  /// The batch so far, emptied: nil paths for a full rescan.
  func take() -> [String]?? {
    lock.withLock {
      defer {
        paths = []
        rescan = false
      }
      if rescan { return .some(nil) }
      if paths.isEmpty { return nil }
      return .some(paths.sorted())
    }
  }
}

/// Which names a watcher follows: the ones the workspace reads, not an editor's backups, swap
/// or temporary files, nor `.git/` or any hidden folder.
enum WatchedNames {
  static let rootFiles: Set<String> = ["recit.yml", "acteurs.yml"]
  static let rootFolders: Set<String> = ["actions", "templates"]

  /// Whether a file or folder named `name` inside a watched folder may matter.
  static func matters(_ name: String) -> Bool {
    if name.isEmpty || name.hasPrefix(".") || name.hasPrefix("#") { return false }
    if name.hasSuffix("~") || name == "4913" { return false }
    for suffix in [
      ".swp", ".swx", ".swo", ".tmp", ".bak", "___jb_tmp___", "___jb_old___", ".kate-swp",
    ]
    where name.hasSuffix(suffix) {
      return false
    }
    return true
  }

  /// Whether `name`, directly in the project root, is one the workspace reads.
  static func mattersAtRoot(_ name: String) -> Bool {
    rootFiles.contains(name) || rootFolders.contains(name)
  }
}
