import CCMarkGFM

/// Rebuilds GFM tables from custom blocks before HTML rendering.
///
/// cmark-gfm's table cells accept only a fixed list of inline node types, not the custom inlines
/// the renderer uses for actor links and footnotes; custom blocks (table, row groups, rows) and
/// custom inlines (cells) accept them. Cells keep their inline nodes, moved as they are. The
/// output matches cmark-gfm's (`style` alignment), with `scope="col"` on header cells.
///
/// The cells' text may point into the table node's memory: the old table is unlinked, not freed,
/// and the caller frees it after rendering.
enum HTMLTables {
  static func rebuild(_ table: OpaquePointer) {
    let model = MarkdownTable(table)
    let element = block("<table>", "</table>")
    let head = block("<thead>", "</thead>")
    appendRow(model.header, to: head, model: model, header: true)
    cmark_node_append_child(element, head)
    if !model.rows.isEmpty {
      let body = block("<tbody>", "</tbody>")
      for row in model.rows { appendRow(row, to: body, model: model, header: false) }
      cmark_node_append_child(element, body)
    }
    cmark_node_insert_before(table, element)
    cmark_node_unlink(table)
  }

  private static func block(_ onEnter: String, _ onExit: String) -> OpaquePointer {
    CMarkNodes.custom(CMARK_NODE_CUSTOM_BLOCK, onEnter: onEnter, onExit: onExit)
  }

  /// Appends a `<tr>` whose cells take the inline children of `cells`.
  private static func appendRow(
    _ cells: [OpaquePointer], to parent: OpaquePointer, model: MarkdownTable, header: Bool
  ) {
    let row = block("<tr>", "</tr>")
    for (column, cell) in cells.enumerated() {
      let name = header ? "th" : "td"
      var attributes = header ? " scope=\"col\"" : ""
      if let alignment = model.alignment(ofColumn: column) {
        attributes += " style=\"text-align: \(alignment.name)\""
      }
      let element = CMarkNodes.custom(
        CMARK_NODE_CUSTOM_INLINE, onEnter: "<\(name)\(attributes)>", onExit: "</\(name)>")
      CMarkNodes.children(of: cell).forEach { cmark_node_append_child(element, $0) }
      cmark_node_append_child(row, element)
    }
    cmark_node_append_child(parent, row)
  }
}
