import RecitModel

/// Every format of the comparison is its one document tree (`document(in:headingLevel:)`)
/// through a writer, so the formats cannot drift: same parts, same order, same headings.
extension Comparison {
  /// The comparison as terminal text: headings on their own line, the parts indented under
  /// them, the tables aligned.
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
