import Foundation

/// An external validator installed by the test command (`scripts/test.sh`), run for real.
///
/// One policy for every test: a missing tool is an error that fails the test and says how to
/// install it; no test is ever skipped because a tool is absent.
public enum ExternalTool {
  public struct Missing: Error, CustomStringConvertible {
    public let name: String
    public init(name: String) { self.name = name }
    public var description: String {
      "\(name) is not installed: run scripts/test.sh, which installs it"
    }
  }

  /// The tool's absolute path, found on PATH (and pip's user folders).
  public static func path(_ name: String) throws -> String {
    if name.hasPrefix("/") {
      guard FileManager.default.isExecutableFile(atPath: name) else { throw Missing(name: name) }
      return name
    }
    let environment = ProcessInfo.processInfo.environment
    var folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    folders += ["/usr/local/bin", "/usr/bin", (environment["HOME"] ?? "") + "/.local/bin"]
    for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
      return folder + "/" + name
    }
    throw Missing(name: name)
  }

  /// Runs the tool; returns its exit status and its output (standard output, then error).
  public static func run(_ name: String, _ arguments: [String], input: Data? = nil) throws -> (
    status: Int32, output: String
  ) {
    let result = try ProcessRunner.run(try path(name), arguments, input: input)
    return (result.status, result.combined)
  }
}
