import Testing

@testable import RecitKit

extension RenderTests {
  /// Bodies written back as Markdown for the Markdown export: from the tree, like HTML.
  @Suite struct MarkdownBodyTests {
    let renderer = MarkdownBody(names: RenderSamples.names, headingOffset: 3, idPrefix: "r1-")

    @Test func headingsMoveUnderTheSectionAndStopAtLevelSix() {
      let markdown = renderer.render(MarkupParser.parse("# Un\n\n## Deux\n\n###### Six\n"))
      #expect(markdown == "#### Un\n\n##### Deux\n\n###### Six\n")
    }

    @Test func mentionsAreNamedAsInHTMLAndStayTextInLinks() {
      let markdown = renderer.render(
        MarkupParser.parse("@mairie et @inconnu, [voir @amap](https://example.org)."))
      #expect(
        markdown == "Mairie de Malaunay et @inconnu, [voir @amap](https://example.org).\n")
    }

    @Test func rawHTMLAndDangerousURLsNeverPassThrough() {
      let markdown = renderer.render(MarkupParser.parse(RenderSamples.richBody))
      #expect(!markdown.contains("<script"))
      #expect(!markdown.contains("<b>"))
      #expect(!markdown.lowercased().contains("javascript:"))
      #expect(markdown.contains("[lien piégé]()"))
      #expect(markdown.contains("[^r1-1]"))
    }

    @Test func textThatLooksLikeMarkupStaysText() {
      let tree = [Block(.paragraph([.text("1. *pas* une liste | # ni un titre <b> & co")]))]
      let markdown = MarkdownBody().render(tree)
      #expect(markdown == "1\\. \\*pas\\* une liste \\| \\# ni un titre \\<b\\> \\& co\n")
      #expect(
        HTMLBody().render(markdown)
          == "<p>1. *pas* une liste | # ni un titre &lt;b&gt; &amp; co</p>\n")
    }

    /// Written back and read again, the rich body renders as the original does, but for the raw
    /// HTML the Markdown leaves out.
    @Test func theRichBodyReadsBackAsItWasWritten() {
      let tree = MarkupParser.parse(RenderSamples.richBody)
      let again = MarkupParser.parse(MarkdownBody().render(tree))
      let html = HTMLBody(idPrefix: "r1-")
      let original = html.render(tree).replacingOccurrences(
        of: "<!-- raw HTML omitted -->", with: ""
      )
      .split(separator: "\n").filter { !$0.isEmpty }
      let readBack = html.render(again).split(separator: "\n").filter { !$0.isEmpty }
      #expect(readBack == original)
    }
  }
}
