import RecitModel

extension HTMLWriter {
  mutating func visitText(_ text: String) { write(HTMLEscaping.text(text)) }
  mutating func visitEmphasis(_ content: [Inline]) { wrap("em", content) }
  mutating func visitStrong(_ content: [Inline]) { wrap("strong", content) }
  mutating func visitStrikethrough(_ content: [Inline]) { wrap("del", content) }
  mutating func visitCode(_ code: String) { write("<code>\(HTMLEscaping.text(code))</code>") }
  mutating func visitSoftBreak() { write("\n") }
  mutating func visitLineBreak() { write("<br />\n") }
  mutating func visitHTML(_ html: String) { write("<!-- raw HTML omitted -->") }

  private mutating func wrap(_ name: String, _ content: [Inline]) {
    write("<\(name)>")
    visit(content)
    write("</\(name)>")
  }

  mutating func visitLink(destination: String, title: String, _ content: [Inline]) {
    write("<a href=\"\(HTMLEscaping.href(SafeURL.sanitized(destination)))\"")
    if !title.isEmpty { write(" title=\"\(HTMLEscaping.text(title))\"") }
    write(">")
    linkDepth += 1
    visit(content)
    linkDepth -= 1
    write("</a>")
  }

  /// `<img>` with its text as `alt`; an image whose URL is empty or dangerous is only its text.
  mutating func visitImage(source: String, title: String, _ content: [Inline]) {
    guard !source.isEmpty, !SafeURL.isDangerous(source) else {
      return write(HTMLEscaping.text(PlainText.of(content)))
    }
    write("<img src=\"\(HTMLEscaping.href(source))\" alt=\"")
    write(HTMLEscaping.text(PlainText.of(content, includesHTML: true)))
    if !title.isEmpty { write("\" title=\"\(HTMLEscaping.text(title))") }
    write("\" />")
  }

  /// A known actor's link with its words (the link's text, else its short form or name);
  /// inside a link, or for an unknown id, only the words (`@id` for a bare one).
  mutating func visitMention(id: String, text: [Inline]?, location: SourceLocation?) {
    guard linkDepth == 0, let name = options.names[id] else {
      if let text { return visit(text) }
      return write(HTMLEscaping.text("@" + id))
    }
    guard options.linksMentions else {
      write("<span class=\"acteur\">")
      if let text { visit(text) } else { write(HTMLEscaping.text(name)) }
      return write("</span>")
    }
    let href =
      options.actorPages.map { $0 + TerritoryLinks.actorPage(id) }
      ?? "#\(HTMLBody.actorAnchorPrefix)\(id)"
    write("<a class=\"acteur\" href=\"\(HTMLEscaping.attribute(href))\">")
    linkDepth += 1
    if let text { visit(text) } else { write(HTMLEscaping.text(name)) }
    linkDepth -= 1
    write("</a>")
  }

  mutating func visitPlaceholder(_ words: String, location: SourceLocation?) {
    write(HTMLEscaping.text("[[" + words + "]]"))
  }

  /// A GFM table with `style` alignment and `scope` on header cells, the tree's attributes on
  /// the table and its rows, and a caption when the table has one.
  mutating func visitTable(_ table: MarkupTable, block: Block) {
    newline()
    write("<table\(attributes(block.attributes))>")
    newline()
    if let caption = table.caption {
      write("<caption>")
      visit(caption)
      write("</caption>\n")
    }
    write("<thead>\n")
    writeRow(table.header, of: table, header: true)
    write("</thead>\n")
    if !table.rows.isEmpty {
      write("<tbody>\n")
      for row in table.rows { writeRow(row, of: table, header: false) }
      write("</tbody>\n")
    }
    write("</table>\n")
  }

  private mutating func writeRow(_ row: MarkupTable.Row, of table: MarkupTable, header: Bool) {
    write("<tr\(attributes(row.attributes))>\n")
    for (column, cell) in row.cells.enumerated() {
      let name = header || cell.isRowHeader ? "th" : "td"
      var attributes = header ? " scope=\"col\"" : cell.isRowHeader ? " scope=\"row\"" : ""
      if let alignment = table.alignment(ofColumn: column) {
        attributes += " style=\"text-align: \(alignment.rawValue)\""
      }
      write("<\(name)\(attributes)>")
      visit(cell.content)
      write("</\(name)>")
    }
    write("\n</tr>\n")
  }

  /// A call of note N: a numbered link whose id counts the calls (`fnref-1`, `fnref-1-2`).
  mutating func visitFootnoteReference(_ label: String) {
    guard let number = Int(label), number >= 1, number <= footnoteCount else {
      return write("<sup>\(HTMLEscaping.text(label))</sup>")
    }
    footnoteUses[number, default: 0] += 1
    let use = footnoteUses[number]!
    let prefix = HTMLEscaping.attribute(options.idPrefix)
    let id = "\(prefix)fnref-\(number)" + (use > 1 ? "-\(use)" : "")
    write(
      "<sup class=\"footnote-ref\"><a href=\"#\(prefix)fn-\(number)\" id=\"\(id)\">"
        + "\(number)</a></sup>")
  }

  /// The notes, in number order, each with a `↩` link back to each of its calls.
  mutating func writeFootnotes(_ notes: [[Block]]) {
    guard !notes.isEmpty else { return }
    let prefix = HTMLEscaping.attribute(options.idPrefix)
    let french = options.language == .fr
    newline()
    write(
      "<section class=\"footnotes\" aria-label=\"\(french ? "Notes" : "Footnotes")\">\n<ol>\n")
    let back = french ? "Retour à l’appel de note" : "Back to reference"
    for (index, blocks) in notes.enumerated() {
      let number = index + 1
      write("<li id=\"\(prefix)fn-\(number)\">\n")
      let links = (1...max(footnoteCalls[number] ?? 0, 1)).map { use in
        let id = "\(prefix)fnref-\(number)" + (use > 1 ? "-\(use)" : "")
        let name = use > 1 ? "\(back) \(number) (\(use))" : "\(back) \(number)"
        return "<a href=\"#\(id)\" class=\"footnote-backref\" aria-label=\"\(name)\">↩"
          + (use > 1 ? "<sup>\(use)</sup>" : "") + "</a>"
      }
      let ending = " " + links.joined(separator: " ")
      if let last = blocks.last, case .paragraph(let content) = last.content {
        visit(Array(blocks.dropLast()))
        writeParagraph(content, block: last, ending: ending)
      } else {
        visit(blocks)
        writeParagraph([], block: Block(.paragraph([])), ending: ending)
      }
      newline()
      write("</li>\n")
    }
    write("</ol>\n</section>\n")
  }
}
