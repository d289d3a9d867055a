import CLibXML2
import RecitModel

extension DocBookWriter {
  mutating func visitText(_ text: String) { parent.appendText(text) }
  mutating func visitSoftBreak() { parent.appendText("\n") }

  mutating func visitLineBreak() {
    xmlAddChild(parent, xmlNewDocPI(parent.pointee.doc, "asciidoc-br", nil))
    parent.appendText("\n")
  }

  mutating func visitCode(_ code: String) { parent.appendElement("code").appendText(code) }

  mutating func visitEmphasis(_ content: [Inline]) {
    if isDeep { return visit(content) }
    inside(parent.appendElement("emphasis")) { $0.visit(content) }
  }

  mutating func visitStrong(_ content: [Inline]) { emphasis("strong", content) }
  mutating func visitStrikethrough(_ content: [Inline]) { emphasis("strikethrough", content) }

  private mutating func emphasis(_ role: String, _ content: [Inline]) {
    if isDeep { return visit(content) }
    let element = parent.appendElement("emphasis")
    element.setAttribute("role", role)
    inside(element) { $0.visit(content) }
  }

  mutating func visitLink(destination: String, title: String, _ content: [Inline]) {
    if isDeep { return visit(content) }
    let link = parent.appendElement("link")
    link.setAttribute(
      "href", URIReference.encoded(SafeURL.sanitized(destination)), namespace: xlink)
    if !title.isEmpty { link.setAttribute("title", title, namespace: xlink) }
    let wasInLink = inLink
    inLink = true
    inside(link) { $0.visit(content) }
    inLink = wasInLink
  }

  /// A mention of a known actor as `personname`, `orgname` or `phrase` around its words (the
  /// link's text, else the short form or name); else its words (`@id` for a bare one).
  /// `personname` and `orgname` take text only: words with formatting (`[les *jeunes*](@id)`)
  /// go into a `phrase`, which takes every inline.
  mutating func visitMention(id: String, text: [Inline]?, location: SourceLocation?) {
    guard !inLink, !isDeep, let shown = body.names[id] else {
      if let text { return visit(text) }
      return parent.appendText("@" + id)
    }
    let plain = (text ?? []).allSatisfy {
      if case .text = $0 { return true }
      return $0 == .softBreak
    }
    let name: String
    switch plain ? body.natures[id] : nil {
    case .person: name = "personname"
    case .collective, .institution: name = "orgname"
    case .thing, .idea, nil: name = "phrase"
    }
    let element = parent.appendElement(name)
    element.setAttribute("role", "acteur")
    guard let text else { return element.appendText(shown) }
    let wasInLink = inLink
    inLink = true
    inside(element) { $0.visit(text) }
    inLink = wasInLink
  }

  mutating func visitPlaceholder(_ words: String, location: SourceLocation?) {
    parent.appendText("[[" + words + "]]")
  }

  /// `inlinemediaobject` with the URL and the alternative text as a `textobject`; an image
  /// whose URL is empty or dangerous is only its alternative text.
  mutating func visitImage(source: String, title: String, _ content: [Inline]) {
    let alternative = PlainText.of(content)
    guard !source.isEmpty, !SafeURL.isDangerous(source) else {
      return parent.appendText(alternative)
    }
    let media = parent.appendElement("inlinemediaobject")
    let data = media.appendElement("imageobject").appendElement("imagedata")
    data.setAttribute("fileref", URIReference.encoded(source))
    if !alternative.isEmpty {
      media.appendElement("textobject").appendElement("phrase").appendText(alternative)
    }
  }

  /// A `<footnote>` with the note's blocks; a second call of the same note is a
  /// `<footnoteref>`, and a call inside a note (which DocBook forbids) a superscript number.
  mutating func visitFootnoteReference(_ label: String) {
    guard let number = Int(label), number >= 1, number <= footnotes.count, footnoteDepth == 0
    else {
      return parent.appendElement("superscript").appendText(label)
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
    writeBlocks(footnotes[number - 1], into: footnote)
    footnoteDepth -= 1
  }
}
