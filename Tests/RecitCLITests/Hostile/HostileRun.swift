import Foundation
import RecitTestSupport
import Testing

/// The new hostile suites are `.serialized`: each runs its cases one after the other, so that
/// dozens of `recit` processes do not start at once beside the rest of the test suite on a
/// small machine (the one-minute limits of other tests count wall time).
///
/// Runs the built `recit` on a hostile case and holds it to the bound of its command (issue
/// 12): `build` at most 10 s of CPU and 500 MB, every other command 2 s and 200 MB.
///
/// The time bound is on CPU time (user + system, the child's own `rusage`): on a loaded
/// machine wall time also counts the waiting, and a runaway case burns CPU. A case still
/// running after 60 s of wall time is killed and fails. Peak memory is the child's
/// `ru_maxrss`.
enum HostileRun {
  struct Bound: Sendable {
    let cpuSeconds: Double
    let megabytes: Double

    static let check = Bound(cpuSeconds: 2, megabytes: 200)
    static let build = Bound(cpuSeconds: 10, megabytes: 500)

    /// `build`'s bound for `recit build`, `check`'s for the others.
    static func of(_ arguments: [String]) -> Bound {
      arguments.first == "build" ? .build : .check
    }
  }

  /// The environment of `CommandRunner`: French messages, no locale override.
  static var environment: [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "fr_FR.UTF-8"
    env.removeValue(forKey: "LC_ALL")
    env.removeValue(forKey: "LC_MESSAGES")
    return env
  }

  /// Runs `recit arguments` in `directory` and expects it within its bound.
  @discardableResult
  static func recit(
    _ arguments: [String], in directory: String, environment extra: [String: String] = [:],
    input: String? = nil, stdoutPath: String? = nil, closedStdout: Bool = false,
    bound: Bound? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> BoundedRun.Output {
    var env = environment
    for (key, value) in extra { env[key] = value }
    let run = try BoundedRun.run(
      CommandRunner.binary, arguments, in: directory, environment: env,
      input: input.map { Data($0.utf8) }, stdoutPath: stdoutPath, closedStdout: closedStdout)
    expect(run, within: bound ?? .of(arguments), arguments, sourceLocation: sourceLocation)
    return run
  }

  static func expect(
    _ run: BoundedRun.Output, within bound: Bound, _ arguments: [String],
    sourceLocation: SourceLocation
  ) {
    let command = "recit " + arguments.joined(separator: " ")
    #expect(!run.killed, "\(command) ran past 60 s and was killed", sourceLocation: sourceLocation)
    #expect(
      run.signal == nil, "\(command) died of signal \(run.signal ?? 0)\n\(run.stderr)",
      sourceLocation: sourceLocation)
    #expect(
      run.cpuSeconds <= bound.cpuSeconds,
      "\(command): \(run.cpuSeconds) s of CPU, bound \(bound.cpuSeconds) s",
      sourceLocation: sourceLocation)
    #expect(run.peakKilobytes > 1000, "the peak was measured", sourceLocation: sourceLocation)
    #expect(
      run.peakMegabytes <= bound.megabytes,
      "\(command): \(run.peakMegabytes) MB at peak, bound \(bound.megabytes) MB",
      sourceLocation: sourceLocation)
  }
}
