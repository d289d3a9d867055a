import CCMarkGFM

/// Edits a parsed body before cmark-gfm renders it to HTML: mentions, headings, task items,
/// footnotes (see `HTMLBody`).
struct HTMLTreeEditor {
  let body: HTMLBody

  /// Edits the tree; returns the nodes taken out of it, to free once the tree is rendered.
  func edit(_ tree: MarkdownTree) -> [OpaquePointer] {
    cmark_consolidate_text_nodes(tree.root)
    var tables: [OpaquePointer] = []
    var images: [OpaquePointer] = []
    tree.walk { node, type in
      if type == recit_node_table() { tables.append(node) }
      if type == CMARK_NODE_IMAGE, !CMarkNodes.hasUsableURL(node),
        !CMarkNodes.hasAncestor(node, where: { $0 == CMARK_NODE_IMAGE })
      {
        images.append(node)
      }
    }
    tables.forEach(HTMLTables.rebuild)
    // `<img src="">` is invalid HTML: an image whose URL is empty or blanked becomes its text
    // (an image inside it, possible in CommonMark, goes with it).
    for image in images {
      CMarkNodes.replace(image, with: [CMarkNodes.text(CMarkNodes.plainText(of: image))])
    }
    var headings: [OpaquePointer] = []
    var texts: [OpaquePointer] = []
    var tasks: [OpaquePointer] = []
    var references: [OpaquePointer] = []
    var definitions: [OpaquePointer] = []
    let known = { (id: String) in body.names[id] != nil }
    tree.walk { node, type in
      switch type {
      case CMARK_NODE_HEADING: headings.append(node)
      case CMARK_NODE_TEXT:
        if MentionSegment.containsMention(CMarkNodes.literal(of: node), known: known),
          !CMarkNodes.isInsideLink(node)
        {
          texts.append(node)
        }
      case CMARK_NODE_ITEM where CMarkNodes.isTaskItem(node): tasks.append(node)
      case CMARK_NODE_FOOTNOTE_REFERENCE: references.append(node)
      case CMARK_NODE_FOOTNOTE_DEFINITION: definitions.append(node)
      default: break
      }
    }
    for heading in headings {
      let level = Int(cmark_node_get_heading_level(heading)) + body.headingOffset
      cmark_node_set_heading_level(heading, Int32(min(max(level, 1), 6)))
    }
    texts.forEach { linkMentions(in: $0, known: known) }
    tasks.forEach(addCheckbox)
    HTMLFootnotes(idPrefix: body.idPrefix, language: body.language)
      .rewrite(references: references, definitions: definitions)
    return tables + definitions
  }

  /// Replaces a text node by text and actor links.
  private func linkMentions(in node: OpaquePointer, known: (String) -> Bool) {
    let replacement = MentionSegment.split(CMarkNodes.literal(of: node), known: known).map {
      segment in
      switch segment {
      case .text(let text):
        return CMarkNodes.text(text)
      case .mention(let id):
        let link = CMarkNodes.custom(
          CMARK_NODE_CUSTOM_INLINE,
          onEnter: "<a class=\"acteur\" href=\"#\(HTMLBody.actorAnchorPrefix)\(id)\">",
          onExit: "</a>")
        cmark_node_append_child(link, CMarkNodes.text(body.names[id] ?? id))
        return link
      }
    }
    CMarkNodes.replace(node, with: replacement)
  }

  /// Renders a task item as a plain `<li>` that starts with a named, disabled checkbox
  /// (cmark-gfm's own checkbox has no accessible name).
  private func addCheckbox(to item: OpaquePointer) {
    let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
    cmark_node_set_syntax_extension(item, nil)
    let name: String
    switch body.language {
    case .fr: name = checked ? "fait" : "à faire"
    case .en: name = checked ? "done" : "to do"
    }
    let input =
      "<input type=\"checkbox\" disabled=\"\"\(checked ? " checked=\"\"" : "")"
      + " aria-label=\"\(name)\" /> "
    if let first = cmark_node_first_child(item), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH
    {
      cmark_node_prepend_child(first, CMarkNodes.custom(CMARK_NODE_CUSTOM_INLINE, onEnter: input))
    } else {
      cmark_node_prepend_child(item, CMarkNodes.custom(CMARK_NODE_CUSTOM_BLOCK, onEnter: input))
    }
  }
}
