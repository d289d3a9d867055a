import CCMarkGFM

/// Reading and building cmark-gfm nodes (opaque `cmark_node *` pointers) from Swift.
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

  /// Whether a link or image has a URL that safe mode keeps (not empty, not dangerous).
  static func hasUsableURL(_ node: OpaquePointer) -> Bool {
    let url = url(of: node)
    return !url.isEmpty && !SafeURL.isDangerous(url)
  }

  /// The name of an extension node (`"table"`, `"tasklist"`...), else cmark's own type name.
  static func typeName(of node: OpaquePointer) -> String {
    cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
  }

  /// Whether a GFM task-list item is checked.
  static func isTaskItem(_ node: OpaquePointer) -> Bool {
    cmark_node_get_type(node) == CMARK_NODE_ITEM && typeName(of: node) == "tasklist"
  }

  /// Whether the node sits inside a link or an image (where a mention must not become a link).
  static func isInsideLink(_ node: OpaquePointer) -> Bool {
    hasAncestor(node) { $0 == CMARK_NODE_LINK || $0 == CMARK_NODE_IMAGE }
  }

  /// Whether one of the node's ancestors has a type that `matches`.
  static func hasAncestor(_ node: OpaquePointer, where matches: (cmark_node_type) -> Bool) -> Bool {
    var parent = cmark_node_parent(node)
    while let current = parent {
      if matches(cmark_node_get_type(current)) { return true }
      parent = cmark_node_parent(current)
    }
    return false
  }

  /// The text of a node's descendants, as an image's alternative text.
  static func plainText(of node: OpaquePointer) -> String {
    children(of: node).map { child in
      switch cmark_node_get_type(child) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE: literal(of: child)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: " "
      default: plainText(of: child)
      }
    }.joined()
  }

  /// Puts `replacement` in the place of `node` and frees it; when the parent refuses one of the
  /// new nodes, frees them instead and keeps `node`.
  static func replace(_ node: OpaquePointer, with replacement: [OpaquePointer]) {
    var inserted: [OpaquePointer] = []
    for new in replacement {
      guard cmark_node_insert_before(node, new) != 0 else {
        (inserted + [new]).forEach {
          cmark_node_unlink($0); cmark_node_free($0)
        }
        replacement.dropFirst(inserted.count + 1).forEach { cmark_node_free($0) }
        return
      }
      inserted.append(new)
    }
    cmark_node_unlink(node)
    cmark_node_free(node)
  }

  /// A new text node.
  static func text(_ literal: String) -> OpaquePointer {
    let node = cmark_node_new(CMARK_NODE_TEXT)!
    cmark_node_set_literal(node, literal)
    return node
  }

  /// A new custom node whose HTML is `onEnter`, its children, then `onExit` (written raw:
  /// callers pass only markup they built from safe parts).
  static func custom(
    _ type: cmark_node_type, onEnter: String, onExit: String = ""
  ) -> OpaquePointer {
    let node = cmark_node_new(type)!
    cmark_node_set_on_enter(node, onEnter)
    cmark_node_set_on_exit(node, onExit)
    return node
  }
}
