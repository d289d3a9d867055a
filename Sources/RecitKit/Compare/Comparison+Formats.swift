import RecitModel

/// Every format of the comparison is its one document tree (`document(in:headingLevel:)`)
/// through a writer, so the formats cannot drift: same parts, same order, same headings.
extension Comparison {
  /// The comparison as terminal text: headings on their own line, the parts indented under
  /// them, the tables aligned. What the project says (titles, names, objects, disagreements,
  /// file names) is inert: escape sequences, other control characters and bidi controls are
  /// shown as visible symbols, as in diagnostics (`TerminalText`); the only escape sequences
  /// are the colours asked for.
  ///
  /// - Parameters:
  ///   - colors: ANSI colours for headings and zones; pass true only for a terminal.
  ///   - width: the line width to fit in (a terminal's columns); table cells and long texts
  ///     wrap at word boundaries to fit.
  public func text(in language: Language, colors: Bool = false, width: Int = 120) -> String {
    let styles = Dictionary(
      uniqueKeysWithValues: Zone.allCases.map { ("zone-\($0.rawValue)", Self.colour(of: $0)) })
    return PlainTextBody(colors: colors, width: max(width, 40), styles: styles).render([
      document(in: language)
    ])
  }

  /// The comparison as GitHub-flavoured Markdown, headed at `headingLevel`.
  public func markdown(in language: Language, headingLevel: Int = 2) -> String {
    MarkdownBody().render([document(in: language, headingLevel: headingLevel)])
  }

  /// The comparison as an HTML fragment: one `<section>` with headings, tables with
  /// `<th scope>` headers, lists and paragraphs; every text escaped, no script, no style.
  ///
  /// - Parameter headingLevel: the level of the section's heading (2 by default); its parts
  ///   use the next level.
  public func htmlFragment(in language: Language, headingLevel: Int = 2) -> String {
    HTMLBody(language: language).render([document(in: language, headingLevel: headingLevel)])
  }

  /// The comparison as DocBook: a `<section>` whose parts are sections (see `DocBookBody`);
  /// `idPrefix` makes the ids it defines unique in a book.
  public func docbookFragment(in language: Language, idPrefix: String = "") -> String {
    DocBookBody(idPrefix: idPrefix).fragment([document(in: language)])
  }

  /// The ANSI colour of a zone: red for conflict, green for cooperation, yellow for divergent.
  private static func colour(of zone: Zone) -> String {
    switch zone {
    case .conflit: "31"
    case .cooperation: "32"
    case .divergent: "33"
    case .stable: "0"
    }
  }
}

extension Comparison {
  /// Comparisons as one whole HTML page that needs no other file: doctype, the language, a
  /// title, `stylesheet` embedded in a `<style>` (pass the build's `style.css`, so the page
  /// looks like the built pages), then each comparison (`htmlFragment`) followed by its
  /// conflict map, as the action pages show them.
  ///
  /// - Parameters:
  ///   - projectTitle: the project's title (its folder's name when it has none), in the
  ///     page's title and banner.
  ///   - stylesheet: CSS, embedded as it is (a `</` in it cannot close the element: it is
  ///     written `<\/`, which CSS reads the same).
  public static func htmlPage(
    _ comparisons: [Comparison], projectTitle: String, in language: Language,
    stylesheet: String, generator: String = "recit \(RecitVersion.current)"
  ) -> String {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    let heading = t(LocalizedText(fr: "Comparaison des récits", en: "Comparing the narratives"))
    var title = [t(ComparisonWording.title)]
    if comparisons.count == 1, let only = comparisons.first {
      title.append(only.actionTitle ?? only.actionID)
    }
    title.append(projectTitle)
    var body = ""
    for comparison in comparisons {
      body += comparison.htmlFragment(in: language)
      guard !comparison.isSinglePointOfView else { continue }
      let map = ConflictGraph(comparison: comparison).svg(in: language)
      body += "<figure class=\"diagramme\">\n\(ActionRendering.inline(map))\n</figure>\n"
    }
    if comparisons.isEmpty {
      let nothing = LocalizedText(fr: "Aucune action à comparer.", en: "No action to compare.")
      body = "<p>\(HTMLEscaping.text(t(nothing)))</p>\n"
    }
    let css = stylesheet.replacingOccurrences(of: "</", with: "<\\/")
    let page = """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="\(HTMLEscaping.attribute(generator))">
      <title>\(HTMLEscaping.text(title.joined(separator: " — ")))</title>
      <style>
      \(css)
      </style>
      </head>
      <body>
      <header class="bandeau">
      <p class="site">\(HTMLEscaping.text(projectTitle))</p>
      </header>
      <main id="contenu" class="comparaison">
      <h1>\(HTMLEscaping.text(heading))</h1>
      \(body)</main>
      <footer class="pied">
      <p>\(HTMLEscaping.text(t(LocalizedText(fr: "Produit avec", en: "Made with")))) \(HTMLEscaping.text(generator))</p>
      </footer>
      </body>
      </html>

      """
    // French typography in the text (never in the stylesheet, which stays as it is).
    return FrenchTypography.html(page, language: language)
  }
}
