import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Follows the project with Linux's inotify: one watch per folder (the root, and every folder
/// under `actions/` and `templates/`), for files written and closed, moved in or out, created
/// and deleted. A rename-on-save (vim, JetBrains) arrives as a move onto the file's name and
/// is one edit; a new folder is watched as it appears; an overflow of the kernel's queue makes
/// a full rescan.
final class InotifyWatcher: @unchecked Sendable {
  // `@unchecked Sendable` is sound: `folders` is only touched by the reading thread after
  // `start()` returns, and by `start()` before the thread begins.
  enum Failure: Error {
    /// `fs.inotify.max_user_watches` (or `max_user_instances`) is reached.
    case limit(instances: Bool)
    case unavailable(Int32)
  }

  // The Linux ABI's values (linux/inotify.h).
  static let closeWrite: UInt32 = 0x0000_0008
  static let movedFrom: UInt32 = 0x0000_0040
  static let movedTo: UInt32 = 0x0000_0080
  static let create: UInt32 = 0x0000_0100
  static let delete: UInt32 = 0x0000_0200
  static let deleteSelf: UInt32 = 0x0000_0400
  static let moveSelf: UInt32 = 0x0000_0800
  static let overflow: UInt32 = 0x0000_4000
  static let ignored: UInt32 = 0x0000_8000
  static let onlyDirectory: UInt32 = 0x0100_0000
  static let excludeUnlinked: UInt32 = 0x0400_0000
  static let isDirectory: UInt32 = 0x4000_0000

  static let mask =
    closeWrite | movedFrom | movedTo | create | delete | deleteSelf | moveSelf | onlyDirectory
    | excludeUnlinked

  let root: String
  let queue: ChangeQueue
  /// Called (from the reading thread) when the watches run out while following a new folder.
  let onLimit: @Sendable () -> Void
  /// For tests: at most this many watches, as if the kernel's limit were that low.
  let maximumWatches: Int?
  private var descriptor: Int32 = -1
  /// Watch descriptor → folder relative to the root ("" for the root).
  private var folders: [Int32: String] = [:]

  init(
    root: String, queue: ChangeQueue, maximumWatches: Int? = nil,
    onLimit: @escaping @Sendable () -> Void
  ) {
    self.root = root
    self.queue = queue
    self.maximumWatches = maximumWatches
    self.onLimit = onLimit
  }

  /// Sets every watch, then reads events on a thread of its own until the process ends.
  func start() throws(Failure) {
    descriptor = inotify_init1(Int32(O_CLOEXEC))
    guard descriptor >= 0 else {
      let code = errno
      throw code == EMFILE ? .limit(instances: true) : .unavailable(code)
    }
    do {
      try watch("")
      for folder in WatchedNames.rootFolders.sorted() { try watchTree(folder) }
    } catch {
      close(descriptor)
      throw error
    }
    let thread = Thread { [self] in readEvents() }
    thread.name = "recit-serve-inotify"
    thread.start()
  }

  private func watch(_ folder: String) throws(Failure) {
    if let maximumWatches, folders.count >= maximumWatches { throw .limit(instances: false) }
    let path = folder.isEmpty ? root : root + "/" + folder
    let wd = inotify_add_watch(descriptor, path, Self.mask)
    if wd < 0 {
      let code = errno
      if code == ENOSPC { throw .limit(instances: false) }
      return  // gone meanwhile, or not a folder: nothing to follow
    }
    folders[wd] = folder
  }

  /// Watches `folder` and every folder below it that matters.
  private func watchTree(_ folder: String) throws(Failure) {
    var pending = [folder]
    while let next = pending.popLast() {
      var isFolder: ObjCBool = false
      let path = root + "/" + next
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
      else { continue }
      // A link to a folder is not followed: the workspace does not read through it either
      // when it leads out, and a loop of links would never end.
      if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil { continue }
      try watch(next)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      for name in names where WatchedNames.matters(name) {
        pending.append(next + "/" + name)
      }
    }
  }

  private func readEvents() {
    let size = 64 * 1024
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
    defer { buffer.deallocate() }
    while true {
      let count = read(descriptor, buffer, size)
      if count < 0 {
        if errno == EINTR { continue }
        return
      }
      var offset = 0
      while offset + 16 <= count {
        let wd = buffer.load(fromByteOffset: offset, as: Int32.self)
        let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
        let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
        var name = ""
        if length > 0 {
          let start = buffer.advanced(by: offset + 16).assumingMemoryBound(to: CChar.self)
          name = String(cString: start)
        }
        offset += 16 + length
        handle(wd: wd, mask: mask, name: name)
      }
    }
  }

  private func handle(wd: Int32, mask: UInt32, name: String) {
    if mask & Self.overflow != 0 {
      queue.addRescan()
      return
    }
    if mask & Self.ignored != 0 {
      folders[wd] = nil
      return
    }
    guard let folder = folders[wd] else { return }
    if mask & (Self.deleteSelf | Self.moveSelf) != 0 {
      queue.addRescan()
      return
    }
    if folder.isEmpty ? !WatchedNames.mattersAtRoot(name) : !WatchedNames.matters(name) { return }
    let path = folder.isEmpty ? name : folder + "/" + name
    if mask & Self.isDirectory != 0 {
      if mask & (Self.create | Self.movedTo) != 0 {
        do {
          try watchTree(path)
        } catch {
          onLimit()
        }
      }
      // The files of a folder that came or went are not named one by one.
      queue.addRescan()
      return
    }
    queue.add(path)
  }
}
