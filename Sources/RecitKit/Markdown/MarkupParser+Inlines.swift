import CCMarkGFM
import RecitModel

extension MarkupParser {
  /// The inlines of a block or inline node, adjacent text nodes merged into one run.
  func inlines(of node: OpaquePointer) -> [Inline] {
    var result: [Inline] = []
    var run: [OpaquePointer] = []
    func flush() {
      if !run.isEmpty { result += textRun(run) }
      run = []
    }
    for child in CMarkNodes.children(of: node) {
      if cmark_node_get_type(child) == CMARK_NODE_TEXT {
        run.append(child)
        continue
      }
      flush()
      if let inline = inline(child) { result.append(inline) }
    }
    flush()
    return result
  }

  private func inline(_ node: OpaquePointer) -> Inline? {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_SOFTBREAK: .softBreak
    case CMARK_NODE_LINEBREAK: .lineBreak
    case CMARK_NODE_CODE: .code(CMarkNodes.literal(of: node))
    case CMARK_NODE_HTML_INLINE: .html(CMarkNodes.literal(of: node))
    case CMARK_NODE_EMPH: .emphasis(inlines(of: node))
    case CMARK_NODE_STRONG: .strong(inlines(of: node))
    case CMARK_NODE_LINK:
      if let id = Mentions.id(ofLinkTo: CMarkNodes.url(of: node)) {
        .mention(id: id, text: inlines(of: node), location: location(of: node))
      } else {
        .link(
          destination: CMarkNodes.url(of: node), title: CMarkNodes.title(of: node),
          inlines(of: node))
      }
    case CMARK_NODE_IMAGE:
      .image(
        source: CMarkNodes.url(of: node), title: CMarkNodes.title(of: node), inlines(of: node))
    case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference(CMarkNodes.literal(of: node))
    case recit_node_strikethrough(): .strikethrough(inlines(of: node))
    default: nil
    }
  }

  /// One run of text nodes as text, `[[...]]` prompts and `@id` mentions; a node's location
  /// is that of the text node it starts in.
  private func textRun(_ nodes: [OpaquePointer]) -> [Inline] {
    var starts: [(offset: Int, node: OpaquePointer)] = []
    var bytes: [UInt8] = []
    for node in nodes {
      starts.append((bytes.count, node))
      bytes += Array(CMarkNodes.literal(of: node).utf8)
    }
    func locate(_ offset: Int) -> SourceLocation {
      let start = starts.last { $0.offset <= offset } ?? starts[0]
      return location(of: start.node, byteOffset: offset - start.offset)
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
}
