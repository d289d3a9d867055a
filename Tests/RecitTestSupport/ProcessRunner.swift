import Foundation

/// Runs a program to its end and captures what it printed, for the tests.
///
/// Standard output and standard error are drained at the same time, each on a thread of its
/// own: reading one to its end before the other deadlocks as soon as the program fills the
/// other pipe's buffer (64 KiB on Linux).
public enum ProcessRunner {
  public struct Output: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Standard output then standard error, for messages.
    public var combined: String { stdout + stderr }
    /// The same, by the name the export tests use.
    public var output: String { combined }
  }

  public static func run(
    _ executable: String, _ arguments: [String], in directory: String? = nil,
    environment: [String: String]? = nil, input: Data? = nil
  ) throws -> Output {
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
    try process.run()
    let group = DispatchGroup()
    let stdout = Drain(out.fileHandleForReading, group)
    let stderr = Drain(err.fileHandleForReading, group)
    if let input { inPipe.fileHandleForWriting.write(input) }
    try inPipe.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdout.data, as: UTF8.self),
      stderr: String(decoding: stderr.data, as: UTF8.self))
  }
}

/// Reads a pipe to its end on a thread of its own.
///
/// `@unchecked Sendable` is sound: `data` is written once by the reading thread before it
/// leaves `group`, and read only after `group.wait()`.
private final class Drain: @unchecked Sendable {
  private(set) var data = Data()

  init(_ handle: FileHandle, _ group: DispatchGroup) {
    group.enter()
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      group.leave()
    }
  }
}
