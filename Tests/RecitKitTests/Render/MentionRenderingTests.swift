import Foundation
import RecitModel
import Testing

@testable import RecitKit

extension RenderTests {
  /// The `mentions` fixture's body in every format: a link to `@id` shows its own words
  /// (emphasis kept), a bare `@id` the short form, else the name; an unknown id in a link its
  /// words only; code stays literal.
  @Suite struct MentionRenderingTests {
    let project: Project
    let action: Action
    let actors: [String: Actor]

    init() throws {
      project = try MentionTests.load()
      action = try #require(project.actions.first { $0.id == "cantine" })
      actors = project.actors(of: action)
    }

    var blocks: [Block] { action.carried?.body.blocks ?? [] }

    @Test func html() {
      let html = HTMLBody(actors: actors).render(blocks)
      let link = { (id: String, words: String) in
        "<a class=\"acteur\" href=\"#acteur-\(id)\">\(words)</a>"
      }
      #expect(
        html == "<p>L'idée est venue \(link("maire", "du <em>jeune</em> maire")), puis "
          + "\(link("parents", "les parents d'élèves")) l'ont portée.\n"
          + "\(link("mairie", "Mairie de Testville")) a voté le budget ; "
          + "\(link("mairie", "la commune")) paie la moitié.</p>\n"
          + "<p>Ni <code>@parents</code> ni <code>[le code](@maire)</code> ne sont des "
          + "mentions.</p>\n<p>Les voisins n'ont pas été consultés.</p>\n"
          + "<pre><code>@mairie [x](@maire)\n</code></pre>\n")
    }

    @Test func docBookIsValidWithEmphasisInsideTheActorsElement() throws {
      let fragment = DocBookBody(actors: actors).fragment(blocks)
      #expect(
        fragment.hasPrefix(
          "<para>L'idée est venue <phrase role=\"acteur\">du "
            + "<emphasis>jeune</emphasis> maire</phrase>, puis <orgname role=\"acteur\">les parents d'élèves</orgname>"
            + " l'ont portée.\n<orgname role=\"acteur\">Mairie de Testville</orgname> a voté le"
            + " budget ; <orgname role=\"acteur\">la commune</orgname> paie la moitié.</para>"))
      #expect(fragment.contains("<code>[le code](@maire)</code>"))
      #expect(fragment.contains("<para>Les voisins n'ont pas été consultés.</para>"))
      #expect(fragment.hasSuffix("<programlisting>@mairie [x](@maire)</programlisting>"))
      let problems = try DocBookValidator().validate(RenderSamples.article(fragment))
      #expect(problems.isEmpty, "\(problems)")
    }

    @Test func markdownBodyShowsTheWordsNeverTheIDs() {
      let markdown = MarkdownBody(actors: actors).render(blocks)
      #expect(
        markdown
          == "L'idée est venue du *jeune* maire, puis les parents d'élèves l'ont portée.\n"
          + "Mairie de Testville a voté le budget ; la commune paie la moitié.\n\n"
          + "Ni `@parents` ni `[le code](@maire)` ne sont des mentions.\n\n"
          + "Les voisins n'ont pas été consultés.\n\n"
          + "```\n@mairie [x](@maire)\n```\n")
    }

    @Test func markdownExportOfTheWholeAction() throws {
      let builder = Builder(
        project: project, outputFolder: "", formats: [.markdown],
        engine: try TemplateEngine(templates: .builtIn))
      let files = try builder.render()
      let markdown = try #require(files.first { $0.path == "markdown/cantine.md" }).content
      #expect(markdown.contains("L'idée est venue du *jeune* maire, puis les parents d'élèves"))
      #expect(markdown.contains("la commune paie la moitié."))
      #expect(!markdown.contains("(@maire),"))
      #expect(!markdown.contains("@parents l'ont"))
      #expect(!markdown.contains("@mairie a voté"))
    }

    @Test func plainText() {
      let text = PlainTextBody(names: actors.mapValues(\.mentionName), width: 200).render(blocks)
      #expect(
        text.hasPrefix(
          "L'idée est venue du jeune maire, puis les parents d'élèves l'ont portée. Mairie de"
            + " Testville a voté le budget ; la commune paie la moitié."))
      #expect(text.contains("[le code](@maire)"))
      #expect(text.contains("Les voisins n'ont pas été consultés."))
    }

    @Test func jsonKeepsTheBodyAsWrittenAndExportsTheShortForm() throws {
      let json = JSONExport(project: project).document(for: action).rendered()
      #expect(json.contains(#"[du *jeune* maire](@maire)"#))
      #expect(json.contains(#""short": "les parents d'élèves""#))
      #expect(json.contains(#""short": null"#))
    }
  }
}
