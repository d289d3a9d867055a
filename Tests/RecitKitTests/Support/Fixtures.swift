import Foundation
import Testing

/// Paths to the committed fixtures and golden files, found from this source file so that tests
/// run from any folder.
enum Fixtures {
  static let testsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let packageRoot = testsFolder.deletingLastPathComponent()

  static func path(_ name: String) -> String {
    testsFolder.appendingPathComponent("Fixtures/\(name)").path
  }

  /// Whether this run rewrites golden files (`RECIT_UPDATE_GOLDEN=1 swift test`).
  static var updating: Bool {
    ProcessInfo.processInfo.environment["RECIT_UPDATE_GOLDEN"] == "1"
  }

  /// Compares `content` with the golden file at `path`, or rewrites it when updating.
  static func expectGolden(
    _ content: String, at path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    if updating {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try content.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    if content != expected {
      let a = content.split(separator: "\n", omittingEmptySubsequences: false)
      let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line =
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(a.count, b.count)
      Issue.record(
        "\(path) differs at line \(line + 1): got «\(line < a.count ? a[line] : "")», expected «\(line < b.count ? b[line] : "")». Run RECIT_UPDATE_GOLDEN=1 swift test to accept.",
        sourceLocation: sourceLocation)
    }
  }
}
