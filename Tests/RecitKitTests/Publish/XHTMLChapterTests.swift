import Foundation
import Testing

@testable import RecitKit

/// A chapter's links and images are made to stay inside the book, or to leave it for the web.
@Suite struct XHTMLChapterTests {
  static func page(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
    \(body)
    </body></html>
    """
  }

  static func chapter(_ id: String, _ body: String) throws -> XHTMLChapter {
    try XHTMLChapter(
      file: "actions/\(id).xhtml", htmlPage: "\(id).html", title: id, text: page(body))
  }

  @Test func linksFindTheirPlaceInTheBookOrBecomeTheirWords() throws {
    let here = try Self.chapter(
      "marche",
      """
      <p><a class="acteur" href="territoire/acteur-amap.html">AMAP</a>
      <a href="territoire/acteur-inconnu.html">Inconnu</a>
      <a href="amap.html#action-amap-recit">Autre</a>
      <a href="amap.html#nulle-part">Autre sans ancre</a>
      <a href="#absent">Absent</a>
      <a href="#acteur-amap">Ici</a>
      <a href="https://example.org/a?b=1">Web</a>
      <a href="javascript:alert(1)">Danger</a>
      <img src="photo.jpg" alt="Une photo" /></p>
      <dl><dt id="acteur-amap">AMAP</dt></dl>
      """)
    let other = try Self.chapter("amap", "<section id=\"action-amap-recit\"><h3>R</h3></section>")
    here.resolveLinks(in: ["marche.html": here, "amap.html": other])
    let text = here.serialized
    #expect(text.contains(##"<a class="acteur" href="#acteur-amap">AMAP</a>"##))
    #expect(!text.contains("acteur-inconnu"))
    #expect(text.contains("Inconnu"))
    #expect(text.contains(#"<a href="amap.xhtml#action-amap-recit">Autre</a>"#))
    #expect(text.contains(#"<a href="amap.xhtml">Autre sans ancre</a>"#))
    #expect(!text.contains("#absent"))
    #expect(text.contains(##"<a href="#acteur-amap">Ici</a>"##))
    #expect(text.contains(#"href="https://example.org/a?b=1""#))
    #expect(!text.contains("javascript:"))
    #expect(text.contains("Danger"))
    #expect(!text.contains("<img"))
    #expect(text.contains(#"<span class="image-absente">Une photo</span>"#))
  }

  @Test func theNarrativesSectionsMakeTheNavigation() throws {
    let chapter = try Self.chapter(
      "a",
      """
      <section class="recit recit-porte" id="r1"><h3><span>récit porté</span>  Le   titre</h3></section>
      <section class="autre" id="x"><h3>Pas un récit</h3></section>
      """)
    #expect(chapter.sections.map(\.id) == ["r1"])
    #expect(chapter.sections.first?.title == "récit porté Le titre")
  }

  @Test func malformedXHTMLIsRefusedWithTheParsersWords() {
    #expect(throws: XMLReformatter.ParseFailure.self) {
      _ = try XHTMLChapter(
        file: "actions/a.xhtml", htmlPage: "a.html", title: "a", text: "<html><p>ouvert</html>")
    }
  }
}
