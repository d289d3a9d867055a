import CCMarkGFM
import CLibXML2

/// Walks one cmark-gfm tree and writes DocBook blocks and sections (see `DocBookBody`).
///
/// A reference type because it tracks footnotes while walking; one writer per body.
final class DocBookWriter {
  let body: DocBookBody
  let markdown: MarkdownTree
  let xlink: xmlNsPtr?
  /// Footnote definitions in number order (cmark-gfm's order: first call first).
  let footnotes: [OpaquePointer]
  /// How many times each note number is called in the whole body.
  let footnoteCalls: [Int: Int]
  var footnotesWritten: Set<Int> = []
  var footnoteDepth = 0

  init(body: DocBookBody, markdown: MarkdownTree, xlink: xmlNsPtr?) {
    self.body = body
    self.markdown = markdown
    self.xlink = xlink
    var definitions: [OpaquePointer] = []
    var calls: [Int: Int] = [:]
    markdown.walk { node, type in
      if type == CMARK_NODE_FOOTNOTE_DEFINITION { definitions.append(node) }
      if type == CMARK_NODE_FOOTNOTE_REFERENCE, let number = Int(CMarkNodes.literal(of: node)) {
        calls[number, default: 0] += 1
      }
    }
    footnotes = definitions
    footnoteCalls = calls
  }

  /// Writes the whole body; top-level headings open nested sections.
  func writeDocument(into parent: xmlNodePtr) {
    var open: [(level: Int, section: xmlNodePtr)] = []
    for node in CMarkNodes.children(of: markdown.root) {
      guard cmark_node_get_type(node) == CMARK_NODE_HEADING else {
        writeBlock(node, into: open.last?.section ?? parent)
        continue
      }
      let level = Int(cmark_node_get_heading_level(node))
      while let last = open.last, last.level >= level {
        ensureContent(last.section, besides: 1)
        open.removeLast()
      }
      let section = (open.last?.section ?? parent).appendElement("section")
      writeInlines(of: node, into: section.appendElement("title"))
      open.append((level, section))
    }
    open.forEach { ensureContent($0.section, besides: 1) }
  }

  /// Writes blocks where sections are not allowed (list items, quotes, footnotes).
  func writeBlocks(of node: OpaquePointer, into parent: xmlNodePtr) {
    for child in CMarkNodes.children(of: node) { writeBlock(child, into: parent) }
    ensureContent(parent, besides: 0)
  }

  /// One block: `para`, `bridgehead`, a list, `blockquote`, `programlisting` (with its
  /// `language`), `informaltable`; raw HTML, thematic breaks and note definitions write nothing.
  func writeBlock(_ node: OpaquePointer, into parent: xmlNodePtr) {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_PARAGRAPH:
      writeInlines(of: node, into: parent.appendElement("para"))
    case CMARK_NODE_HEADING:
      writeInlines(of: node, into: parent.appendElement("bridgehead"))
    case CMARK_NODE_LIST:
      writeList(node, into: parent)
    case CMARK_NODE_BLOCK_QUOTE:
      writeBlocks(of: node, into: parent.appendElement("blockquote"))
    case CMARK_NODE_CODE_BLOCK:
      let listing = parent.appendElement("programlisting")
      let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
      if let language = info.split(separator: " ").first {
        listing.setAttribute("language", String(language))
      }
      var code = CMarkNodes.literal(of: node)
      if code.hasSuffix("\n") { code.removeLast() }
      listing.appendText(code)
    case recit_node_table():
      writeTable(node, into: parent)
    case CMARK_NODE_CUSTOM_BLOCK:
      for child in CMarkNodes.children(of: node) { writeBlock(child, into: parent) }
    default:
      // Raw HTML, thematic breaks, and footnote definitions (written where they are called).
      break
    }
  }

  /// Adds an empty `<para/>` when `element` has no element children beyond the first `count`
  /// (a section's title), as DocBook requires at least one block.
  func ensureContent(_ element: xmlNodePtr, besides count: Int) {
    var elements = 0
    var child = element.pointee.children
    while let node = child {
      if node.pointee.type == XML_ELEMENT_NODE { elements += 1 }
      child = node.pointee.next
    }
    if elements <= count { element.appendElement("para") }
  }
}
