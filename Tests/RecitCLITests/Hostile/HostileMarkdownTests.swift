import Foundation
import RecitTestSupport
import Testing

/// cmark-gfm's known pathological inputs (cmark's `test/pathological_tests.py` classes and the
/// 2023 advisories against cmark-gfm, which Debian's 0.29.0.gfm.6 has no fix for), each put
/// in a narrative's body and run through the real `recit check` and `recit build`, under a
/// time and a memory bound: either the body goes through, or it is refused by
/// `markdown-pathologique` at the exact place a cap of `MarkdownLimits` is passed.
///
/// The project is `Tests/Fixtures/hostile/markdown/` (its `essai.md` has 11 lines); the hostile
/// text starts at line 12.
@Suite(.serialized) struct HostileMarkdownTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let body: @Sendable () -> String
    /// Where `markdown-pathologique` is reported, with the words of its message; nil when the
    /// body is within the caps and the project checks and builds.
    let refused: (line: Int, column: Int, words: String)?

    var testDescription: String { name }
  }

  static let firstLine = 12

  static func refused(
    _ name: String, linesBefore: Int = 0, column: Int, _ words: String,
    _ body: @escaping @Sendable () -> String
  ) -> Case {
    Case(name: name, body: body, refused: (firstLine + linesBefore, column, words))
  }

  static func accepted(_ name: String, _ body: @escaping @Sendable () -> String) -> Case {
    Case(name: name, body: body, refused: nil)
  }

  static func repeated(_ text: String, _ count: Int) -> String {
    String(repeating: text, count: count)
  }

  static let brackets = "trop de crochets « [ » dans un même paragraphe (au plus 2000)"
  static let emphasis =
    "trop de marques d'emphase (*, _, ~) dans un même paragraphe (au plus 10000)"
  static let comments = "trop de commentaires « <!-- » dans un même paragraphe (au plus 1000)"
  static let columns = "le tableau a trop de colonnes (au plus 128)"
  static let cells = "le tableau a trop de cellules, colonnes × lignes (au plus 200000)"
  static let nesting = "le texte imbrique trop de niveaux"

  static let cases: [Case] = [
    // cmark's test/pathological_tests.py, at its sizes (the references and backticks cases
    // scaled to fit the 8 MiB file cap).
    refused("nested strong emph", column: 35_001, emphasis) {
      repeated("*a **a ", 65_000) + "b" + repeated(" a** a*", 65_000)
    },
    refused("many emph closers with no openers", column: 30_002, emphasis) {
      repeated("a_ ", 65_000)
    },
    refused("many emph openers with no closers", column: 30_001, emphasis) {
      repeated("_a ", 65_000)
    },
    accepted("many link closers with no openers") { repeated("a]", 65_000) },
    refused("many link openers with no closers", column: 4_001, brackets) {
      repeated("[a", 65_000)
    },
    refused("mismatched openers and closers", column: 20_001, emphasis) {
      repeated("*a_ ", 50_000)
    },
    refused("openers and closers multiple of 3", column: 30_003, emphasis) {
      "a**b" + repeated("c* ", 50_000)
    },
    refused("link openers and emph closers", column: 8_001, brackets) {
      repeated("[ a_", 50_000)
    },
    accepted("hard link/emph case") { "**x [a*b**c*](d)" },
    refused("nested brackets", column: 2_001, brackets) {
      repeated("[", 50_000) + "a" + repeated("]", 50_000)
    },
    refused("nested block quotes", column: 257, nesting) { repeated("> ", 50_000) + "a" },
    refused("deeply nested lists", linesBefore: 63, column: 129, nesting) {
      (0..<1_000).map { repeated("  ", $0) + "* a\n" }.joined()
    },
    accepted("U+0000 in input") { "abc\u{0}de\u{0}" },
    accepted("backticks") { (1..<1_400).map { "e" + repeated("`", $0) }.joined() },
    refused("unclosed links A", column: 12_001, brackets) { repeated("[a](<b", 50_000) },
    refused("unclosed links B", column: 10_001, brackets) { repeated("[a](b", 50_000) },
    refused("many references", linesBefore: 2_000, column: 1, brackets) {
      (1..<100_000).map { "[\($0)]: u\n" }.joined() + repeated("[0] ", 50_000)
    },
    // The 2023 advisories and the field notes' measures on 0.29.0.gfm.6.
    refused("![[]() repeated (CVE-2023-22486)", column: 6_002, brackets) {
      repeated("![[]()", 40_000)
    },
    refused("[ (]( repeated", column: 10_001, brackets) { repeated("[ (](", 80_000) },
    refused("unclosed HTML comments (CVE-2023-22484)", column: 4_002, comments) {
      "a" + repeated("<!--", 200_000)
    },
    refused("strikethrough runs", column: 40_001, emphasis) { repeated("~~a ", 50_000) },
    refused("many footnote calls in one paragraph", linesBefore: 2_000, column: 1, brackets) {
      (0..<50_000).map { "[^\($0)]\n" }.joined()
    },
    refused("200 columns over 20,000 short rows", linesBefore: 1, column: 1, columns) {
      "|" + repeated("a|", 200) + "\n|" + repeated("-|", 200) + "\n" + repeated("|a\n", 20_000)
    },
    refused("5,000 columns", linesBefore: 1, column: 1, columns) {
      "|" + repeated("a|", 5_000) + "\n|" + repeated("-|", 5_000) + "\n"
        + repeated("|" + repeated("x|", 5_000) + "\n", 10)
    },
    refused("60 columns over 5,000 short rows", linesBefore: 3_335, column: 1, cells) {
      "|" + repeated("a|", 60) + "\n|" + repeated("-|", 60) + "\n" + repeated("|a\n", 5_000)
    },
    // Within the caps: nothing is refused, the bounds hold all the same.
    accepted("![[]() up to the bracket cap") { repeated("![[]()", 1_000) },
    accepted("block quotes nested 100 deep") { repeated("> ", 100) + "a" },
    accepted("autolink followed by 50,000 underscores") { "www.a" + repeated("_", 50_000) },
    accepted("1,000 comments in one paragraph") { "a" + repeated("<!--", 1_000) },
    accepted("128 columns over 200 rows") {
      "|" + repeated("a|", 128) + "\n|" + repeated("-|", 128) + "\n"
        + repeated("|" + repeated("x|", 128) + "\n", 200)
    },
    accepted("100 paragraphs of 100 links") {
      repeated(repeated("[lien](https://example.org) ", 100) + "\n\n", 100)
    },
    accepted("5,000 brackets in fenced code") { "```\n" + repeated("[", 5_000) + "\n```\n" },
    accepted("5,000 escaped brackets") { repeated("\\[", 5_000) },
  ]

  /// One run of `recit` under `/usr/bin/time`: its output, wall time and peak memory.
  struct Measured {
    let output: CommandRunner.Output
    let seconds: Double
    let megabytes: Double
  }

  static func measure(_ arguments: [String], in folder: String) throws -> Measured {
    let time = try ExternalTool.path("/usr/bin/time")
    let report = folder + "/.time-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: report) }
    let start = ContinuousClock.now
    let output = try CommandRunner(executable: time).run(
      ["-f", "%M", "-o", report, CommandRunner.binary] + arguments, in: folder)
    let elapsed = ContinuousClock.now - start
    let kilobytes = try String(contentsOfFile: report, encoding: .utf8)
      .split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    return Measured(
      output: output,
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
      megabytes: try #require(kilobytes) / 1024)
  }

  static func project(with body: String) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let fixtures = PackageRoot.path + "/Tests/Fixtures/hostile/markdown"
    try FileManager.default.copyItem(
      atPath: fixtures + "/recit.yml", toPath: folder.path + "/recit.yml")
    try FileManager.default.createDirectory(
      atPath: folder.path + "/actions", withIntermediateDirectories: true)
    let head = try String(contentsOfFile: fixtures + "/essai.md", encoding: .utf8)
    try (head + body).write(
      toFile: folder.path + "/actions/essai.md", atomically: true, encoding: .utf8)
    return folder
  }

  @Test(arguments: cases)
  func boundedAndReportedAtTheCap(_ hostile: Case) throws {
    let folder = try Self.project(with: hostile.body())
    let check = try Self.measure(["check", "--format", "json"], in: folder.path)
    #expect(check.seconds < 2, "check took \(check.seconds) s")
    #expect(check.megabytes < 200, "check took \(check.megabytes) MB")
    let build = try Self.measure(["build"], in: folder.path)
    #expect(build.seconds < 10, "build took \(build.seconds) s")
    #expect(build.megabytes < 500, "build took \(build.megabytes) MB")

    let json = try #require(
      JSONSerialization.jsonObject(with: Data(check.output.stdout.utf8)) as? [String: Any],
      "\(check.output.stdout.prefix(2_000)) \(check.output.stderr.prefix(2_000))")
    let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
    let pathological = diagnostics.filter { $0["rule"] as? String == "markdown-pathologique" }
    if let refused = hostile.refused {
      #expect(check.output.status == 1)
      #expect(build.output.status == 1, "\(build.output.stderr.prefix(2_000))")
      #expect(pathological.count == 1, "\(diagnostics)")
      let found = try #require(pathological.first)
      #expect(found["file"] as? String == "actions/essai.md")
      #expect(found["line"] as? Int == refused.line, "\(found)")
      #expect(found["column"] as? Int == refused.column, "\(found)")
      #expect(found["severity"] as? String == "error")
      #expect((found["message"] as? String)?.contains(refused.words) == true, "\(found)")
      #expect(!FileManager.default.fileExists(atPath: folder.path + "/build"))
    } else {
      #expect(pathological.isEmpty, "\(pathological)")
      #expect(check.output.status == 0, "\(diagnostics)")
      #expect(build.output.status == 0, "\(build.output.stderr.prefix(2_000))")
      #expect(FileManager.default.fileExists(atPath: folder.path + "/build/html/essai.html"))
    }
  }

  @Test func everyCaseHasItsOwnName() {
    #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    #expect(Self.cases.count >= 30)
  }
}
