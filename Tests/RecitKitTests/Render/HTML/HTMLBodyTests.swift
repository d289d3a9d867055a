import Testing

@testable import RecitKit

extension RenderTests {
  @Suite struct HTMLBodyTests {
    let renderer = HTMLBody(names: RenderSamples.names, headingOffset: 1, idPrefix: "r1-")

    @Test func scriptsAndDangerousURLsNeverReachTheHTML() {
      let html = renderer.render(RenderSamples.richBody)
      #expect(!html.contains("<script"))
      #expect(!html.contains("<b>"))
      #expect(!html.lowercased().contains("javascript:"))
      #expect(!html.contains("data:text/html"))
      #expect(html.contains("<!-- raw HTML omitted -->"))
      #expect(!html.contains("src=\"\""))
      #expect(
        html.contains(##"<img src="https://example.org/marche.png" alt="Le marché" /> piège</p>"##))
      #expect(html.contains(##"<a href="">lien piégé</a>"##))
      #expect(html.contains(##"<a href="https://www.malaunay.fr" title="Site">vrai lien</a>"##))
    }

    @Test func knownMentionsBecomeActorLinksAndUnknownOnesStayText() {
      let html = renderer.render(RenderSamples.richBody)
      #expect(html.contains(##"<a class="acteur" href="#acteur-mairie">Mairie de Malaunay</a>"##))
      #expect(
        html.contains(
          ##"<a class="acteur" href="#acteur-maraicher">Maraîcher partenaire de l’AMAP</a>"##))
      #expect(html.contains("mais pas @inconnu ("))
      #expect(html.contains(##"<a href="mailto:contact@amap.fr">contact@amap.fr</a>"##))
      #expect(html.contains("<code>code @mairie</code>"))
      // In a table cell and in a footnote too.
      #expect(html.contains(##"Place <a class="acteur" href="#acteur-mairie">"##))
      #expect(html.contains(##"avec <a class="acteur" href="#acteur-amap">AMAP de Malaunay</a>."##))
    }

    @Test func aMentionInsideALinkStaysText() {
      let html = renderer.render("[voir @mairie](https://example.org) et @amap.")
      #expect(
        html
          == ##"<p><a href="https://example.org">voir @mairie</a> et <a class="acteur" href="#acteur-amap">AMAP de Malaunay</a>.</p>"##
          + "\n")
    }

    @Test func headingsMoveDownByTheOffsetAndStopAtH6() {
      let markdown = "# Un\n\n## Deux\n\n###### Six\n"
      #expect(HTMLBody().render(markdown) == "<h1>Un</h1>\n<h2>Deux</h2>\n<h6>Six</h6>\n")
      #expect(
        HTMLBody(headingOffset: 2).render(markdown) == "<h3>Un</h3>\n<h4>Deux</h4>\n<h6>Six</h6>\n"
      )
    }

    @Test func tablesHaveHeadersAndStyleAlignment() {
      let html = renderer.render(RenderSamples.richBody)
      #expect(
        html.contains(
          "<table>\n<thead>\n<tr>\n<th scope=\"col\" style=\"text-align: left\">Jour</th>"))
      #expect(html.contains(##"<td style="text-align: right">80</td>"##))
      #expect(!html.contains("align=\""))
    }

    @Test func taskItemsHaveNamedCheckboxes() {
      let html = renderer.render(RenderSamples.richBody)
      #expect(
        html.contains(
          ##"<li><input type="checkbox" disabled="" checked="" aria-label="fait" /> trouver un maraîcher</li>"##
        ))
      #expect(
        html.contains(##"<input type="checkbox" disabled="" aria-label="à faire" /> ouvrir"##))
      let english = HTMLBody(language: .en).render("- [x] done\n")
      #expect(english.contains(##"aria-label="done""##))
    }

    @Test func footnoteIDsCarryThePrefixAndEveryCallGetsItsOwnID() {
      let html = HTMLBody(idPrefix: "n2-", language: .en).render(
        "One[^a], two[^b], one again[^a].\n\n[^a]: First.\n[^b]: Second.\n[^c]: Unused.\n")
      #expect(html.contains(##"<a href="#n2-fn-1" id="n2-fnref-1">1</a>"##))
      #expect(html.contains(##"<a href="#n2-fn-2" id="n2-fnref-2">2</a>"##))
      #expect(html.contains(##"<a href="#n2-fn-1" id="n2-fnref-1-2">1</a>"##))
      #expect(html.contains(##"<li id="n2-fn-1">"##))
      #expect(
        html.contains(
          ##"href="#n2-fnref-1-2" class="footnote-backref" aria-label="Back to reference 1 (2)""##))
      #expect(!html.contains("Unused"))
      #expect(!html.contains("id=\"fn"))
    }

    @Test func anImageWithoutAUsableURLBecomesItsText() {
      #expect(
        HTMLBody().render("![a ![b](javascript:x) c](javascript:y) ![d]()") == "<p>a b c d</p>\n")
      #expect(
        HTMLBody().render("![a ![b](javascript:x)](https://example.org/a.png)")
          == "<p><img src=\"https://example.org/a.png\" alt=\"a b\" /></p>\n")
    }

    @Test func forbiddenControlCharactersAreReplaced() {
      #expect(HTMLBody().render("a\u{0B}b\u{85}c") == "<p>a\u{FFFD}b\u{FFFD}c</p>\n")
    }

    @Test func richBodyMatchesGoldenFile() throws {
      try Fixtures.expectGolden(
        renderer.render(RenderSamples.richBody),
        at: Fixtures.path("render.golden/rich-body.html"))
    }
  }
}
