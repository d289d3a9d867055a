import Foundation
import RecitKit

/// What the server serves at a given moment: one build's files and the panel of its
/// diagnostics, under a version; and the pages listening for the next version.
///
/// Request handlers read the snapshot under a lock (a copy of two references), never through
/// an actor hop, so that serving a page costs a dictionary lookup.
final class SiteState: @unchecked Sendable {
  // `@unchecked Sendable` is sound: `current` and `listeners` are only touched under `lock`.
  struct Snapshot: Sendable {
    /// By output path (`html/index.html`, `svg/ID/conflits.svg`).
    var files: ServedFiles
    /// Changes exactly when the files or the diagnostics change.
    var version: String
    /// The digest of the served files that are not pages (the stylesheet, images): a page
    /// whose assets changed is reloaded, not updated in place.
    var assets: String
    /// The diagnostics' panel (HTML), empty when there is nothing to say.
    var panel: String
    /// Whether some build ever succeeded (else `files` is empty).
    var hasBuild: Bool
    var language: Language
  }

  /// Pages listening at once; more are refused (503) rather than held without bound.
  static let maximumListeners = 256

  private let lock = NSLock()
  private var current: Snapshot
  private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
  private var nextListener = 0

  init(_ snapshot: Snapshot) {
    current = snapshot
  }

  var snapshot: Snapshot { lock.withLock { current } }

  /// Serves `snapshot` from now on and tells every listening page its version.
  func publish(_ snapshot: Snapshot) {
    let waiting = lock.withLock {
      current = snapshot
      return Array(listeners.values)
    }
    for listener in waiting { listener.yield(Self.event(snapshot.version)) }
  }

  /// A stream of server-sent events for one page, starting with the current version; nil
  /// when too many pages listen already.
  func listen() -> (id: Int, events: AsyncStream<String>)? {
    let (stream, continuation) = AsyncStream<String>.makeStream(
      bufferingPolicy: .bufferingNewest(4))
    let id: Int? = lock.withLock {
      guard listeners.count < Self.maximumListeners else { return nil }
      nextListener += 1
      listeners[nextListener] = continuation
      continuation.yield("retry: 1000\n\n" + Self.event(current.version))
      return nextListener
    }
    guard let id else { return nil }
    return (id, stream)
  }

  func stopListening(_ id: Int) {
    let listener = lock.withLock { listeners.removeValue(forKey: id) }
    listener?.finish()
  }

  /// A comment line to every page: a connection that was dropped fails on it and is let go.
  func keepAlive() {
    let waiting = lock.withLock { Array(listeners.values) }
    for listener in waiting { listener.yield(": ping\n\n") }
  }

  var listenerCount: Int { lock.withLock { listeners.count } }

  private static func event(_ version: String) -> String {
    "event: version\ndata: \(version)\n\n"
  }
}

/// The files served, by output path, in layers looked up in order (the pages, then the formats
/// built after them, then the book): publishing a new version shares each layer rather than
/// merging thousands of files into one dictionary.
struct ServedFiles: Sendable {
  var layers: [[String: Data]] = []

  subscript(path: String) -> Data? {
    for layer in layers {
      if let data = layer[path] { return data }
    }
    return nil
  }
}
