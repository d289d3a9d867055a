import Foundation
import Testing
import Yams

@testable import RecitKit

/// The Hugo page bundles: front matter Hugo reads, a body under the title, diagrams beside it.
@Suite struct HugoExportTests {
  static func project() throws -> TemporaryProject {
    try TemporaryProject([
      "recit.yml": "territoire: Essai\ntitre: \"Les récits d'Essai\"\n",
      "actions/marche/action.md": """
      ---
      titre: 'Un marché: « le samedi » & "autres" #1'
      resume: Un résumé.
      date: 2021-03
      ordre: 4
      brouillon: true
      balises: [engagement/2, cooperation/1]
      acteurs:
        mairie: { nom: Mairie d'Essai, categorie: elu }
        amap: { nom: AMAP, categorie: habitant }
      schema:
        destinateur: mairie
        sujet: mairie
        objet: Un marché
        destinataires: [amap]
        adjuvants: [amap]
        opposants: [amap]
      quete:
        - etape: "0"
          acteurs: [mairie]
          action: Décide
      ---

      # Un titre de corps

      Texte avec @mairie.

      """,
      "actions/marche/amap.md": """
      ---
      narrateur: amap
      posture: contradictoire
      ---
      Notre version, contre @mairie.

      """,
    ])
  }

  static func files(includeDrafts: Bool = true) throws -> [String: String] {
    let loaded = try project().load()
    let builder = Builder(
      project: loaded, outputFolder: "", formats: [.hugo],
      engine: try TemplateEngine(templates: .builtIn), includeDrafts: includeDrafts)
    return Dictionary(uniqueKeysWithValues: try builder.render().map { ($0.path, $0.content) })
  }

  /// The front matter parsed by Yams, and the body after it.
  static func split(_ page: String) throws -> (front: [String: Any], body: String) {
    let parts = page.components(separatedBy: "---\n")
    try #require(parts.count >= 3 && parts[0].isEmpty, "no front matter")
    let front = try #require(try Yams.load(yaml: parts[1]) as? [String: Any])
    return (front, parts.dropFirst(2).joined(separator: "---\n"))
  }

  @Test func theFrontMatterCarriesTitleDateTagsWeightAndDraft() throws {
    let files = try Self.files()
    let page = try #require(files["hugo/content/actions/marche/index.md"])
    let (front, _) = try Self.split(page)
    #expect(front["title"] as? String == #"Un marché: « le samedi » & "autres" #1"#)
    #expect(front["tags"] as? [String] == ["engagement/2", "cooperation/1"])
    #expect(front["weight"] as? Int == 4)
    #expect(front["draft"] as? Bool == true)
    #expect(front["summary"] as? String == "Un résumé.")
    #expect(page.contains("\ndate: 2021-03-01\n"))
    #expect((front["recit"] as? [String: Any])?["id"] as? String == "marche")
  }

  @Test func theTitleIsTheOnlyH1AndMentionsAreResolved() throws {
    let page = try #require(try Self.files()["hugo/content/actions/marche/index.md"])
    let (_, body) = try Self.split(page)
    let headings = body.split(separator: "\n").filter { $0.hasPrefix("#") }
    #expect(!headings.isEmpty)
    #expect(
      headings.allSatisfy {
        $0.hasPrefix("## ") || $0.hasPrefix("### ") || $0.hasPrefix("#### ")
          || $0.hasPrefix("##### ")
      })
    #expect(body.contains("#### Un titre de corps"))
    #expect(!body.contains("@mairie"))
    #expect(body.contains("Mairie d'Essai") || body.contains("Mairie d\\'Essai"))
  }

  @Test func theDiagramsAreInTheBundleAndShownByTheBody() throws {
    let files = try Self.files()
    let page = try #require(files["hugo/content/actions/marche/index.md"])
    for name in ["action", "amap", "conflits"] {
      let svg = try #require(files["hugo/content/actions/marche/\(name).svg"], "no \(name).svg")
      #expect(svg.contains("<svg"))
      #expect(page.contains("](\(name).svg)"), "the body does not show \(name).svg")
    }
    let section = try #require(files["hugo/content/actions/_index.md"])
    #expect(section.contains("title: \"Les récits d'Essai\""))
  }

  @Test func draftsAreLeftOutUnlessAsked() throws {
    let files = try Self.files(includeDrafts: false)
    #expect(files["hugo/content/actions/marche/index.md"] == nil)
  }
}
