import Foundation
import RecitModel

/// A program that `recit` hands part of a build to (WeasyPrint for PDF, pandoc for Word and
/// OpenDocument): found on `PATH`, run with arguments and a time limit, its output captured.
///
/// Standard output and standard error are drained at the same time, each on a thread of its
/// own (reading one to its end first deadlocks once the program fills the other pipe, 64 KiB on
/// Linux). Nothing goes through a shell: arguments reach the program as they are.
public struct ExternalProgram: Sendable, Hashable {
  /// The command's name, looked up on `PATH` (`weasyprint`, `pandoc`).
  public var name: String
  /// How to install it, said when it is missing (`scripts/setup.sh`, `pip install …`).
  public var installHint: LocalizedText

  public init(name: String, installHint: LocalizedText) {
    self.name = name
    self.installHint = installHint
  }

  /// What a finished program printed.
  public struct Output: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: String
  }

  /// Why a program could not do its part, in words for the user.
  public enum Failure: Error, Sendable, Equatable {
    /// Not found on `PATH`.
    case missing(name: String, hint: LocalizedText)
    /// Ended with a non-zero status (or a signal); `stderr` is what it said, trimmed.
    case failed(name: String, status: Int32, stderr: String)
    /// Still running when its time ran out: it was stopped.
    case timedOut(name: String, seconds: Int)

    public var message: LocalizedText {
      switch self {
      case .missing(let name, let hint):
        LocalizedText(
          fr: "le programme « \(name) » est introuvable (PATH) ; \(hint.fr)",
          en: "the program '\(name)' was not found on PATH; \(hint.en)")
      case .failed(let name, let status, let stderr):
        LocalizedText(
          fr: "« \(name) » a échoué (code \(status)) : \(stderr)",
          en: "'\(name)' failed (status \(status)): \(stderr)")
      case .timedOut(let name, let seconds):
        LocalizedText(
          fr: "« \(name) » n'a pas fini en \(seconds) s : il a été arrêté",
          en: "'\(name)' did not finish within \(seconds) s: it was stopped")
      }
    }
  }

  /// The program's path: the first executable `name` in `PATH` (or `name` itself when it holds
  /// a slash), nil when there is none.
  public func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    let manager = FileManager.default
    if name.contains("/") { return manager.isExecutableFile(atPath: name) ? name : nil }
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
      let candidate = "\(folder)/\(name)"
      var isFolder: ObjCBool = false
      if manager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
        manager.isExecutableFile(atPath: candidate)
      {
        return candidate
      }
    }
    return nil
  }

  /// Runs the program to its end: its output when the status is 0, else ``Failure``.
  ///
  /// - Parameters:
  ///   - arguments: given as they are, no shell.
  ///   - directory: the working folder (the caller's when nil).
  ///   - input: written to standard input, which is then closed (empty when nil).
  ///   - timeLimit: seconds after which the program is sent SIGTERM, then SIGKILL 2 s later.
  public func run(
    _ arguments: [String], in directory: String? = nil, input: Data? = nil,
    environment: [String: String]? = nil, timeLimit: Int = 600
  ) throws -> Output {
    guard let executable = locate(environment: environment ?? ProcessInfo.processInfo.environment)
    else { throw Failure.missing(name: name, hint: installHint) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    do { try process.run() } catch { throw Failure.missing(name: name, hint: installHint) }
    let group = DispatchGroup()
    let stdout = PipeDrain(out.fileHandleForReading, group)
    let stderr = PipeDrain(err.fileHandleForReading, group)
    let watchdog = Watchdog(process: process, seconds: timeLimit)
    if let input, !input.isEmpty {
      // A program that exits without reading its input closes the pipe: ignore that failure,
      // which must come as EPIPE, not as a SIGPIPE that ends the caller.
      _ = Self.brokenPipesIgnored
      try? inPipe.fileHandleForWriting.write(contentsOf: input)
    }
    try? inPipe.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    watchdog.cancel()
    if watchdog.fired { throw Failure.timedOut(name: name, seconds: timeLimit) }
    let said = String(decoding: stderr.data, as: UTF8.self)
    guard process.terminationStatus == 0, process.terminationReason == .exit else {
      throw Failure.failed(
        name: name, status: process.terminationStatus,
        stderr: Self.trimmed(said))
    }
    return Output(status: 0, stdout: stdout.data, stderr: said)
  }

  /// SIGPIPE ignored in the process, once, before the first write to a program's input (the
  /// command-line front end ignores it from the start; a library caller, a test runner or a
  /// server may not).
  private static let brokenPipesIgnored: Void = { signal(SIGPIPE, SIG_IGN) }()

  /// The last lines of what a failing program said, enough to act on, never a flood.
  static func trimmed(_ text: String, lines: Int = 12, characters: Int = 2_000) -> String {
    let kept = text.split(separator: "\n", omittingEmptySubsequences: true).suffix(lines)
    let joined = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    return joined.count > characters ? "…" + String(joined.suffix(characters)) : joined
  }
}

/// Reads a pipe to its end on a thread of its own.
///
/// `@unchecked Sendable` is sound: `data` is written once by the reading thread before it
/// leaves `group`, and read only after `group.wait()`.
private final class PipeDrain: @unchecked Sendable {
  private(set) var data = Data()

  init(_ handle: FileHandle, _ group: DispatchGroup) {
    group.enter()
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      group.leave()
    }
  }
}

/// Stops a process that outlives its time: SIGTERM, then SIGKILL two seconds later.
///
/// `@unchecked Sendable` is sound: `state` is only touched under `lock`.
private final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var state = (cancelled: false, fired: false)

  init(process: Process, seconds: Int) {
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds)) { [self] in
      guard mark() else { return }
      kill(pid, SIGTERM)
      DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(2)) { [self] in
        if !isCancelled { kill(pid, SIGKILL) }
      }
    }
  }

  /// Records that the time ran out, unless the process ended first.
  private func mark() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    if state.cancelled { return false }
    state.fired = true
    return true
  }

  private var isCancelled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return state.cancelled
  }

  var fired: Bool {
    lock.lock()
    defer { lock.unlock() }
    return state.fired
  }

  func cancel() {
    lock.lock()
    state.cancelled = true
    lock.unlock()
  }
}
