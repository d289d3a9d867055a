import CCMarkGFM

/// Reading cmark-gfm nodes (opaque `cmark_node *` pointers) from Swift, for `MarkupParser`.
enum CMarkNodes {
  static func children(of node: OpaquePointer) -> [OpaquePointer] {
    var result: [OpaquePointer] = []
    var child = cmark_node_first_child(node)
    while let current = child {
      result.append(current)
      child = cmark_node_next(current)
    }
    return result
  }

  static func literal(of node: OpaquePointer) -> String {
    cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
  }

  static func url(of node: OpaquePointer) -> String {
    cmark_node_get_url(node).map { String(cString: $0) } ?? ""
  }

  static func title(of node: OpaquePointer) -> String {
    cmark_node_get_title(node).map { String(cString: $0) } ?? ""
  }

  /// The name of an extension node (`"table"`, `"tasklist"`...), else cmark's own type name.
  static func typeName(of node: OpaquePointer) -> String {
    cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
  }

  /// Whether a node is a GFM task-list item.
  static func isTaskItem(_ node: OpaquePointer) -> Bool {
    cmark_node_get_type(node) == CMARK_NODE_ITEM && typeName(of: node) == "tasklist"
  }
}
