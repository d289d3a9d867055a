import CLibXML2

/// A libxml2 tree built node by node for the comparison's HTML fragment and conflict graph.
///
/// Names, attribute values and text go into libxml2's tree as data and are escaped by
/// libxml2 when it writes: no markup is ever assembled from strings. Used by one thread at a
/// time; the document is freed with the value.
final class ComparisonXML {
  typealias Node = xmlNodePtr

  private let document: xmlDocPtr
  let root: Node

  /// A document whose root element is `name`, in `namespace` when one is given (SVG).
  init(root name: String, namespace: String? = nil) {
    xmlInitParser()
    document = xmlNewDoc(Self.chars("1.0"))
    root = xmlNewDocNode(document, nil, Self.chars(name), nil)
    xmlDocSetRootElement(document, root)
    if let namespace { xmlSetNs(root, xmlNewNs(root, Self.chars(namespace), nil)) }
  }

  deinit { xmlFreeDoc(document) }

  /// Appends an element (in its parent's namespace) with attributes and optional text.
  @discardableResult
  func element(
    _ name: String, in parent: Node, _ attributes: KeyValuePairs<String, String> = [:],
    text: String? = nil
  ) -> Node {
    let node: Node = xmlNewChild(parent, nil, Self.chars(name), nil)
    for (key, value) in attributes { set(key, value, on: node) }
    if let text { self.text(text, in: node) }
    return node
  }

  /// Sets an attribute; libxml2 escapes its value when writing.
  func set(_ name: String, _ value: String, on node: Node) {
    xmlSetProp(node, Self.chars(name), Self.chars(value))
  }

  /// Appends a text node; libxml2 escapes `<`, `>` and `&` when writing.
  func text(_ text: String, in parent: Node) {
    xmlAddChild(parent, xmlNewDocText(document, Self.chars(text)))
  }

  /// The whole document with its XML declaration (a standalone SVG file).
  func documentText() -> String { save(root: nil, options: XML_SAVE_FORMAT.rawValue) }

  /// The root element alone, without declaration and with no self-closed element, so that an
  /// HTML parser reads it as written.
  func fragmentText() -> String {
    save(
      root: root,
      options: XML_SAVE_FORMAT.rawValue | XML_SAVE_NO_DECL.rawValue | XML_SAVE_NO_EMPTY.rawValue
        | XML_SAVE_NO_XHTML.rawValue)
  }

  private func save(root: Node?, options: UInt32) -> String {
    let buffer = xmlBufferCreate()
    defer { xmlBufferFree(buffer) }
    let context = xmlSaveToBuffer(buffer, "UTF-8", Int32(options))
    if let root { xmlSaveTree(context, root) } else { xmlSaveDoc(context, document) }
    xmlSaveClose(context)
    var text = String(cString: xmlBufferContent(buffer))
    if !text.hasSuffix("\n") { text += "\n" }
    return text
  }

  /// A NUL-terminated UTF-8 copy, as libxml2's `xmlChar *` wants.
  private static func chars(_ text: String) -> [xmlChar] { Array(text.utf8) + [0] }
}
