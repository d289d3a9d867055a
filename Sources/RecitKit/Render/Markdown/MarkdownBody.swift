import RecitModel

/// Renders a document tree (a narrative body, the comparison) back to GitHub-flavoured
/// Markdown, for a Markdown document that holds several bodies under its own headings.
///
/// Headings move down by `headingOffset`, never past level 6; mentions become their words, as
/// in HTML: `[words](@id)` its words (emphasis kept), a bare `@id` of a known actor its short
/// form or name (outside links), an unknown bare one stays as written; raw HTML is dropped,
/// never passed through; dangerous URLs are blanked (`SafeURL`) and an image whose URL is empty
/// or dangerous becomes its alternative text; footnote labels start with `idPrefix`, so that
/// several bodies can share a document. Text is escaped by `MarkdownEscaping`.
public struct MarkdownBody: Sendable {
  /// Actor id → words a bare mention shows (`Actor.mentionName`).
  public var names: [String: String]
  /// How many levels headings move down.
  public var headingOffset: Int
  /// Prepended to footnote labels; unique per document.
  public var idPrefix: String

  public init(names: [String: String] = [:], headingOffset: Int = 0, idPrefix: String = "") {
    self.names = names
    self.headingOffset = headingOffset
    self.idPrefix = idPrefix
  }

  /// A renderer for the actors an action can name (`Project.actors(of:)`).
  public init(actors: [String: Actor], headingOffset: Int = 0, idPrefix: String = "") {
    self.init(
      names: actors.mapValues(\.mentionName), headingOffset: headingOffset, idPrefix: idPrefix)
  }

  /// The Markdown for a tree, ending with a line feed (empty for an empty tree).
  public func render(_ blocks: [Block]) -> String {
    var writer = MarkdownWriter(options: self)
    let text = writer.blocks(blocks)
    return text.isEmpty ? "" : text + "\n"
  }
}

/// Writes one tree as Markdown (see `MarkdownBody`): each block writes its lines without a
/// final line feed, containers indent their children's lines.
struct MarkdownWriter: MarkupWalker {
  let options: MarkdownBody
  var out = ""
  /// Whether the next text starts a line (where `-` or `1.` would start a list).
  var atLineStart = true
  var linkDepth = 0

  init(options: MarkdownBody) { self.options = options }

  /// The blocks' texts, blank blocks (raw HTML) left out, joined by `separator`.
  mutating func blocks(_ blocks: [Block], separator: String = "\n\n") -> String {
    blocks.compactMap { block in
      let text = capture { $0.visit(block) }
      return text.isEmpty ? nil : text
    }.joined(separator: separator)
  }

  mutating func inlines(_ inlines: [Inline]) -> String {
    capture { $0.visit(inlines) }
  }

  private mutating func capture(_ work: (inout Self) -> Void) -> String {
    let saved = (out, atLineStart)
    out = ""
    atLineStart = true
    work(&self)
    defer { (out, atLineStart) = saved }
    return out
  }

  /// `text`'s lines after the first indented by `indent` (blank lines stay blank).
  private static func indented(_ text: String, _ indent: String, first: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      index, line in
      index == 0 ? first + line : line.isEmpty ? "" : indent + line
    }.joined(separator: "\n")
  }

  mutating func visitParagraph(_ content: [Inline], block: Block) { out += inlines(content) }

  mutating func visitHeading(level: Int, _ content: [Inline], block: Block) {
    let shifted = min(max(level + options.headingOffset, 1), 6)
    out += String(repeating: "#", count: shifted) + " " + inlines(content)
  }

  mutating func visitList(_ list: MarkupList, block: Block) {
    let separator = list.tight ? "\n" : "\n\n"
    out += list.items.enumerated().map { index, item in
      let marker = list.ordered ? "\(list.start + index). " : "- "
      let box = item.task.map { $0 ? "[x] " : "[ ] " } ?? ""
      let content = blocks(item.blocks, separator: separator)
      let indent = String(repeating: " ", count: marker.count)
      return Self.indented(content, indent, first: marker + box)
    }.joined(separator: separator)
  }

  mutating func visitBlockQuote(_ blocks: [Block], block: Block) {
    out += self.blocks(blocks).split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.isEmpty ? ">" : "> " + $0
    }.joined(separator: "\n")
  }

  mutating func visitCodeBlock(info: String, code: String, block: Block) {
    var longest = 0
    for line in code.split(separator: "\n") where line.allSatisfy({ $0 == "`" }) {
      longest = max(longest, line.count)
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    let body = code.isEmpty || code.hasSuffix("\n") ? code : code + "\n"
    out += fence + info.replacingOccurrences(of: "`", with: "") + "\n" + body + fence
  }

  mutating func visitThematicBreak(block: Block) { out += "***" }

  mutating func visitDivision(_ blocks: [Block], block: Block) { out += self.blocks(blocks) }

  mutating func visitTable(_ table: MarkupTable, block: Block) {
    var lines: [String] = []
    if let caption = table.caption { lines += ["*" + inlines(caption) + "*", ""] }
    func row(_ row: MarkupTable.Row) -> String {
      "| " + row.cells.map { inlines($0.content) }.joined(separator: " | ") + " |"
    }
    lines.append(row(table.header))
    lines.append(
      "| "
        + (0..<table.columnCount).map { column in
          switch table.alignment(ofColumn: column) {
          case .left: ":---"
          case .center: ":---:"
          case .right: "---:"
          case nil: "---"
          }
        }.joined(separator: " | ") + " |")
    lines += table.rows.map(row)
    out += lines.joined(separator: "\n")
  }

  /// `[^prefix-N]: ` and the note.
  mutating func visitFootnoteDefinition(label: String, _ blocks: [Block], block: Block) {
    let marker = "[^\(options.idPrefix)\(label)]: "
    out += Self.indented(self.blocks(blocks), "    ", first: marker)
  }
}
