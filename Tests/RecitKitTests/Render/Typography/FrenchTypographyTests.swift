import Testing

@testable import RecitKit

/// French typography on plain text and on HTML: what it adds, what it replaces, and what it
/// never touches (code, URLs, attributes, ids, times, other languages).
@Suite struct FrenchTypographyTests {
  /// `_` stands for U+202F and `~` for U+00A0 in the expected texts, to keep them readable.
  private func readable(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{202F}", with: "_")
      .replacingOccurrences(of: "\u{00A0}", with: "~")
  }

  @Test(arguments: [
    // Added where there is no space.
    ("Quoi?", "Quoi_?"),
    ("Enfin!", "Enfin_!"),
    ("un point; un autre", "un point_; un autre"),
    ("Note: voir plus bas", "Note~: voir plus bas"),
    ("«mot»", "«_mot_»"),
    // Replaced where there is one (plain, no-break, narrow, several, a line feed).
    ("Quoi ?", "Quoi_?"),
    ("Quoi\u{00A0}?", "Quoi_?"),
    ("Quoi\u{202F}?", "Quoi_?"),
    ("Quoi   ?", "Quoi_?"),
    ("Quoi\n?", "Quoi_?"),
    ("Note : voir", "Note~: voir"),
    ("Note\u{202F}: voir", "Note~: voir"),
    ("« mot »", "«_mot_»"),
    ("«  mot\u{00A0}»", "«_mot_»"),
    // Groups: one space before the group.
    ("Vraiment?!", "Vraiment_?!"),
    ("Vraiment ?!", "Vraiment_?!"),
    ("Non!!!", "Non_!!!"),
    // Around quotes and brackets.
    ("« Et alors ? »", "«_Et alors_?_»"),
    ("(voir plus bas; ou pas)", "(voir plus bas_; ou pas)"),
    ("il a dit « non »!", "il a dit «_non_»_!"),
    ("quoi ?)", "quoi_?)"),
    ("Fin: ", "Fin~: "),
    ("Fin:", "Fin~:"),
    ("Fin?", "Fin_?"),
  ])
  func typesetsText(_ input: String, _ expected: String) {
    #expect(readable(FrenchTypography.text(input)) == expected)
  }

  @Test(arguments: [
    "à 14:30 précises",
    "http://example.org/a?b=1",
    "voir https://example.org/faq? pour plus",
    "(https://example.org/page?)",
    "www.example.org/?q=1;x",
    "écrire à mailto:contact@amap.fr",
    "a;b",
    "page?id=3",
    "a != b",
    "x::y",
    "ratio 1:2",
    "? au début",
    ": au début",
    "(?)",
    "(!)",
    "«»",
    "texte sans signe",
    "smiley :) et :-(",
  ])
  func leavesAlone(_ input: String) {
    #expect(readable(FrenchTypography.text(input)) == readable(input))
  }

  @Test func isIdempotent() {
    for text in [
      "« Et alors ? » dit-il; puis: « Non ! »", "Quoi?!", "Note: voir https://x.fr/a?b",
    ] {
      let once = FrenchTypography.text(text)
      #expect(FrenchTypography.text(once) == once)
      let html = FrenchTypography.html("<p>\(text)</p>", language: .fr)
      #expect(FrenchTypography.html(html, language: .fr) == html)
    }
  }

  @Test func hôtelIsNotATelephoneNumber() {
    #expect(readable(FrenchTypography.text("Hôtel: ouvert")) == "Hôtel~: ouvert")
  }

  // MARK: HTML

  private func html(_ text: String, language: Language = .fr) -> String {
    readable(FrenchTypography.html(text, language: language))
  }

  @Test func typesetsTextAcrossInlineElements() {
    #expect(html("<p><strong>Bravo</strong>!</p>") == "<p><strong>Bravo</strong>_!</p>")
    #expect(html("<p>« <em>mot</em> »</p>") == "<p>«_<em>mot</em>_»</p>")
    #expect(html("<p>«<em>mot</em>»</p>") == "<p>«<em>_mot</em>_»</p>")
    #expect(html("<p>mot <a href=\"#x\">?</a></p>") == "<p>mot_<a href=\"#x\">?</a></p>")
    #expect(html("<h2>Pourquoi?</h2>") == "<h2>Pourquoi_?</h2>")
    #expect(html("<title>Quoi ? — Site</title>") == "<title>Quoi_? — Site</title>")
  }

