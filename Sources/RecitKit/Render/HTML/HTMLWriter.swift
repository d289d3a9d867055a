import RecitModel

/// Writes one tree as HTML (see `HTMLBody`); one writer per fragment.
struct HTMLWriter: MarkupWalker {
  let options: HTMLBody
  /// How many times each note is called; notes are numbered in order of first call.
  let footnoteCalls: [Int: Int]
  var footnoteCount = 0
  var footnoteUses: [Int: Int] = [:]
  /// Inside a link or an image, mentions stay text.
  var linkDepth = 0
  private(set) var html = ""

  init(options: HTMLBody, footnoteCalls: [Int: Int]) {
    self.options = options
    self.footnoteCalls = footnoteCalls
  }

  /// The blocks, then the notes' section when there are notes.
  mutating func writeDocument(_ blocks: [Block]) {
    let notes = blocks.compactMap { block -> [Block]? in
      if case .footnoteDefinition(_, let content) = block.content { return content }
      return nil
    }
    footnoteCount = notes.count
    visit(blocks)
    writeFootnotes(notes)
  }

  /// A line feed unless the output is empty or already ends with one (cmark-gfm's `cr`).
  mutating func newline() {
    if let last = html.utf8.last, last != UInt8(ascii: "\n") { html += "\n" }
  }

  mutating func write(_ text: String) { html += text }

  /// ` class="…" id="…" lang="…"`, escaped.
  func attributes(_ attributes: MarkupAttributes) -> String {
    var text = ""
    if !attributes.classes.isEmpty {
      text += " class=\"\(HTMLEscaping.attribute(attributes.classes.joined(separator: " ")))\""
    }
    if let id = attributes.id { text += " id=\"\(HTMLEscaping.attribute(id))\"" }
    if let language = attributes.language {
      text += " lang=\"\(HTMLEscaping.attribute(language))\""
    }
    return text
  }

  mutating func visitParagraph(_ content: [Inline], block: Block) {
    writeParagraph(content, block: block)
  }

  mutating func writeParagraph(_ content: [Inline], block: Block, ending: String = "") {
    newline()
    write("<p\(attributes(block.attributes))>")
    visit(content)
    write(ending + "</p>\n")
  }

  mutating func visitHeading(level: Int, _ content: [Inline], block: Block) {
    let shifted = min(max(level + options.headingOffset, 1), 6)
    newline()
    write("<h\(shifted)\(attributes(block.attributes))>")
    visit(content)
    write("</h\(shifted)>\n")
  }

  mutating func visitList(_ list: MarkupList, block: Block) {
    newline()
    let name = list.ordered ? "ol" : "ul"
    let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
    write("<\(name)\(attributes(block.attributes))\(start)>\n")
    for item in list.items {
      newline()
      write("<li\(attributes(item.attributes))>")
      var blocks = item.blocks[...]
      if let checked = item.task {
        let box = checkbox(checked)
        if case .paragraph(let content) = blocks.first?.content, let first = blocks.first {
          blocks.removeFirst()
          writeItemParagraph(content, block: first, tight: list.tight, prefix: box)
        } else {
          newline()
          write(box)
          newline()
        }
      }
      for child in blocks {
        if case .paragraph(let content) = child.content {
          writeItemParagraph(content, block: child, tight: list.tight)
        } else {
          visit(child)
        }
      }
      write("</li>\n")
    }
    write("</\(name)>\n")
  }

  /// A paragraph of a list item: without `<p>` in a tight list.
  private mutating func writeItemParagraph(
    _ content: [Inline], block: Block, tight: Bool, prefix: String = ""
  ) {
    guard tight else {
      newline()
      write("<p\(attributes(block.attributes))>" + prefix)
      visit(content)
      return write("</p>\n")
    }
    write(prefix)
    visit(content)
  }

  /// A named, disabled checkbox (cmark-gfm's own has no accessible name).
  private func checkbox(_ checked: Bool) -> String {
    let name =
      switch options.language {
      case .fr: checked ? "fait" : "à faire"
      case .en: checked ? "done" : "to do"
      }
    return "<input type=\"checkbox\" disabled=\"\"\(checked ? " checked=\"\"" : "")"
      + " aria-label=\"\(name)\" /> "
  }

  mutating func visitBlockQuote(_ blocks: [Block], block: Block) {
    newline()
    write("<blockquote\(attributes(block.attributes))>\n")
    visit(blocks)
    newline()
    write("</blockquote>\n")
  }

  mutating func visitCodeBlock(info: String, code: String, block: Block) {
    newline()
    let language = info.prefix { !$0.isWhitespace }
    write(
      language.isEmpty
        ? "<pre><code>" : "<pre><code class=\"language-\(HTMLEscaping.text(String(language)))\">")
    write(HTMLEscaping.text(code) + "</code></pre>\n")
  }

  mutating func visitHTMLBlock(_ html: String, block: Block) {
    newline()
    write("<!-- raw HTML omitted -->")
    newline()
  }

  mutating func visitThematicBreak(block: Block) {
    newline()
    write("<hr />\n")
  }

  /// A `<section>`, labelled by its first heading when that heading has an id.
  mutating func visitDivision(_ blocks: [Block], block: Block) {
    var label = ""
    if let first = blocks.first, case .heading = first.content, let id = first.attributes.id {
      label = " aria-labelledby=\"\(HTMLEscaping.attribute(id))\""
    }
    newline()
    write("<section\(attributes(block.attributes))\(label)>\n")
    visit(blocks)
    newline()
    write("</section>\n")
  }

  /// Written after the other blocks, by `writeFootnotes`.
  mutating func visitFootnoteDefinition(label: String, _ blocks: [Block], block: Block) {}
}
