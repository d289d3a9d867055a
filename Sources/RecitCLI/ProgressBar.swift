import Foundation
import RecitKit

/// A progress bar on standard error while a build renders its actions: only on a terminal,
/// only once the build has taken a second, redrawn at most ten times a second, and erased
/// before anything else is printed.
final class ProgressBar: @unchecked Sendable {
  // `@unchecked Sendable` is sound: the mutable state is only touched while `lock` is held.
  private let lock = NSLock()
  private let started = Date()
  private var lastDrawn: Date?
  private var drawn = false
  private let enabled: Bool
  private let language: Language
  /// One second; `RECIT_PROGRESS_AFTER` (seconds) changes it, for tests.
  private let delay: TimeInterval =
    ProcessInfo.processInfo.environment["RECIT_PROGRESS_AFTER"].flatMap(TimeInterval.init) ?? 1

  init(language: Language, quiet: Bool) {
    self.language = language
    enabled = !quiet && isatty(STDERR_FILENO) == 1
  }

  /// The progress a workspace build reports to this bar.
  var progress: BuildProgress? {
    guard enabled else { return nil }
    return BuildProgress { [self] done, total in draw(done, total) }
  }

  private func draw(_ done: Int, _ total: Int) {
    let now = Date()
    lock.lock()
    defer { lock.unlock() }
    guard total > 0, now.timeIntervalSince(started) >= delay else { return }
    if let lastDrawn, now.timeIntervalSince(lastDrawn) < 0.1, done < total { return }
    lastDrawn = now
    drawn = true
    let width = 30
    let filled = width * done / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let label = LocalizedText(fr: "Construction", en: "Building").text(in: language)
    let unit = LocalizedText(fr: "actions", en: "actions").text(in: language)
    Console.error("\r\u{1B}[K\(label) \(bar) \(done)/\(total) \(unit)")
  }

  /// Erases the bar, if one was drawn.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if drawn { Console.error("\r\u{1B}[K") }
    drawn = false
  }
}
