import CCMarkGFM

/// Rewrites cmark-gfm's footnotes as custom nodes, to give them prefixed, numbered ids and
/// localized back links (cmark-gfm 0.29 derives ids from labels, with no prefix, in English).
///
/// cmark-gfm numbers references in order of first use, gives each reference its number as
/// literal, drops unused definitions and moves the others to the end in that order: the
/// definition of note N is the N-th definition node. Definitions are unlinked, not freed (their
/// moved children may point into their memory): the caller frees them after rendering.
struct HTMLFootnotes {
  let idPrefix: String
  let language: Language

  func rewrite(references: [OpaquePointer], definitions: [OpaquePointer]) {
    guard !definitions.isEmpty else { return }
    let prefix = HTMLEscaping.attribute(idPrefix)
    var uses = Array(repeating: 0, count: definitions.count)
    for reference in references {
      guard let number = Int(CMarkNodes.literal(of: reference)), number >= 1,
        number <= definitions.count
      else { continue }
      uses[number - 1] += 1
      let use = uses[number - 1]
      let id = "\(prefix)fnref-\(number)" + (use > 1 ? "-\(use)" : "")
      let html =
        "<sup class=\"footnote-ref\"><a href=\"#\(prefix)fn-\(number)\" id=\"\(id)\">"
        + "\(number)</a></sup>"
      CMarkNodes.replace(
        reference, with: [CMarkNodes.custom(CMARK_NODE_CUSTOM_INLINE, onEnter: html)])
    }
    let label = language == .fr ? "Notes" : "Footnotes"
    let section = CMarkNodes.custom(
      CMARK_NODE_CUSTOM_BLOCK,
      onEnter: "<section class=\"footnotes\" aria-label=\"\(label)\">\n<ol>",
      onExit: "</ol>\n</section>")
    cmark_node_insert_before(definitions[0], section)
    for (index, definition) in definitions.enumerated() {
      let number = index + 1
      let item = CMarkNodes.custom(
        CMARK_NODE_CUSTOM_BLOCK, onEnter: "<li id=\"\(prefix)fn-\(number)\">", onExit: "</li>")
      CMarkNodes.children(of: definition).forEach { cmark_node_append_child(item, $0) }
      addBackLinks(to: item, number: number, uses: uses[index], prefix: prefix)
      cmark_node_append_child(section, item)
      cmark_node_unlink(definition)
    }
  }

  /// Appends a `↩` link to each use of the note, in its last paragraph.
  private func addBackLinks(to item: OpaquePointer, number: Int, uses: Int, prefix: String) {
    let back = language == .fr ? "Retour à l’appel de note" : "Back to reference"
    let links = (1...max(uses, 1)).map { use in
      let id = "\(prefix)fnref-\(number)" + (use > 1 ? "-\(use)" : "")
      let name = use > 1 ? "\(back) \(number) (\(use))" : "\(back) \(number)"
      return "<a href=\"#\(id)\" class=\"footnote-backref\" aria-label=\"\(name)\">↩"
        + (use > 1 ? "<sup>\(use)</sup>" : "") + "</a>"
    }
    let inline = CMarkNodes.custom(
      CMARK_NODE_CUSTOM_INLINE, onEnter: " " + links.joined(separator: " "))
    if let last = cmark_node_last_child(item), cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH {
      cmark_node_append_child(last, inline)
    } else {
      let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
      cmark_node_append_child(paragraph, inline)
      cmark_node_append_child(item, paragraph)
    }
  }
}
