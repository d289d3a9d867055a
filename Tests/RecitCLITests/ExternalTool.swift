import Foundation

/// An external validator installed by the test command (`scripts/test.sh`), run for real.
enum ExternalTool {
  struct Missing: Error, CustomStringConvertible {
    let name: String
    var description: String { "\(name) is not installed: run scripts/test.sh, which installs it" }
  }

  /// The tool's absolute path, found on PATH (and pip's user folders).
  static func path(_ name: String) throws -> String {
    let environment = ProcessInfo.processInfo.environment
    var folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    folders += ["/usr/local/bin", "/usr/bin", (environment["HOME"] ?? "") + "/.local/bin"]
    for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
      return folder + "/" + name
    }
    throw Missing(name: name)
  }

  /// Runs the tool; returns its exit status and combined output.
  static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try path(name))
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// The package's root folder, for samples and schemas.
enum PackageRoot {
  static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
}
