import CCMarkGFM
import RecitModel

extension MarkupParser {
  /// The inlines of a block or inline node, adjacent text nodes merged into one run.
  func inlines(of node: OpaquePointer) -> [Inline] {
    inlines(of: node, columns: ColumnCursor())
  }

  private func inlines(of node: OpaquePointer, columns: ColumnCursor) -> [Inline] {
    var result: [Inline] = []
    var run: [OpaquePointer] = []
    func flush() {
      if !run.isEmpty { result += textRun(run, columns: columns) }
      run = []
    }
    for child in CMarkNodes.children(of: node) {
      if cmark_node_get_type(child) == CMARK_NODE_TEXT {
        run.append(child)
        continue
      }
      flush()
      if let inline = inline(child, columns: columns) { result.append(inline) }
    }
    flush()
    return result
  }

  private func inline(_ node: OpaquePointer, columns: ColumnCursor) -> Inline? {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_SOFTBREAK: .softBreak
    case CMARK_NODE_LINEBREAK: .lineBreak
    case CMARK_NODE_CODE: .code(CMarkNodes.literal(of: node))
    case CMARK_NODE_HTML_INLINE: .html(CMarkNodes.literal(of: node))
    case CMARK_NODE_EMPH: .emphasis(inlines(of: node, columns: columns))
    case CMARK_NODE_STRONG: .strong(inlines(of: node, columns: columns))
    case CMARK_NODE_LINK:
      if let id = Mentions.id(ofLinkTo: CMarkNodes.url(of: node)) {
        // Located before its words, which move the cursor on.
        mention(id, at: location(of: node, byteOffset: 0, columns: columns), node, columns)
      } else {
        .link(
          destination: CMarkNodes.url(of: node), title: CMarkNodes.title(of: node),
          inlines(of: node, columns: columns))
      }
    case CMARK_NODE_IMAGE:
      .image(
        source: CMarkNodes.url(of: node), title: CMarkNodes.title(of: node),
        inlines(of: node, columns: columns))
    case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference(CMarkNodes.literal(of: node))
    case recit_node_strikethrough(): .strikethrough(inlines(of: node, columns: columns))
    default: nil
    }
  }

  private func mention(
    _ id: String, at location: SourceLocation, _ node: OpaquePointer, _ columns: ColumnCursor
  ) -> Inline {
    .mention(id: id, text: inlines(of: node, columns: columns), location: location)
  }

  /// One run of text nodes as text, `[[...]]` prompts and `@id` mentions; a node's location
  /// is that of the text node it starts in.
  ///
  /// Linear in the run's length: the node holding an offset is found by binary search, and
  /// columns are counted on from the last one located (`ColumnCursor`), not from the line's
  /// start, so a line of 200,000 mentions or prompts is not scanned once per mention.
  private func textRun(_ nodes: [OpaquePointer], columns: ColumnCursor) -> [Inline] {
    var starts: [(offset: Int, node: OpaquePointer)] = []
    var bytes: [UInt8] = []
    for node in nodes {
      starts.append((bytes.count, node))
      bytes += Array(CMarkNodes.literal(of: node).utf8)
    }
    func locate(_ offset: Int) -> SourceLocation {
      // The last start at or before `offset` (starts are in increasing offset order).
      var low = 0
      var high = starts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle].offset <= offset { low = middle } else { high = middle - 1 }
      }
      let start = starts[low]
      return location(of: start.node, byteOffset: offset - start.offset, columns: columns)
    }
    var result: [Inline] = []
    var textStart = 0
    func appendText(upTo end: Int) {
      guard end > textStart else { return }
      let base = textStart
      let text = String(decoding: bytes[base..<end], as: UTF8.self)
      for (id, offset) in Mentions.find(in: text) {
        let start = base + offset
        if start > textStart {
          result.append(.text(String(decoding: bytes[textStart..<start], as: UTF8.self)))
        }
        result.append(.mention(id: id, location: locate(start)))
        textStart = start + 1 + id.utf8.count
      }
      if end > textStart {
        result.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self)))
      }
      textStart = end
    }
    var index = 0
    let open = UInt8(ascii: "["), close = UInt8(ascii: "]")
    while index + 1 < bytes.count {
      guard bytes[index] == open, bytes[index + 1] == open else {
        index += 1
        continue
      }
      var end = index + 2
      while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
      guard end + 1 < bytes.count else { break }
      appendText(upTo: index)
      let words = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
      result.append(.placeholder(words, location: locate(index)))
      index = end + 2
      textStart = index
    }
    appendText(upTo: bytes.count)
    return result
  }

  /// `location(of:byteOffset:)`, counting columns on from `columns`' last position when it is
  /// on the same line and not after the offset (the usual case: inlines come in source order).
  private func location(of node: OpaquePointer, byteOffset: Int, columns: ColumnCursor)
    -> SourceLocation
  {
    let line = Int(cmark_node_get_start_line(node))
    let byteColumn = Int(cmark_node_get_start_column(node))
    guard line >= 1, line <= lines.count, byteColumn >= 1 else {
      return location(of: node, byteOffset: byteOffset)
    }
    let bytes = lines[line - 1]
    let end = min(bytes.count, byteColumn - 1 + byteOffset)
    if columns.line != line || columns.byte > end {
      columns.line = line
      columns.byte = 0
      columns.scalars = 0
    }
    // A scalar starts at every byte that is not a UTF-8 continuation byte (0b10xxxxxx).
    var count = columns.scalars
    for index in columns.byte..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
    columns.byte = end
    columns.scalars = count
    return SourceLocation(file: file, line: line + firstLine - 1, column: count + 1)
  }
}

/// Where column counting stopped within one block: a line, a byte offset in it and how many
/// Unicode scalars precede that offset.
final class ColumnCursor {
  var line = 0
  var byte = 0
  var scalars = 0
}
