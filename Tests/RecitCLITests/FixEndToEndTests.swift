import Foundation
import RecitTestSupport
import Testing

/// `recit check --corriger` on the slips that have a safe fix (`Tests/Fixtures/mistakes`):
/// the dry run prints the diff and writes nothing, the fix rewrites only the lines concerned,
/// and the project then checks clean.
@Suite struct FixEndToEndTests {
  let recit = CommandRunner()

  /// A copy of a mistake fixture, without its expectation files.
  static func mistake(_ name: String) throws -> ProjectCopy {
    let copy = try ProjectCopy(packagePath: "Tests/Fixtures/mistakes/" + name)
    for file in try FileManager.default.contentsOfDirectory(atPath: copy.root)
    where file.hasPrefix("expected") {
      try FileManager.default.removeItem(atPath: copy.root + "/" + file)
    }
    return copy
  }

  static func lines(_ file: String, in copy: ProjectCopy) throws -> [String] {
    try String(contentsOfFile: copy.root + "/" + file, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  static let cases: [(fixture: String, file: String, line: Int, after: String)] = [
    (
      "colon-in-value", "actions/marche/action.md", 11,
      "  objet: \"Objectif : rendre le centre attractif\""
    ),
    ("tab-in-front-matter", "actions/marche/action.md", 10, ""),
    ("step-label", "actions/jardin/action.md", 19, ""),
    ("french-dates", "actions/jardin/action.md", 3, ""),
  ]

  @Test(arguments: cases.map(\.fixture))
  func dryRunThenFixRewritesOnlyTheLineConcerned(_ fixture: String) throws {
    let expected = try #require(Self.cases.first { $0.fixture == fixture })
    let copy = try Self.mistake(fixture)
    let before = try Self.lines(expected.file, in: copy)
    let beforeBytes = copy.bytes(expected.file)

    let broken = try recit.run(["check"], in: copy.root)
    #expect(broken.status == 1, "the fixture has its slip")

    let dryRun = try recit.run(["check", "--corriger", "--dry-run"], in: copy.root)
    #expect(dryRun.stdout.hasPrefix("--- a/\(expected.file)\n+++ b/\(expected.file)\n"))
    #expect(copy.bytes(expected.file) == beforeBytes, "a dry run writes nothing")

    // The diff, applied by patch to a second copy, gives the bytes the fix writes.
    let patched = try Self.mistake(fixture)
    let patch = try ProcessRunner.run(
      ExternalTool.path("patch"), ["-p1", "--quiet"], in: patched.root,
      input: Data(dryRun.stdout.utf8))
    #expect(patch.status == 0, "\(patch.stderr)")

    let fixed = try recit.run(["check", "--corriger"], in: copy.root)
    #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
    #expect(fixed.stdout.hasPrefix("\(expected.file):\(expected.line): "))
    #expect(fixed.stdout.contains("1 correction appliquée dans 1 fichier"))
    #expect(copy.bytes(expected.file) == patched.bytes(expected.file))

    let after = try Self.lines(expected.file, in: copy)
    #expect(after.count == before.count)
    let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }
      .map { $0.offset + 1 }
    #expect(changed == [expected.line], "only the line concerned changes")
    if !expected.after.isEmpty { #expect(after[expected.line - 1] == expected.after) }

    let again = try recit.run(["check"], in: copy.root)
    #expect(again.status == 0)
    #expect(!again.stdout.contains("erreur:"), "\(again.stdout)")
  }
}