  @Test func blockElementsEndARun() {
    // The `?` opens a paragraph of its own: no space before it, none taken from the previous one.
    #expect(html("<p>fin </p>\n<p>? début</p>") == "<p>fin </p>\n<p>? début</p>")
    #expect(html("<li>un</li><li>: deux</li>") == "<li>un</li><li>: deux</li>")
  }

  @Test func neverTouchesCodeAttributesOrScripts() {
    let cases = [
      "<p>voir <code>a ? b : c;</code></p>",
      "<pre><code>if (x) { y = a ? b : c; }\n</code></pre>",
      "<a href=\"https://example.org/?q=1&amp;r=2\" title=\"Quoi?\">lien</a>",
      "<p id=\"recit-a:b\" class=\"x;y\">texte</p>",
      "<style>a::after { content: \"?\"; }</style>",
      "<script>var a = b ? c : d;</script>",
      "<svg><text>Quoi ?</text></svg>",
      "<p><kbd>Ctrl+?</kbd> <samp>Erreur: x</samp></p>",
      "<p><img src=\"x.png\" alt=\"Quoi ? Rien !\"></p>",
      "<!-- commentaire : ici ? -->",
      "<p><a href=\"https://example.org/faq?\">https://example.org/faq?</a></p>",
    ]
    for text in cases {
      #expect(html(text) == readable(text), "\(text)")
    }
  }

  @Test func entitiesCountAsTheirCharacter() {
    #expect(html("<p>a &amp; b ; c</p>") == "<p>a &amp; b_; c</p>")
    #expect(html("<p>Quoi&nbsp;?</p>") == "<p>Quoi_?</p>")
    #expect(html("<p>&quot;oui&quot;?</p>") == "<p>&quot;oui&quot;_?</p>")
    #expect(html("<p>l&#39;a dit: oui</p>") == "<p>l&#39;a dit~: oui</p>")
    // An entity's own `;` is never a semicolon.
    #expect(html("<p>A&amp;B</p>") == "<p>A&amp;B</p>")
  }

  @Test func codeSpansAndImagesCountAsWords() {
    #expect(html("<p>la commande <code>ls</code>?</p>") == "<p>la commande <code>ls</code>_?</p>")
  }

  @Test func otherLanguagesAreLeftAlone() {
    let english = "<!DOCTYPE html>\n<html lang=\"en\">\n<body><p>What?</p></body></html>"
    #expect(html(english) == english)
    #expect(html("<p>What? Really!</p>", language: .en) == "<p>What? Really!</p>")
    #expect(
      html("<p>Il dit <span lang=\"en\">what?</span> et part!</p>")
        == "<p>Il dit <span lang=\"en\">what?</span> et part_!</p>")
    #expect(
      html("<blockquote lang=\"en-GB\"><p>Why not?</p></blockquote><p>Pourquoi?</p>")
        == "<blockquote lang=\"en-GB\"><p>Why not?</p></blockquote><p>Pourquoi_?</p>")
    // A French page of an English project.
    #expect(
      html("<html lang=\"fr-FR\"><p>Quoi?</p></html>", language: .en)
        == "<html lang=\"fr-FR\"><p>Quoi_?</p></html>")
  }

  @Test func aWholePageKeepsItsMarkup() {
    let page = """
      <!DOCTYPE html>
      <html lang="fr">
      <head>
      <meta charset="utf-8">
      <title>Un marché ? — Malaunay</title>
      <style>:root { --x: 1; } a::after { content: " (" attr(href) ")"; }</style>
      </head>
      <body>
      <p class="meta">Action · <time datetime="2024-03-01T14:30">1er mars, 14:30</time></p>
      <p>Le maire : « Et pourquoi pas un marché ? »</p>
      </body>
      </html>
      """
    let expected = page.replacingOccurrences(of: "marché ? —", with: "marché_? —")
      .replacingOccurrences(of: "maire : « Et", with: "maire~: «_Et")
      .replacingOccurrences(of: "marché ? »", with: "marché_?_»")
    #expect(html(page) == expected)
  }

  @Test func strayAngleBracketsAndBrokenTagsDoNotCrash() {
    for text in ["<", "<p", "a < b ?", "<p title=\"x>", "&", "&#;", "&#xZZ;?", "<!--", "<code>?"] {
      _ = FrenchTypography.html(text, language: .fr)
    }
    #expect(html("a < b ?") == "a < b_?")
  }
}
