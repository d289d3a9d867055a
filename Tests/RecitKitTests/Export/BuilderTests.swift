import Foundation
import Testing

@testable import RecitKit

/// `recit build`'s library side: every format from one project, values inert and intact,
/// DocBook validated, nothing rewritten when nothing changed, layouts chosen and overridden.
@Suite struct BuilderTests {
  static let hostile = "<script>alert(1)</script> & \"Ça\""

  static func hostileProject() throws -> TemporaryProject {
    try TemporaryProject([
      "recit.yml": "territoire: \"\(hostile.replacingOccurrences(of: "\"", with: "\\\""))\"\n",
      "actions/essai/action.md": """
      ---
      titre: '\(hostile)'
      resume: '\(hostile)'
      acteurs:
        mairie: { nom: '\(hostile)', categorie: elu }
        amap: { nom: AMAP, categorie: habitant }
      schema:
        destinateur: mairie
        sujet: mairie
        objet: '\(hostile)'
        destinataires: [amap]
        adjuvants: [amap]
        opposants: [mairie]
      quete:
        - etape: "0"
          acteurs: [mairie]
          action: '\(hostile)'
      benefices:
        - pour: amap
          dimension: ecologique
          texte: '\(hostile)'
      arbitrage: '\(hostile)'
      ---

      Texte avec @mairie et <script>alert(2)</script> et [lien](javascript:alert(3)).

      """,
      "actions/essai/amap.md": """
      ---
      narrateur: amap
      posture: contradictoire
      titre: '\(hostile)'
      desaccords:
        - sur: objet
          texte: '\(hostile)'
      ---
      Notre version.

      """,
    ])
  }

  static func build(
    _ project: TemporaryProject,
    formats: Set<ExportFormat> = Set(ExportFormat.allCases).subtracting(ExportFormat.binary)
  )
    throws -> [String: String]
  {
    let loaded = try project.load()
    let builder = Builder(
      project: loaded, outputFolder: "", formats: formats,
      engine: try TemplateEngine(templates: TemplateSet(projectRoot: loaded.root)))
    return Dictionary(uniqueKeysWithValues: try builder.render().map { ($0.path, $0.content) })
  }

  @Test func hostileValuesComeOutInertAndIntactInEveryFormat() throws {
    let files = try Self.build(try Self.hostileProject())
    let html = try #require(files["html/essai.html"])
    #expect(!html.contains("<script>"))
    #expect(!html.contains("javascript:"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ça&quot;"))
    #expect(!(files["html/index.html"] ?? "").contains("<script>"))
    let docbook = try #require(files["docbook/essai.xml"])
    #expect(!docbook.contains("<script>"))
    #expect(!docbook.contains("javascript:"))
    #expect(
      docbook.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Ça\"")
        || docbook.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ça&quot;"))
    #expect(try DocBookValidator().validate(docbook).isEmpty)
    #expect(try DocBookValidator().validate(files["docbook/projet.xml"] ?? "").isEmpty)
    let markdown = try #require(files["markdown/essai.md"])
    #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> \\& \"Ça\""))
    let svg = try #require(files["svg/essai/action.svg"])
    #expect(!svg.contains("<script>"))
    #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
    let json = try #require(files["json/essai.json"])
    #expect(json.contains("\"<script>alert(1)</script> & \\\"Ça\\\"\""))
  }

  @Test func secondBuildRewritesNothing() throws {
    let project = try Self.hostileProject()
    let loaded = try project.load()
    let out = project.root + "/build"
    let builder = Builder(
      project: loaded, outputFolder: out, formats: [.html, .docbook],
      engine: try TemplateEngine(templates: .builtIn))
    let first = try builder.build()
    #expect(first.written.contains("html/essai.html"))
    #expect(first.written.contains("svg/essai/amap.svg"))
    let attributes = try FileManager.default.attributesOfItem(atPath: out + "/html/essai.html")
    let second = try builder.build()
    #expect(second.written.isEmpty)
    #expect(second.unchanged.count == first.written.count)
    #expect(second.summary(in: .fr).contains("Rien n'a changé"))
    let again = try FileManager.default.attributesOfItem(atPath: out + "/html/essai.html")
    #expect(attributes[.modificationDate] as? Date == again[.modificationDate] as? Date)
  }

  @Test func projectLayoutOverridesAndNamedLayoutsFallBack() throws {
    let project = try Self.hostileProject()
    try project.write(
      "{{! description: Page maison }}\n<!DOCTYPE html><html lang=\"{{langue}}\"><title>{{action.titre}}</title><p>MAISON</p></html>\n",
      to: "templates/layouts/mairie/html-page.mustache")
    let loaded = try project.load()
    let engine = try TemplateEngine(templates: TemplateSet(projectRoot: loaded.root))
    let custom = Builder(
      project: loaded, outputFolder: "", formats: [.html], engine: engine, layout: "mairie")
    let files = Dictionary(uniqueKeysWithValues: try custom.render().map { ($0.path, $0.content) })
    #expect(files["html/essai.html"]?.contains("MAISON") == true)
    // The index is not in the "mairie" layout: it falls back to the default one.
    #expect(files["html/index.html"]?.contains("<table class=\"index\">") == true)
    let standard = Builder(project: loaded, outputFolder: "", formats: [.html], engine: engine)
    #expect(
      try standard.render().first { $0.path == "html/essai.html" }?.content.contains("MAISON")
        == false)
  }

  @Test func anInvalidDocBookLayoutIsAnErrorNotAFile() throws {
    let project = try Self.hostileProject()
    try project.write(
      "{{! description: cassé }}\n<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><para><section/></para></article>\n",
      to: "templates/layouts/defaut/docbook-article.mustache")
    let loaded = try project.load()
    let builder = Builder(
      project: loaded, outputFolder: project.root + "/build", formats: [.docbook],
      engine: try TemplateEngine(templates: TemplateSet(projectRoot: loaded.root)))
    #expect(throws: BuildError.self) { try builder.build() }
    #expect(!FileManager.default.fileExists(atPath: project.root + "/build/docbook/essai.xml"))
    let unchecked = Builder(
      project: loaded, outputFolder: "", formats: [.docbook],
      engine: try TemplateEngine(templates: TemplateSet(projectRoot: loaded.root)), validate: false)
    #expect(try unchecked.render().contains { $0.path == "docbook/essai.xml" })
  }

  @Test func missingValuesStayEmptyAndIdsStartingWithADigitBuild() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n",
      "actions/2019-marche/action.md": """
      ---
      titre: Le marché de 2019
      date: 2019
      acteurs:
        mairie: { nom: Mairie, categorie: elu }
        amap: { nom: AMAP, categorie: habitant }
      schema:
        destinateur: mairie
        sujet: mairie
        objet: Un centre vivant
        destinataires: [amap]
        adjuvants: [amap]
        opposants: [mairie]
      quete:
        - etape: "0"
          acteurs: [mairie]
      ---
      Texte.

      """,
      "actions/2019-marche/amap.md": "---\nnarrateur: amap\n---\nAutre texte.\n",
    ])
    let files = try Self.build(project)
    let html = try #require(files["html/2019-marche.html"])
    // A step with no action text shows nothing, not the whole action object.
    #expect(!html.contains("[\""))
    #expect(!html.contains("titre:"))
    // The other narrative has no title and no date: it does not borrow the action's.
    let heading = html.split(separator: "\n").first {
      $0.contains("id=\"recit-2019-marche-amap-titre\"")
    }
    #expect(heading?.contains("AMAP") == true)
    #expect(heading?.contains("Le marché de 2019") == false)
    let article = try #require(files["docbook/2019-marche.xml"])
    #expect(article.contains("xml:id=\"action-2019-marche\""))
    #expect(try DocBookValidator().validate(article).isEmpty)
  }
}
