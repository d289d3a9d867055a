import RecitModel

extension MarkdownWriter {
  /// Escaped text; the next text no longer starts a line.
  mutating func write(escaping text: String) {
    guard !text.isEmpty else { return }
    out += MarkdownEscaping.text(text, atLineStart: atLineStart)
    atLineStart = false
  }

  mutating func write(markup: String) {
    out += markup
    atLineStart = false
  }

  mutating func visitText(_ text: String) { write(escaping: text) }
  mutating func visitEmphasis(_ content: [Inline]) { wrap("*", content) }
  mutating func visitStrong(_ content: [Inline]) { wrap("**", content) }
  mutating func visitStrikethrough(_ content: [Inline]) { wrap("~~", content) }
  mutating func visitCode(_ code: String) { write(markup: MarkdownEscaping.codeSpan(code)) }
  /// Raw HTML is dropped, as the HTML writer drops it.
  mutating func visitHTML(_ html: String) {}

  mutating func visitSoftBreak() {
    out += "\n"
    atLineStart = true
  }

  mutating func visitLineBreak() {
    out += "\\\n"
    atLineStart = true
  }

  private mutating func wrap(_ delimiter: String, _ content: [Inline]) {
    write(markup: delimiter + inlines(content) + delimiter)
  }

  mutating func visitLink(destination: String, title: String, _ content: [Inline]) {
    linkDepth += 1
    let text = inlines(content)
    linkDepth -= 1
    let target = MarkdownEscaping.destination(SafeURL.sanitized(destination))
    let titled = title.isEmpty ? "" : " " + MarkdownEscaping.title(title)
    write(markup: "[\(text)](\(target)\(titled))")
  }

  /// An image, or its alternative text when its URL is empty or dangerous.
  mutating func visitImage(source: String, title: String, _ content: [Inline]) {
    let alternative = PlainText.of(content)
    guard !source.isEmpty, !SafeURL.isDangerous(source) else {
      return write(escaping: alternative)
    }
    let titled = title.isEmpty ? "" : " " + MarkdownEscaping.title(title)
    write(
      markup: "![\(MarkdownEscaping.text(alternative))](\(MarkdownEscaping.destination(source))"
        + "\(titled))")
  }

  mutating func visitFootnoteReference(_ label: String) {
    write(markup: "[^\(options.idPrefix)\(label)]")
  }

  /// The mention's words: the link's text of `[words](@id)`, else a known actor's short form
  /// or name (outside links); an unknown bare mention as written.
  mutating func visitMention(id: String, text: [Inline]?, location: SourceLocation?) {
    if let text { return visit(text) }
    guard linkDepth == 0, let name = options.names[id] else { return write(markup: "@" + id) }
    write(escaping: name)
  }

  mutating func visitPlaceholder(_ words: String, location: SourceLocation?) {
    write(escaping: "[[" + words + "]]")
  }
}
