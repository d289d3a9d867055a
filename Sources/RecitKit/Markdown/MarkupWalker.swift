import RecitModel

/// Walks a document tree, one method per kind of node, in document order.
///
/// Every method has a default: containers visit their children, leaves do nothing. A writer
/// overrides only what it writes (in the spirit of swift-markdown's `MarkupWalker`); it calls
/// `visit(_:)` on children to go on walking.
protocol MarkupWalker {
  mutating func visitParagraph(_ content: [Inline], block: Block)
  mutating func visitHeading(level: Int, _ content: [Inline], block: Block)
  mutating func visitList(_ list: MarkupList, block: Block)
  mutating func visitBlockQuote(_ blocks: [Block], block: Block)
  mutating func visitCodeBlock(info: String, code: String, block: Block)
  mutating func visitHTMLBlock(_ html: String, block: Block)
  mutating func visitThematicBreak(block: Block)
  mutating func visitTable(_ table: MarkupTable, block: Block)
  mutating func visitFootnoteDefinition(label: String, _ blocks: [Block], block: Block)
  mutating func visitDivision(_ blocks: [Block], block: Block)

  mutating func visitText(_ text: String)
  mutating func visitEmphasis(_ content: [Inline])
  mutating func visitStrong(_ content: [Inline])
  mutating func visitStrikethrough(_ content: [Inline])
  mutating func visitCode(_ code: String)
  mutating func visitLink(destination: String, title: String, _ content: [Inline])
  mutating func visitImage(source: String, title: String, _ content: [Inline])
  mutating func visitSoftBreak()
  mutating func visitLineBreak()
  mutating func visitHTML(_ html: String)
  mutating func visitFootnoteReference(_ label: String)
  /// `text` is the link's text of `[words](@id)`, nil for a bare `@id`.
  mutating func visitMention(id: String, text: [Inline]?, location: SourceLocation?)
  mutating func visitPlaceholder(_ words: String, location: SourceLocation?)
}

extension MarkupWalker {
  mutating func visit(_ blocks: [Block]) {
    for block in blocks { visit(block) }
  }

  mutating func visit(_ inlines: [Inline]) {
    for inline in inlines { visit(inline) }
  }

  /// Calls the method for the block's kind.
  mutating func visit(_ block: Block) {
    switch block.content {
    case .paragraph(let content): visitParagraph(content, block: block)
    case .heading(let level, let content): visitHeading(level: level, content, block: block)
    case .list(let list): visitList(list, block: block)
    case .blockQuote(let blocks): visitBlockQuote(blocks, block: block)
    case .codeBlock(let info, let code): visitCodeBlock(info: info, code: code, block: block)
    case .htmlBlock(let html): visitHTMLBlock(html, block: block)
    case .thematicBreak: visitThematicBreak(block: block)
    case .table(let table): visitTable(table, block: block)
    case .footnoteDefinition(let label, let blocks):
      visitFootnoteDefinition(label: label, blocks, block: block)
    case .division(let blocks): visitDivision(blocks, block: block)
    }
  }

  /// Calls the method for the inline's kind.
  mutating func visit(_ inline: Inline) {
    switch inline {
    case .text(let text): visitText(text)
    case .emphasis(let content): visitEmphasis(content)
    case .strong(let content): visitStrong(content)
    case .strikethrough(let content): visitStrikethrough(content)
    case .code(let code): visitCode(code)
    case .link(let destination, let title, let content):
      visitLink(destination: destination, title: title, content)
    case .image(let source, let title, let content):
      visitImage(source: source, title: title, content)
    case .softBreak: visitSoftBreak()
    case .lineBreak: visitLineBreak()
    case .html(let html): visitHTML(html)
    case .footnoteReference(let label): visitFootnoteReference(label)
    case .mention(let id, let text, let location):
      visitMention(id: id, text: text, location: location)
    case .placeholder(let words, let location): visitPlaceholder(words, location: location)
    }
  }

  mutating func visitParagraph(_ content: [Inline], block: Block) { visit(content) }
  mutating func visitHeading(level: Int, _ content: [Inline], block: Block) { visit(content) }
  mutating func visitList(_ list: MarkupList, block: Block) {
    for item in list.items { visit(item.blocks) }
  }
  mutating func visitBlockQuote(_ blocks: [Block], block: Block) { visit(blocks) }
  mutating func visitCodeBlock(info: String, code: String, block: Block) {}
  mutating func visitHTMLBlock(_ html: String, block: Block) {}
  mutating func visitThematicBreak(block: Block) {}
  mutating func visitTable(_ table: MarkupTable, block: Block) {
    for row in [table.header] + table.rows {
      for cell in row.cells { visit(cell.content) }
    }
  }
  mutating func visitFootnoteDefinition(label: String, _ blocks: [Block], block: Block) {
    visit(blocks)
  }
  mutating func visitDivision(_ blocks: [Block], block: Block) { visit(blocks) }

  mutating func visitText(_ text: String) {}
  mutating func visitEmphasis(_ content: [Inline]) { visit(content) }
  mutating func visitStrong(_ content: [Inline]) { visit(content) }
  mutating func visitStrikethrough(_ content: [Inline]) { visit(content) }
  mutating func visitCode(_ code: String) {}
  mutating func visitLink(destination: String, title: String, _ content: [Inline]) {
    visit(content)
  }
  mutating func visitImage(source: String, title: String, _ content: [Inline]) { visit(content) }
  mutating func visitSoftBreak() {}
  mutating func visitLineBreak() {}
  mutating func visitHTML(_ html: String) {}
  mutating func visitFootnoteReference(_ label: String) {}
  mutating func visitMention(id: String, text: [Inline]?, location: SourceLocation?) {
    if let text { visit(text) }
  }
  mutating func visitPlaceholder(_ words: String, location: SourceLocation?) {}
}

/// The words of inlines without their formatting: an image's alternative text.
///
/// Text, code, bare mentions and prompts count as written (a mention with words, its words);
/// breaks are spaces; notes do not count, nor raw HTML unless asked (cmark-gfm counts it in an
/// `alt` attribute).
struct PlainText: MarkupWalker {
  private(set) var text = ""
  /// Whether raw HTML counts as its literal (cmark-gfm's `alt` attribute) or not at all.
  var includesHTML = false

  static func of(_ inlines: [Inline], includesHTML: Bool = false) -> String {
    var walker = PlainText(includesHTML: includesHTML)
    walker.visit(inlines)
    return walker.text
  }

  mutating func visitText(_ text: String) { self.text += text }
  mutating func visitCode(_ code: String) { text += code }
  mutating func visitSoftBreak() { text += " " }
  mutating func visitLineBreak() { text += " " }
  mutating func visitHTML(_ html: String) { if includesHTML { text += html } }
  mutating func visitMention(id: String, text: [Inline]?, location: SourceLocation?) {
    if let text { visit(text) } else { self.text += "@" + id }
  }
  mutating func visitPlaceholder(_ words: String, location: SourceLocation?) {
    text += "[[" + words + "]]"
  }
}
