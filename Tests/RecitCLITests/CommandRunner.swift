import Foundation
import RecitTestSupport

/// Runs the built `recit` binary as a user would, capturing its output and exit status.
struct CommandRunner {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `recit` binary built beside the test bundle.
  static let binary: String = {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [folder, folder.deletingLastPathComponent()] {
      let path = candidate.appendingPathComponent("recit").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent(".build/debug/recit").path
  }()

  var executable = CommandRunner.binary

  @discardableResult
  func run(
    _ arguments: [String], in directory: String, environment: [String: String] = [:],
    input: String? = nil
  ) throws -> Output {
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "fr_FR.UTF-8"
    env.removeValue(forKey: "LC_ALL")
    env.removeValue(forKey: "LC_MESSAGES")
    for (key, value) in environment { env[key] = value }
    let result = try ProcessRunner.run(
      executable, arguments, in: directory, environment: env, input: input.map { Data($0.utf8) })
    return Output(status: result.status, stdout: result.stdout, stderr: result.stderr)
  }
}

/// A fresh temporary folder, removed when released.
final class TemporaryFolder {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("recit-cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
