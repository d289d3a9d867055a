import Foundation

/// Counts the actions a build has rendered, for a front end that shows progress.
///
/// The workspace calls `advance()` from its workers; `report` is called with (done, total)
/// after each step, on whatever thread did the work, so it must be cheap and thread-safe.
public final class BuildProgress: @unchecked Sendable {
  // `@unchecked Sendable` is sound: `done` and `total` are only touched while `lock` is held.
  private let lock = NSLock()
  private var done = 0
  private var total = 0
  private let report: @Sendable (_ done: Int, _ total: Int) -> Void

  public init(report: @escaping @Sendable (_ done: Int, _ total: Int) -> Void) {
    self.report = report
  }

  /// A new stage of `count` steps (the actions to render).
  func start(_ count: Int) {
    lock.lock()
    done = 0
    total = count
    lock.unlock()
    report(0, count)
  }

  func advance() {
    lock.lock()
    done += 1
    let now = (done, total)
    lock.unlock()
    report(now.0, now.1)
  }
}
