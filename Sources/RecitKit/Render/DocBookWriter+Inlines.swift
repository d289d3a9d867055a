import CCMarkGFM
import CLibXML2

extension DocBookWriter {
  func writeInlines(of node: OpaquePointer, into parent: xmlNodePtr, inLink: Bool = false) {
    for child in CMarkNodes.children(of: node) { writeInline(child, into: parent, inLink: inLink) }
  }

  private func writeInline(_ node: OpaquePointer, into parent: xmlNodePtr, inLink: Bool) {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_TEXT:
      writeText(CMarkNodes.literal(of: node), into: parent, inLink: inLink)
    case CMARK_NODE_SOFTBREAK:
      parent.appendText("\n")
    case CMARK_NODE_LINEBREAK:
      xmlAddChild(parent, xmlNewDocPI(parent.pointee.doc, "asciidoc-br", nil))
      parent.appendText("\n")
    case CMARK_NODE_CODE:
      parent.appendElement("code").appendText(CMarkNodes.literal(of: node))
    case CMARK_NODE_EMPH:
      writeInlines(of: node, into: parent.appendElement("emphasis"), inLink: inLink)
    case CMARK_NODE_STRONG:
      writeInlines(of: node, into: emphasis("strong", in: parent), inLink: inLink)
    case recit_node_strikethrough():
      writeInlines(of: node, into: emphasis("strikethrough", in: parent), inLink: inLink)
    case CMARK_NODE_LINK:
      let link = parent.appendElement("link")
      link.setAttribute("href", SafeURL.sanitized(CMarkNodes.url(of: node)), namespace: xlink)
      let title = CMarkNodes.title(of: node)
      if !title.isEmpty { link.setAttribute("title", title, namespace: xlink) }
      writeInlines(of: node, into: link, inLink: true)
    case CMARK_NODE_IMAGE:
      writeImage(node, into: parent)
    case CMARK_NODE_FOOTNOTE_REFERENCE:
      writeFootnote(called: CMarkNodes.literal(of: node), into: parent)
    case CMARK_NODE_HTML_INLINE:
      break
    default:
      writeInlines(of: node, into: parent, inLink: inLink)
    }
  }

  private func emphasis(_ role: String, in parent: xmlNodePtr) -> xmlNodePtr {
    let element = parent.appendElement("emphasis")
    element.setAttribute("role", role)
    return element
  }

  /// Text with the mentions of known actors as `personname`, `orgname` or `phrase`.
  private func writeText(_ text: String, into parent: xmlNodePtr, inLink: Bool) {
    guard !inLink else { return parent.appendText(text) }
    for segment in MentionSegment.split(text, known: { body.names[$0] != nil }) {
      switch segment {
      case .text(let text):
        parent.appendText(text)
      case .mention(let id):
        let name: String
        switch body.natures[id] {
        case .personne: name = "personname"
        case .collectif, .institution: name = "orgname"
        case .chose, .idee, nil: name = "phrase"
        }
        let element = parent.appendElement(name)
        element.setAttribute("role", "acteur")
        element.appendText(body.names[id] ?? id)
      }
    }
  }

  /// `inlinemediaobject` with the URL and the alternative text as a `textobject`; an image
  /// whose URL is empty or dangerous is only its alternative text.
  private func writeImage(_ node: OpaquePointer, into parent: xmlNodePtr) {
    let alternative = CMarkNodes.plainText(of: node)
    guard CMarkNodes.hasUsableURL(node) else { return parent.appendText(alternative) }
    let media = parent.appendElement("inlinemediaobject")
    let data = media.appendElement("imageobject").appendElement("imagedata")
    data.setAttribute("fileref", CMarkNodes.url(of: node))
    if !alternative.isEmpty {
      media.appendElement("textobject").appendElement("phrase").appendText(alternative)
    }
  }

  /// A `<footnote>` with the note's blocks; a second call of the same note is a
  /// `<footnoteref>`, and a call inside a note (which DocBook forbids) a superscript number.
  private func writeFootnote(called literal: String, into parent: xmlNodePtr) {
    guard let number = Int(literal), number >= 1, number <= footnotes.count, footnoteDepth == 0
    else {
      return parent.appendElement("superscript").appendText(literal)
    }
    let id = "\(body.idPrefix)fn-\(number)"
    let xmlNamespace = xmlSearchNs(parent.pointee.doc, parent, "xml")
    guard footnotesWritten.insert(number).inserted else {
      return parent.appendElement("footnoteref").setAttribute("linkend", id)
    }
    let footnote = parent.appendElement("footnote")
    if footnoteCalls[number, default: 0] > 1 {
      footnote.setAttribute("id", id, namespace: xmlNamespace)
    }
    footnoteDepth += 1
    writeBlocks(of: footnotes[number - 1], into: footnote)
    footnoteDepth -= 1
  }
}
