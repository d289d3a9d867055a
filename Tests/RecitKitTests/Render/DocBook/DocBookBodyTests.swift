import CLibXML2
import Testing

@testable import RecitKit

extension RenderTests {
  @Suite struct DocBookBodyTests {
    let writer = DocBookBody(
      names: RenderSamples.names, natures: ["mairie": .institution, "maraicher": .person],
      idPrefix: "r1-")
    let validator = DocBookValidator()

    @Test func richBodyInAnArticleIsValidDocBook() throws {
      let article = RenderSamples.article(writer.fragment(RenderSamples.richBody))
      #expect(try validator.validate(article) == [])
    }

    @Test func scriptsAndDangerousURLsNeverReachTheDocBook() {
      let fragment = writer.fragment(RenderSamples.richBody)
      #expect(!fragment.contains("script"))
      #expect(!fragment.lowercased().contains("javascript:"))
      #expect(!fragment.contains("data:text/html"))
      #expect(!fragment.contains("<b>"))
      #expect(!fragment.contains("fileref=\"\""))
      #expect(fragment.contains("</inlinemediaobject> piège</para>"))
      #expect(fragment.contains(#"<link xlink:href="">lien piégé</link>"#))
      #expect(fragment.contains(#"xlink:href="https://www.malaunay.fr" xlink:title="Site""#))
      let hidden = writer.fragment("[x](java&#9;script:alert(1)) [y](<vbscript:x>)")
      #expect(hidden == #"<para><link xlink:href="">x</link> <link xlink:href="">y</link></para>"#)
    }

    @Test func mentionsFollowTheActorsNature() {
      let fragment = writer.fragment("@mairie, @maraicher, @amap, @inconnu, `@mairie`.")
      #expect(
        fragment
          == #"<para><orgname role="acteur">Mairie de Malaunay</orgname>, "#
          + #"<personname role="acteur">Maraîcher partenaire de l’AMAP</personname>, "#
          + #"<phrase role="acteur">AMAP de Malaunay</phrase>, @inconnu, <code>@mairie</code>.</para>"#
      )
    }

    @Test func headingsOpenNestedSectionsAndEmptySectionsGetAParagraph() throws {
      let markdown = "Intro\n\n# A\n\nTexte\n\n### B\n\n## C\n\n# D\n"
      let fragment = DocBookBody().fragment(markdown)
      #expect(
        fragment
          == "<para>Intro</para>\n<section><title>A</title><para>Texte</para>"
          + "<section><title>B</title><para/></section><section><title>C</title><para/></section>"
          + "</section>\n<section><title>D</title><para/></section>")
      #expect(try validator.validate(RenderSamples.article(fragment)) == [])
    }

    @Test func headingsInsideListsAndQuotesBecomeBridgeheads() throws {
      let fragment = DocBookBody().fragment("- # Titre\n\n  texte\n\n> ## Cité\n")
      #expect(fragment.contains("<listitem><bridgehead>Titre</bridgehead><para>texte</para>"))
      #expect(fragment.contains("<blockquote><bridgehead>Cité</bridgehead></blockquote>"))
      #expect(try validator.validate(RenderSamples.article(fragment)) == [])
    }

    @Test func aNoteCalledTwiceIsWrittenOnceThenReferenced() throws {
      let fragment = writer.fragment("Un[^a] deux[^b] un[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n")
      #expect(
        fragment
          == #"<para>Un<footnote xml:id="r1-fn-1"><para>Note A.</para></footnote> deux"#
          + "<footnote><para>Note B.</para></footnote> un"
          + #"<footnoteref linkend="r1-fn-1"/>.</para>"#)
      #expect(try validator.validate(RenderSamples.article(fragment)) == [])
    }

    @Test func listsKeepTheirStartAndTasksTheirState() throws {
      let fragment = DocBookBody().fragment(
        "3. trois\n4. quatre\n\n- [x] fait\n-   [ ]\n    ```\n    code\n    ```\n")
      #expect(fragment.contains(#"<orderedlist startingnumber="3" spacing="compact">"#))
      #expect(fragment.contains(#"<listitem role="tache-faite"><para>☑ fait</para></listitem>"#))
      #expect(try validator.validate(RenderSamples.article(fragment)) == [])
    }

    @Test func aTableWithOnlyAHeaderIsStillValid() throws {
      let fragment = DocBookBody().fragment("| a | b |\n|---|:-:|\n")
      #expect(fragment.contains("<tbody><row><entry>a</entry><entry>b</entry></row></tbody>"))
      #expect(try validator.validate(RenderSamples.article(fragment)) == [])
    }

    @Test func anEmptyBodyGivesNothing() {
      #expect(DocBookBody().fragment("") == "")
      #expect(DocBookBody().fragment("<!-- commentaire -->\n\n---\n") == "")
    }

    @Test func appendsToANodeOfAnotherTreeAndDeclaresXLinkWhenMissing() throws {
      let tree = XMLTree()
      let article = tree.element("article", namespace: nil)
      xmlDocSetRootElement(tree.document, article)
      xmlSetNs(article, xmlNewNs(article, DocBookStructure.namespace, nil))
      article.setAttribute("version", "5.0")
      article.appendElement("info").appendElement("title").appendText("T")
      writer.append("Voir [le site](https://www.malaunay.fr) de @mairie.", to: article)
      let text = LibXML.serialize(document: tree.document, indent: false)
      #expect(text.contains(#"xmlns:xlink="http://www.w3.org/1999/xlink""#))
      #expect(text.contains(#"<orgname role="acteur">Mairie de Malaunay</orgname>"#))
      #expect(try validator.validate(text) == [])
    }

    @Test func richBodyMatchesGoldenFile() throws {
      let article = RenderSamples.article(writer.fragment(RenderSamples.richBody))
      try Fixtures.expectGolden(
        try XMLReformatter.reformat(article),
        at: Fixtures.path("render.golden/rich-body.docbook.xml"))
    }
  }
}
