import CCMarkGFM
import RecitModel

/// Builds a document tree from Markdown (CommonMark + GFM) through cmark-gfm: the one place
/// where `recit` parses Markdown.
///
/// Characters XML forbids are replaced first (`TextSanitizing`), so every writer gets text it
/// can write. Adjacent text nodes are merged (as `cmark_consolidate_text_nodes` would), then
/// cut at `@id` mentions (outside code) and `[[...]]` prompts, which become nodes of their own.
/// Each parse is reported to `ParseObserver` for the test that checks a build parses each body
/// once.
struct MarkupParser {
  /// The file the text comes from, and the file line of its first line.
  let file: String
  let firstLine: Int
  /// The text's lines, to turn cmark-gfm's byte columns into character columns.
  let lines: [[UInt8]]

  private init(text: String, file: String, firstLine: Int) {
    self.file = file
    self.firstLine = firstLine
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
  }

  /// The tree of `markdown`, whose first line is line `firstLine` of `file`.
  static func parse(_ markdown: String, file: String = "", firstLine: Int = 1) -> [Block] {
    parseWithinLimits(markdown, file: file, firstLine: firstLine).blocks
  }

  /// The tree of `markdown`, or, when the text goes over one of `MarkdownLimits`, one
  /// paragraph of the text as written and the `markdown-pathologique` diagnostic at the place
  /// the cap was passed: such a text is never walked (nor, for the text caps, parsed).
  static func parseWithinLimits(_ markdown: String, file: String = "", firstLine: Int = 1) -> (
    blocks: [Block], excess: Diagnostic?
  ) {
    ParseObserver.shared.noteParse(of: markdown)
    let text = TextSanitizing.replacingForbiddenCharacters(in: markdown)
    let parser = MarkupParser(text: text, file: file, firstLine: firstLine)
    func refused(_ limit: MarkdownLimits.Excess.Limit, at location: SourceLocation) -> (
      [Block], Diagnostic?
    ) {
      let diagnostic = Diagnostic(
        .pathologicalMarkdown, at: location, MarkdownLimits.message(for: limit),
        hint: MarkdownLimits.hint)
      let start = SourceLocation(file: file, line: firstLine, column: 1)
      return ([Block(.paragraph([.text(text)]), location: start)], diagnostic)
    }
    if let excess = MarkdownLimits.excess(in: text) {
      return refused(
        excess.limit,
        at: SourceLocation(file: file, line: excess.line + firstLine - 1, column: excess.column))
    }
    let tree = MarkdownTree(text)
    if let (node, _) = MarkdownLimits.nestingExcess(in: tree.root) {
      return withExtendedLifetime(tree) { refused(.nestingDepth, at: parser.location(of: node)) }
    }
    let blocks = withExtendedLifetime(tree) { parser.blocks(of: tree.root) }
    // cmark-gfm keeps no label on a definition: give each its number, as its calls have it.
    var number = 0
    let numbered = blocks.map { block in
      guard case .footnoteDefinition(_, let content) = block.content else { return block }
      number += 1
      return Block(
        .footnoteDefinition(label: String(number), content), attributes: block.attributes,
        location: block.location)
    }
    return (numbered, nil)
  }

  func blocks(of node: OpaquePointer) -> [Block] {
    CMarkNodes.children(of: node).compactMap(block)
  }

  private func block(_ node: OpaquePointer) -> Block? {
    let content: Block.Content
    switch cmark_node_get_type(node) {
    case CMARK_NODE_PARAGRAPH: content = .paragraph(inlines(of: node))
    case CMARK_NODE_HEADING:
      content = .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node))
    case CMARK_NODE_LIST: content = .list(list(node))
    case CMARK_NODE_BLOCK_QUOTE: content = .blockQuote(blocks(of: node))
    case CMARK_NODE_CODE_BLOCK:
      let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
      content = .codeBlock(info: info, code: CMarkNodes.literal(of: node))
    case CMARK_NODE_HTML_BLOCK: content = .htmlBlock(CMarkNodes.literal(of: node))
    case CMARK_NODE_THEMATIC_BREAK: content = .thematicBreak
    case CMARK_NODE_FOOTNOTE_DEFINITION:
      content = .footnoteDefinition(label: "", blocks(of: node))
    case recit_node_table(): content = .table(table(node))
    default: return nil
    }
    return Block(content, location: location(of: node))
  }

  private func list(_ node: OpaquePointer) -> MarkupList {
    MarkupList(
      ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
      start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0,
      items: CMarkNodes.children(of: node).map { item in
        MarkupList.Item(
          task: CMarkNodes.isTaskItem(item)
            ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil,
          blocks: blocks(of: item))
      })
  }

  /// A GFM table; cmark-gfm always has a header row and pads short rows to its width.
  private func table(_ node: OpaquePointer) -> MarkupTable {
    let columns = Int(cmark_gfm_extensions_get_table_columns(node))
    let raw = cmark_gfm_extensions_get_table_alignments(node)
    let alignments: [MarkupTable.Alignment?] = (0..<columns).map { column in
      switch raw.map({ UnicodeScalar($0[column]) }) {
      case "l": .left
      case "c": .center
      case "r": .right
      default: nil
      }
    }
    var header = MarkupTable.Row([])
    var rows: [MarkupTable.Row] = []
    for row in CMarkNodes.children(of: node) {
      let cells = MarkupTable.Row(
        CMarkNodes.children(of: row).map { MarkupTable.Cell(inlines(of: $0)) })
      if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
        header = cells
      } else {
        rows.append(cells)
      }
    }
    return MarkupTable(alignments: alignments, header: header, rows: rows)
  }

  /// Where a node starts, in characters of the file.
  func location(of node: OpaquePointer, byteOffset: Int = 0) -> SourceLocation {
    let line = Int(cmark_node_get_start_line(node))
    let byteColumn = Int(cmark_node_get_start_column(node))
    var column = 1
    if line >= 1, line <= lines.count, byteColumn >= 1 {
      let bytes = lines[line - 1]
      let end = min(bytes.count, byteColumn - 1 + byteOffset)
      column = String(decoding: bytes[0..<end], as: UTF8.self).unicodeScalars.count + 1
    }
    return SourceLocation(file: file, line: line + firstLine - 1, column: column)
  }
}
