import RecitModel

/// Renders a document tree (the comparison, a narrative body) as text for a terminal: headings
/// on their own line (bold when colours are on), the blocks under a heading indented by two
/// spaces per level below the first heading's, paragraphs and list items wrapped at `width`,
/// tables aligned by `TextTable`.
///
/// With colours on, a row or list item whose class has a style in `styles` is painted: a
/// row's last cell, an item's lines. Every text of the tree is made inert first
/// (``PlainTextBody/inert(_:)``): the only escape sequences in the output are those colours.
/// Raw HTML is dropped; links show their text; mentions their
/// words (`[words](@id)` its words, a bare mention of a known actor its short form or name).
struct PlainTextBody {
  var names: [String: String] = [:]
  var colors = false
  var width = 120
  /// Class → ANSI SGR parameter (`"31"` for red).
  var styles: [String: String] = [:]

  func render(_ blocks: [Block]) -> String {
    var writer = PlainTextWriter(options: self)
    writer.visit(blocks)
    return writer.out
  }

  /// Text of the tree as a terminal may show it: line feeds and tabs (layout, not content, in
  /// flowing text) become spaces, every other control character and the bidi controls are
  /// made visible (`TerminalText.safe`), so that no title, name or file name drives the
  /// terminal.
  static func inert(_ text: String) -> String {
    TerminalText.safe(
      String(
        String.UnicodeScalarView(
          text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })))
  }

  func bold(_ text: String) -> String { colors ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

  /// `text` painted with the style of the first of `classes` that has one.
  func paint(_ text: String, _ classes: [String]) -> String {
    guard colors, let code = classes.lazy.compactMap({ styles[$0] }).first else { return text }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  /// Words wrapped at the width, the first line after `first`, the others after `rest`.
  func wrap(_ text: String, _ first: String, _ rest: String) -> [String] {
    var lines: [String] = []
    var line = first
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > width, line.count > rest.count {
        lines.append(line)
        line = rest
      }
      line += (line == first || line == rest ? "" : " ") + word
    }
    return lines + [line]
  }
}

/// Writes one tree as text (see `PlainTextBody`).
struct PlainTextWriter: MarkupWalker {
  let options: PlainTextBody
  private(set) var out = ""
  /// The level of the first heading.
  private var baseLevel: Int?
  private var indent = ""

  init(options: PlainTextBody) { self.options = options }

  private func words(_ inlines: [Inline]) -> String {
    var words = PlainWords(names: options.names)
    words.visit(inlines)
    return PlainTextBody.inert(words.text)
  }

  private mutating func emit(_ lines: [String]) {
    out += lines.map { $0 + "\n" }.joined()
  }

  mutating func visitHeading(level: Int, _ content: [Inline], block: Block) {
    let base = baseLevel ?? level
    baseLevel = base
    if !out.isEmpty { out += "\n" }
    let depth = String(repeating: "  ", count: max(level - base - 1, 0))
    emit([depth + options.bold(words(content))])
    indent = String(repeating: "  ", count: max(level - base, 0))
  }

  mutating func visitParagraph(_ content: [Inline], block: Block) {
    emit(options.wrap(words(content), indent, indent + "  "))
  }

  mutating func visitList(_ list: MarkupList, block: Block) {
    let saved = indent
    for (number, item) in list.items.enumerated() {
      let marker = list.ordered ? "\(list.start + number). " : "- "
      let box = item.task.map { $0 ? "[x] " : "[ ] " } ?? ""
      var first = true
      for child in item.blocks {
        if case .paragraph(let content) = child.content {
          let lead = first ? saved + marker + box : saved + "  "
          let lines = options.wrap(words(content), lead, saved + "  ")
          emit(lines.map { options.paint($0, item.attributes.classes) })
        } else {
          indent = saved + "  "
          visit(child)
          indent = saved
        }
        first = false
      }
    }
    indent = saved
  }

  mutating func visitBlockQuote(_ blocks: [Block], block: Block) {
    let saved = indent
    indent += "> "
    visit(blocks)
    indent = saved
  }

  mutating func visitCodeBlock(info: String, code: String, block: Block) {
    emit(
      code.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
        indent + "    " + TerminalText.safe($0)
      })
  }

  mutating func visitThematicBreak(block: Block) { emit([indent + "* * *"]) }

  mutating func visitTable(_ table: MarkupTable, block: Block) {
    if let caption = table.caption { emit([indent + words(caption)]) }
    let rows = table.rows
    let body = rows.map { $0.cells.map { words($0.content) } }
    let text = TextTable(
      header: [table.header.cells.map { words($0.content) }], rows: body, width: options.width
    ).render(indent: indent) { row, column, text in
      column == rows[row].cells.count - 1
        ? options.paint(text, rows[row].attributes.classes) : text
    }
    out += text
  }

  mutating func visitFootnoteDefinition(label: String, _ blocks: [Block], block: Block) {
    let saved = indent
    emit([indent + "[\(label)]"])
    indent += "  "
    visit(blocks)
    indent = saved
  }
}

/// The words of inlines for a terminal: mentions by their words (a link's text, else the
/// actor's short form or name), links by their text.
private struct PlainWords: MarkupWalker {
  let names: [String: String]
  var text = ""

  init(names: [String: String]) { self.names = names }

  mutating func visitText(_ text: String) { self.text += text }
  mutating func visitCode(_ code: String) { text += code }
  mutating func visitSoftBreak() { text += " " }
  mutating func visitLineBreak() { text += " " }
  mutating func visitFootnoteReference(_ label: String) { text += "[\(label)]" }
  mutating func visitMention(id: String, text: [Inline]?, location: SourceLocation?) {
    if let text { return visit(text) }
    self.text += names[id] ?? "@" + id
  }
  mutating func visitPlaceholder(_ words: String, location: SourceLocation?) {
    text += "[[" + words + "]]"
  }
  mutating func visitImage(source: String, title: String, _ content: [Inline]) {
    text += PlainText.of(content)
  }
}
