import Foundation
import Testing

@testable import RecitKit

/// The committed schemas and `docs/rules.md` are what `swift run recit-gen` produces.
@Suite struct RuleArtifactsTests {
  @Test func committedFilesAreUpToDate() throws {
    let root = Fixtures.packageRoot
    let files = try RuleArtifacts.generate(packageRoot: root.path)
    #expect(files.count == 4)
    for file in files {
      let committed = try String(contentsOf: root.appending(path: file.path), encoding: .utf8)
      let upToDate = committed == file.content
      #expect(
        upToDate,
        "\(file.path) differs from the rule units (line \(Self.firstDifference(committed, file.content))): run `swift run recit-gen` and review the diff"
      )
    }
  }

  /// The 1-based number of the first line where `a` and `b` differ.
  static func firstDifference(_ a: String, _ b: String) -> Int {
    let (left, right) = (
      a.split(separator: "\n", omittingEmptySubsequences: false),
      b.split(separator: "\n", omittingEmptySubsequences: false)
    )
    let same = zip(left, right).prefix { $0 == $1 }.count
    return same + 1
  }

  @Test func schemasReadBackAsWritten() throws {
    let folder = Fixtures.packageRoot.appending(path: "schemas")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name.hasSuffix(".json") {
      let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
      #expect(try JSONValue(parsing: text).rendered() == text, "\(name)")
    }
  }

  @Test func parserReadsEscapesAndRefusesGarbage() throws {
    let value = try JSONValue(parsing: #"{"a": ["\u00e9\n", -3, true, null], "b": {}}"#)
    #expect(
      value
        == .object([
          ("a", .array([.string("é\n"), .int(-3), .bool(true), .null])), ("b", .object([])),
        ]))
    #expect(throws: (any Error).self) { try JSONValue(parsing: "{\"a\": 1.5}") }
    #expect(throws: (any Error).self) { try JSONValue(parsing: "[1,]") }
  }

  @Test func ruleTableListsEveryRule() {
    let table = RuleTable.markdown()
    for rule in Rule.allCases { #expect(table.contains("| `\(rule.rawValue)` |")) }
  }
}
