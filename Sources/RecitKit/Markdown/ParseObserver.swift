import Foundation

/// Counts the Markdown parses of texts that contain a watched token: the test hook that checks
/// a build parses each body exactly once.
///
/// Parsing runs on several threads (`ParallelMap`), where task-local values do not follow, so
/// the count is process-wide, behind a lock. Only texts that contain a token a test watches are
/// counted, so tests that run at the same time do not disturb one another; with no token
/// watched, `noteParse` costs one lock and returns.
///
/// `@unchecked Sendable` is sound: `counts` is only touched while `lock` is held. This is the
/// one process-wide mutable value of the library, and it is a counter for tests: nothing a
/// build produces depends on it.
final class ParseObserver: @unchecked Sendable {
  static let shared = ParseObserver()

  private let lock = NSLock()
  private var counts: [String: Int] = [:]

  /// Starts counting the parses of texts that contain `token`.
  func watch(_ token: String) {
    lock.withLock { counts[token] = 0 }
  }

  /// The parses counted for `token` since `watch`; stops watching it.
  func stopWatching(_ token: String) -> Int {
    lock.withLock { counts.removeValue(forKey: token) ?? 0 }
  }

  func noteParse(of text: String) {
    lock.withLock {
      for token in counts.keys where text.contains(token) { counts[token]! += 1 }
    }
  }
}
