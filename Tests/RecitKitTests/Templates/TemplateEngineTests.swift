import Foundation
import Testing

@testable import RecitKit

/// Built-in templates, project overrides, escaping per output, refusal of paths leading out.
@Suite struct TemplateEngineTests {
  @Test func everyBuiltInTemplateParsesAndHasADescription() throws {
    let set = TemplateSet.builtIn
    let engine = try TemplateEngine(templates: set)
    let templates = set.all.filter(\.isTemplate)
    #expect(templates.count >= 16)
    for file in templates {
      #expect(engine.has(file.name))
      #expect(file.description?.isEmpty == false, "\(file.path) has no description line")
    }
  }

  @Test func projectTemplateOverridesTheBuiltInOneByPath() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n",
      "templates/scaffolds/action.fr.mustache":
        "{{! description: Mon modèle maison }}\n---\ntitre: {{titre_yaml}}\n---\nMaison\n",
    ])
    let set = TemplateSet(projectRoot: project.root)
    let file = try #require(set.file(named: "scaffolds/action.fr"))
    #expect(file.origin == .project("templates/scaffolds/action.fr.mustache"))
    #expect(file.description == "Mon modèle maison")
    #expect(set.file(named: "scaffolds/action.en")?.origin == .builtIn)
    let output = try TemplateEngine(templates: set).render(
      "scaffolds/action.fr", context: .object([("titre_yaml", .string("\"A\""))]))
    #expect(output == "---\ntitre: \"A\"\n---\nMaison\n")
  }

  static let hostile = "<script>alert(1)</script> & \"Ça\" l'été"

  @Test func escapingFollowsTheOutput() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n",
      "templates/layouts/test/html-page.mustache": "<p title=\"{{x}}\">{{x}}</p>",
      "templates/layouts/test/docbook-article.mustache": "<para>{{x}}</para>",
      "templates/layouts/test/markdown-action.mustache": "# {{x}}",
    ])
    let engine = try TemplateEngine(templates: TemplateSet(projectRoot: project.root))
    let context = JSONValue.object([("x", .string(Self.hostile))])
    let html = try engine.render("layouts/test/html-page", context: context)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ça&quot;"))
    let xml = try engine.render("layouts/test/docbook-article", context: context)
    #expect(
      xml == "<para>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ça&quot; l&apos;été</para>")
    let markdown = try engine.render("layouts/test/markdown-action", context: context)
    #expect(markdown == "# \\<script\\>alert(1)\\</script\\> \\& \"Ça\" l'été")
    // Scaffolds are plain text: values arrive already quoted for YAML.
    let scaffold = try TemplateEngine(templates: .builtIn).render(
      "scaffolds/recit-contradictoire.fr", context: .object([("narrateur", .string(Self.hostile))]))
    #expect(scaffold.contains("narrateur: " + Self.hostile))
  }

  @Test func scaffoldQuotesValuesThatWouldBreakYAML() throws {
    let project = try TemporaryProject(["recit.yml": "territoire: \"Malaunay: centre\"\n"])
    let loaded = try project.load()
    let scaffolder = Scaffolder(project: loaded, engine: try TemplateEngine(templates: .builtIn))
    let path = try scaffolder.newAction(title: Self.hostile + ": # [x]")
    let reloaded = try project.load()
    let action = try #require(reloaded.actions.first { $0.file == path })
    #expect(action.title?.value == Self.hostile + ": # [x]")
    #expect(reloaded.diagnostics.isEmpty)
  }

  @Test func partialsLeadingOutAreRefused() throws {
    for name in ["../../../etc/passwd", "/etc/passwd", "scaffolds/../../x"] {
      let project = try TemporaryProject([
        "recit.yml": "territoire: T\n",
        "templates/layouts/test/html-page.mustache": "<p>\n  {{> \(name)}}</p>",
      ])
      #expect {
        try TemplateEngine(templates: TemplateSet(projectRoot: project.root))
      } throws: { error in
        let error = error as? TemplateError
        return error?.location.file == "templates/layouts/test/html-page.mustache"
          && error?.location.line == 2 && error?.location.column == 3
          && error?.message.fr.contains("refusé") == true
      }
    }
  }

  @Test func linksLeadingOutOfTheTemplateFolderAreIgnoredWithAProblem() throws {
    let project = try TemporaryProject(["recit.yml": "territoire: T\n", "secret.txt": "secret"])
    try FileManager.default.createDirectory(
      atPath: project.root + "/templates/layouts", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: project.root + "/templates/layouts/fuite.mustache",
      withDestinationPath: project.root + "/secret.txt")
    let set = TemplateSet(projectRoot: project.root)
    #expect(set.file(named: "layouts/fuite") == nil)
    #expect(set.problems.count == 1)
    #expect(set.problems.first?.location.file == "templates/layouts/fuite.mustache")
  }

  @Test func templateSyntaxErrorIsLocated() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n",
      "templates/layouts/test/html-page.mustache": "<p>\n{{#a}}\n{{/b}}</p>",
    ])
    #expect {
      try TemplateEngine(templates: TemplateSet(projectRoot: project.root))
    } throws: { error in
      let error = error as? TemplateError
      return error?.location.file == "templates/layouts/test/html-page.mustache"
        && error?.location.line == 3
    }
  }
}

/// Values from a project's files reach XML layouts escaped and without the characters XML
/// forbids.
@Suite struct XMLLayoutValueTests {
  @Test func aControlCharacterInATitleStillGivesValidDocBook() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: Testville\n",
      "actions/essai.md": "---\ntitre: \"Essai \\x01 <b> & 'o'\"\n---\nTexte.\n",
    ]).load()
    let builder = Builder(
      project: project, outputFolder: "", formats: [.docbook],
      engine: try TemplateEngine(templates: .builtIn))
    let article = try #require(try builder.render().first { $0.path == "docbook/essai.xml" })
    #expect(article.content.contains("Essai \u{FFFD} &lt;b&gt; &amp; 'o'"))
    #expect(try DocBookValidator().validate(article.content).isEmpty)
  }
}

/// Bidi controls from a project's files are made visible in every published format, never
/// obeyed: an override must not reverse what a page shows.
@Suite struct BidiControlTests {
  @Test func overridesAreReplacedInEveryFormat() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: Testville\n",
      "acteurs.yml": "mairie: { nom: \"Mairie \u{202E}elliv\u{202C}\", categorie: elu }\n",
      "actions/essai.md": """
      ---
      titre: "Essai \u{202E}txt.exe\u{2066}"
      schema:
        sujet: mairie
        objet: un essai
      ---
      Texte \u{202E}à l'envers\u{2069} et @mairie.
      """,
    ]).load()
    let builder = Builder(
      project: project, outputFolder: "", formats: [.html, .docbook, .markdown, .svg],
      engine: try TemplateEngine(templates: .builtIn))
    let files = try builder.render()
    #expect(files.count > 4)
    for file in files {
      let bidi = file.content.unicodeScalars.filter {
        (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
      }
      #expect(bidi.isEmpty, "\(file.path) keeps a bidi control")
    }
    let page = try #require(files.first { $0.path == "html/essai.html" }?.content)
    #expect(page.contains("Essai \u{FFFD}txt.exe\u{FFFD}"))
    #expect(page.contains("\u{FFFD}à l'envers\u{FFFD}"))
  }
}
