import RecitModel

extension HTMLBody {
  /// The HTML fragment of text that nobody has vetted yet (a contribution awaiting its
  /// moderation): the same tree and the same safe writer, with nothing that acts: links show
  /// their words then their address as text, images their alternative text and address, raw
  /// HTML shows as the characters typed.
  public func renderInert(_ markdown: String) -> String {
    render(Inert.blocks(MarkupParser.parse(markdown)))
  }
}

/// The tree with every link, image and raw HTML turned into text.
enum Inert {
  static func blocks(_ blocks: [Block]) -> [Block] {
    blocks.map(block)
  }

  static func block(_ block: Block) -> Block {
    let content: Block.Content
    switch block.content {
    case .paragraph(let inlines): content = .paragraph(Self.inlines(inlines))
    case .heading(let level, let inlines): content = .heading(level: level, Self.inlines(inlines))
    case .list(let list):
      content = .list(
        MarkupList(
          ordered: list.ordered, start: list.start, tight: list.tight,
          items: list.items.map {
            MarkupList.Item(task: $0.task, blocks: blocks($0.blocks), attributes: $0.attributes)
          }))
    case .blockQuote(let inner): content = .blockQuote(blocks(inner))
    case .htmlBlock(let raw): content = .codeBlock(info: "", code: raw)
    case .table(let table):
      func row(_ row: MarkupTable.Row) -> MarkupTable.Row {
        MarkupTable.Row(
          row.cells.map { MarkupTable.Cell(inlines($0.content), isRowHeader: $0.isRowHeader) },
          attributes: row.attributes)
      }
      content = .table(
        MarkupTable(
          caption: table.caption.map(inlines), alignments: table.alignments,
          header: row(table.header), rows: table.rows.map(row)))
    case .footnoteDefinition(let label, let inner):
      content = .footnoteDefinition(label: label, blocks(inner))
    case .division(let inner): content = .division(blocks(inner))
    case .codeBlock, .thematicBreak: content = block.content
    }
    return Block(content, attributes: block.attributes, location: block.location)
  }

  static func inlines(_ inlines: [Inline]) -> [Inline] {
    inlines.flatMap(inline)
  }

  static func inline(_ inline: Inline) -> [Inline] {
    switch inline {
    case .emphasis(let inner): [.emphasis(inlines(inner))]
    case .strong(let inner): [.strong(inlines(inner))]
    case .strikethrough(let inner): [.strikethrough(inlines(inner))]
    case .link(let destination, _, let inner):
      inlines(inner) + (destination.isEmpty ? [] : [.text(" <"), .code(destination), .text(">")])
    case .image(let source, _, let inner):
      [.text("[")] + inlines(inner) + [.text("]")]
        + (source.isEmpty ? [] : [.text(" <"), .code(source), .text(">")])
    case .html(let raw): [.code(raw)]
    case .mention(let id, let text, let location):
      [.mention(id: id, text: text.map(inlines), location: location)]
    case .text, .code, .softBreak, .lineBreak, .footnoteReference, .placeholder: [inline]
    }
  }
}
