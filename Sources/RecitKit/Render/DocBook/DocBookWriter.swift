import CLibXML2
import RecitModel

/// Walks one tree and writes DocBook blocks and sections (see `DocBookBody`) into `parent`,
/// the element being filled; one writer per body, as it tracks footnotes.
struct DocBookWriter: MarkupWalker {
  let body: DocBookBody
  let xlink: xmlNsPtr?
  /// The element the next node goes into.
  var parent: xmlNodePtr
  /// Footnote definitions in number order (first call first).
  let footnotes: [[Block]]
  /// How many times each note number is called in the whole body.
  let footnoteCalls: [Int: Int]
  var footnotesWritten: Set<Int> = []
  var footnoteDepth = 0
  /// Inside a link, mentions stay text.
  var inLink = false

  init(body: DocBookBody, blocks: [Block], parent: xmlNodePtr, xlink: xmlNsPtr?) {
    self.body = body
    self.parent = parent
    self.xlink = xlink
    footnotes = blocks.compactMap {
      if case .footnoteDefinition(_, let content) = $0.content { return content }
      return nil
    }
    footnoteCalls = FootnoteCalls.count(in: blocks)
  }

  /// How deep in the document elements may nest before wrappers are dropped: libxml2 refuses
  /// to read back a document nested past 256 levels (its `XML_PARSE_HUGE` limit aside), and the
  /// layouts add a few levels around the body. Past it, a block quote or list writes its blocks
  /// straight into its container and emphasis, links and mentions write only their words, so
  /// Markdown nested 300 levels deep still gives a valid document with all of its text.
  static let maximumDepth = 200

  /// Whether `parent` is at `maximumDepth` or deeper (walks up at most that far).
  var isDeep: Bool {
    var depth = 0
    var node: xmlNodePtr? = parent
    while let current = node, current.pointee.type == XML_ELEMENT_NODE {
      depth += 1
      if depth >= Self.maximumDepth { return true }
      node = current.pointee.parent
    }
    return false
  }

  /// Runs `work` with `element` as the parent, then returns to the current one.
  mutating func inside(_ element: xmlNodePtr, _ work: (inout Self) -> Void) {
    let saved = parent
    parent = element
    work(&self)
    parent = saved
  }

  /// Writes the whole body; top-level headings (divisions opened) open nested sections.
  mutating func writeDocument(_ blocks: [Block]) {
    let root = parent
    var open: [(level: Int, section: xmlNodePtr)] = []
    for block in Self.flattened(blocks) {
      guard case .heading(let level, let content) = block.content else {
        inside(open.last?.section ?? root) { $0.visit(block) }
        continue
      }
      while let last = open.last, last.level >= level {
        ensureContent(last.section, besides: 1)
        open.removeLast()
      }
      let section = (open.last?.section ?? root).appendElement("section")
      // A heading's own id (made XML-safe by whoever gave it) names its section, prefixed as
      // every id this body defines.
      if let id = block.attributes.id {
        section.setAttribute(
          "id", body.idPrefix + id, namespace: xmlSearchNs(section.pointee.doc, section, "xml"))
      }
      inside(section.appendElement("title")) { $0.visit(content) }
      open.append((level, section))
    }
    open.forEach { ensureContent($0.section, besides: 1) }
  }

  private static func flattened(_ blocks: [Block]) -> [Block] {
    blocks.flatMap { block in
      if case .division(let children) = block.content { return flattened(children) }
      return [block]
    }
  }

  /// Writes blocks where sections are not allowed (list items, quotes, footnotes).
  mutating func writeBlocks(_ blocks: [Block], into element: xmlNodePtr) {
    inside(element) { $0.visit(blocks) }
    ensureContent(element, besides: 0)
  }

  mutating func visitParagraph(_ content: [Inline], block: Block) {
    inside(parent.appendElement("para")) { $0.visit(content) }
  }

  /// A heading where sections are not allowed.
  mutating func visitHeading(level: Int, _ content: [Inline], block: Block) {
    inside(parent.appendElement("bridgehead")) { $0.visit(content) }
  }

  mutating func visitBlockQuote(_ blocks: [Block], block: Block) {
    if isDeep { return visit(blocks) }
    writeBlocks(blocks, into: parent.appendElement("blockquote"))
  }

  /// `programlisting`, with its `language`.
  mutating func visitCodeBlock(info: String, code: String, block: Block) {
    let listing = parent.appendElement("programlisting")
    if let language = info.split(separator: " ").first {
      listing.setAttribute("language", String(language))
    }
    listing.appendText(code.hasSuffix("\n") ? String(code.dropLast()) : code)
  }

  /// Written where they are called.
  mutating func visitFootnoteDefinition(label: String, _ blocks: [Block], block: Block) {}

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
