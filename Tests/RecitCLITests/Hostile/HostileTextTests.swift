import Foundation
import RecitTestSupport
import Testing

/// Ordinary but awkward text in a narrative: `build` writes valid outputs (DocBook validated
/// by the build itself) or stops on a diagnostic at the user's file, never exit 70 "erreur
/// interne". Nesting past 128 levels is refused before cmark-gfm (`markdown-pathologique`,
/// `MarkdownLimits`); the DocBook writer's own flattening past 200 levels stays as a second
/// line of defence.
@Suite struct HostileTextTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var body: String
    /// Text the DocBook file must hold.
    var docbook: [String] = []
    /// Refused with `markdown-pathologique` (exit 1, nothing written) instead of built.
    var refused = false
    var testDescription: String { name }
  }

  static func nested(_ open: String, _ depth: Int, _ close: String = "") -> String {
    String(repeating: open, count: depth) + "profond" + String(repeating: close, count: depth)
  }

  static let cases: [Case] = [
    Case(
      name: "percent sign", body: "Voir [le rapport](rapport-100%.pdf).",
      docbook: ["xlink:href=\"rapport-100%25.pdf\""]),
    Case(name: "hash", body: "Voir [b](a#b.pdf).", docbook: ["xlink:href=\"a#b.pdf\""]),
    Case(name: "bad escape", body: "Voir [c](%zz).", docbook: ["xlink:href=\"%25zz\""]),
    Case(
      name: "two hashes", body: "Voir [d](page#a#b).", docbook: ["xlink:href=\"page#a%23b\""]),
    Case(
      name: "spaces and accents", body: "Voir [e](<compte rendu été.pdf>).",
      docbook: ["xlink:href=\"compte%20rendu%20%C3%A9t%C3%A9.pdf\""]),
    Case(name: "colon first", body: "Voir [f](1:2.pdf).", docbook: ["xlink:href=\"1%3A2.pdf\""]),
    Case(
      name: "valid escape kept", body: "Voir [g](https://exemple.fr/a%20b?x=1&y=[2]).",
      docbook: ["xlink:href=\"https://exemple.fr/a%20b?x=1&amp;y=%5B2%5D\""]),
    Case(
      name: "image", body: "![plan](plan-100%.png)",
      docbook: ["fileref=\"plan-100%25.png\""]),
    Case(name: "300 block quotes", body: nested("> ", 300), refused: true),
    Case(
      name: "300 nested lists",
      body: (0..<300).map { String(repeating: "  ", count: $0) + "- niveau" }.joined(
        separator: "\n"), refused: true),
    Case(name: "300 emphases", body: nested("*", 300, "*"), refused: true),
    Case(name: "300 links", body: nested("[", 300, "](x)")),
  ]

  @Test(arguments: cases)
  func buildWritesValidOutputs(_ hostile: Case) throws {
    let folder = try TemporaryFolder()
    let project = folder.path + "/p"
    try FileManager.default.copyItem(
      atPath: PackageRoot.path + "/Samples/malaunay", toPath: project)
    let file = project + "/actions/creation-amap/action.md"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try (text + "\n\n" + hostile.body + "\n").write(
      toFile: file, atomically: true, encoding: .utf8)
    // Under /usr/bin/time for the peak memory, which it prints last on standard error.
    let start = ContinuousClock.now
    let build = try CommandRunner(executable: "/usr/bin/time").run(
      [
        "-f", "peak %M KB", CommandRunner.binary, "build", "--format", "html,docbook", "--out",
        folder.path + "/out",
      ], in: project)
    let elapsed = ContinuousClock.now - start
    if hostile.refused {
      #expect(build.status == 1, "\(build.stderr)")
      #expect(elapsed < .seconds(10), "build took \(elapsed)")
      #expect(build.stderr.contains("actions/creation-amap/action.md:"))
      #expect(build.stderr.contains("[markdown-pathologique]"), "\(build.stderr)")
      #expect(!build.stderr.contains("erreur interne"), "\(build.stderr)")
      #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
      return
    }
    #expect(build.status == 0, "\(build.stderr)")
    #expect(elapsed < .seconds(10), "build took \(elapsed)")
    let peak = build.stderr.split(separator: "\n").last { $0.hasPrefix("peak ") }
      .flatMap { Int($0.split(separator: " ")[1]) }
    #expect((peak ?? .max) < 500_000, "peak memory \(peak ?? -1) KB")
    #expect(!build.stderr.contains("erreur interne"), "\(build.stderr)")
    let docbook = try String(
      contentsOfFile: folder.path + "/out/docbook/creation-amap.xml", encoding: .utf8)
    for expected in hostile.docbook {
      #expect(docbook.contains(expected), "\(expected) not in the DocBook")
    }
    #expect(FileManager.default.fileExists(atPath: folder.path + "/out/html/creation-amap.html"))
  }

  /// A project layout that loops over the quest three deep around a 400 KB partial would write
  /// about 86 MB per page: the build stops on the cap, naming the template and the limit.
  @Test func aLayoutPastTheOutputCapStopsOnATemplateError() throws {
    let folder = try TemporaryFolder()
    let project = folder.path + "/p"
    try FileManager.default.copyItem(
      atPath: PackageRoot.path + "/Samples/malaunay", toPath: project)
    let templates = project + "/templates/layouts/defaut"
    try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
    try
      "{{#action}}{{#quete}}{{#quete}}{{#quete}}{{> gros}}{{/quete}}{{/quete}}{{/quete}}{{/action}}"
      .write(toFile: templates + "/html-page.mustache", atomically: true, encoding: .utf8)
    try String(repeating: "Un texte répété bien des fois. ", count: 13_000).write(
      toFile: project + "/templates/gros.mustache", atomically: true, encoding: .utf8)
    let build = try CommandRunner().run(
      ["build", "--format", "html", "--out", folder.path + "/out"], in: project)
    #expect(build.status == 1, "\(build.status) \(build.stderr)")
    #expect(
      build.stderr.contains(
        "templates/layouts/defaut/html-page.mustache:1:1: erreur: le rendu du modèle « layouts/defaut/html-page » dépasse 64 Mio"
      ), "\(build.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/html/creation-amap.html"))
  }
}
