import Foundation
import Testing

@testable import RecitKit

/// A project that uses every key of the format, in French and English, folder and single-file
/// actions and shared actors, exports to JSON with nothing lost.
@Suite struct JSONRoundTripTests {
  let project: Project

  init() throws {
    project = try ProjectLoader().load(path: Fixtures.path("every-key")).get()
  }

  @Test func fixtureLoadsCleanly() {
    #expect(project.diagnostics.isEmpty)
    #expect(project.actions.map(\.id) == ["fifty-fifty", "marche-centre-ville"])
    #expect(Checker().check(project).filter { $0.severity != .note }.isEmpty)
  }

  @Test func everyWrittenValueReachesTheExport() throws {
    let export = JSONExport(project: project)
    var all = ""
    for action in project.actions { all += export.document(for: action).rendered() }
    let files =
      ["recit.yml", "acteurs.yml"] + project.actions.flatMap { $0.narratives.map(\.file) }
    var checked = 0
    for file in files {
      for value in try scalarValues(of: file) {
        let forms = [value] + canonicalForms(of: value)
        let found = forms.contains { all.contains(jsonString($0)) || all.contains(": \($0),") }
        #expect(found, "\(file): “\(value)” is missing from the JSON export")
        checked += 1
      }
    }
    #expect(checked > 100)
  }

  @Test func exportMatchesGoldenFiles() throws {
    let export = JSONExport(project: project, generator: "recit test")
    for action in project.actions {
      try Fixtures.expectGolden(
        export.document(for: action).rendered(),
        at: Fixtures.path("every-key.golden/json/\(action.id).json"))
    }
  }

  @Test func referencesAreResolvedWithNames() throws {
    let action = try #require(project.actions.first { $0.id == "marche-centre-ville" })
    let text = JSONExport(project: project).document(for: action).rendered()
    #expect(text.contains("\"name\": \"AMAP de Malaunay\""))
    #expect(text.contains("\"name\": \"Habitants du centre\""))
    // Mentions outside code only; an e-mail address is not a mention.
    let mentions = action.carried?.body.mentions.map(\.id)
    #expect(mentions == ["producteurs", "amap"])
    let amap = try #require(action.narratives.first { $0.file.hasSuffix("amap.md") })
    // The AMAP gives its own subject: it inherits no receivers, they are untold.
    #expect(action.resolvedSchema(of: amap).receivers == nil)
    #expect(action.untoldRoles(of: amap).contains(.receivers))
    #expect(action.resolvedSchema(of: amap).opponents?.map(\.id) == ["mairie"])
    #expect(amap.disagreements.map(\.about?.value) == [.role(.object), .other("le calendrier")])
  }

  // MARK: Helpers

  /// Every scalar value (not key) written in a file's front matter (or the whole YAML file).
  private func scalarValues(of file: String) throws -> [String] {
    let text = try String(contentsOfFile: project.root + "/" + file, encoding: .utf8)
    let yaml: String
    if file.hasSuffix(".md") {
      let split = FrontMatter(splitting: text, file: file)
      yaml = split.yaml ?? ""
    } else {
      yaml = text
    }
    let (root, _) = YAMLReader(file: file, firstLine: 1).read(yaml)
    var values: [String] = []
    func walk(_ node: YAMLNode) {
      switch node.content {
      case .scalar(let value, _): if !node.isNull { values.append(value) }
      case .sequence(let items): items.forEach(walk)
      case .mapping(let pairs): pairs.forEach { walk($0.value) }
      }
    }
    root.map(walk)
    return values
  }

  /// The canonical spellings a value may take in the export (English aliases → French ids).
  private func canonicalForms(of value: String) -> [String] {
    var forms: [String] = []
    let enums: [[(String, String)]] = [
      ActorCategory.allCases.map { ($0.englishAlias, $0.rawValue) },
      ActorNature.allCases.map { ($0.englishAlias, $0.rawValue) },
      Stance.allCases.map { ($0.englishAlias, $0.rawValue) },
      ValueDimension.allCases.map { ($0.englishAlias, $0.rawValue) },
      ActionType.allCases.map { ($0.englishAlias, $0.rawValue) },
      [("desactivee", "off")],
    ]
    for pairs in enums { for (alias, raw) in pairs where alias == value { forms.append(raw) } }
    if let balise = Referentiel.balise(named: value) { forms.append(balise.id) }
    return forms
  }

  private func jsonString(_ value: String) -> String {
    JSONValue.string(value).rendered().trimmingCharacters(in: .newlines)
  }
}

/// The export shown in the documentation is what recit really writes.
@Suite struct DocumentedExportTests {
  @Test func documentedExampleMatchesTheRealExport() throws {
    let root = Fixtures.packageRoot.appendingPathComponent("docs/examples")
    let project = try ProjectLoader().load(path: root.appendingPathComponent("mon-territoire").path)
      .get()
    let action = try #require(project.actions.first { $0.id == "marche-centre-ville" })
    try Fixtures.expectGolden(
      JSONExport(project: project).document(for: action).rendered(),
      at: root.appendingPathComponent("export/json/marche-centre-ville.json").path)
  }
}
