import CLibXML2

/// Process-wide libxml2 set-up and string conversions.
enum LibXML {
  /// Initializes libxml2 once per process, as it asks before use from several threads.
  static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Copies a string libxml2 allocated, then frees it.
  static func takeString(_ chars: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let chars else { return nil }
    defer { recit_xml_free(chars) }
    return String(cString: chars)
  }

  /// One node serialized as libxml2 writes it, in UTF-8; `indent` lets libxml2 indent
  /// element-only content (never content that holds text).
  static func serialize(_ node: xmlNodePtr, indent: Bool = false) -> String {
    guard let buffer = xmlBufferCreate() else { return "" }
    defer { xmlBufferFree(buffer) }
    xmlNodeDump(buffer, node.pointee.doc, node, 0, indent ? 1 : 0)
    return String(cString: xmlBufferContent(buffer))
  }

  /// A whole document serialized in UTF-8 with its XML declaration; `indent` lets libxml2
  /// indent element-only content.
  static func serialize(document: xmlDocPtr, indent: Bool) -> String {
    var memory: UnsafeMutablePointer<xmlChar>?
    var size: Int32 = 0
    xmlDocDumpFormatMemoryEnc(document, &memory, &size, "UTF-8", indent ? 1 : 0)
    return takeString(memory) ?? ""
  }
}

/// A libxml2 document owned by Swift and freed when released.
final class XMLTree {
  let document: xmlDocPtr

  /// An empty document.
  init() {
    _ = LibXML.initialized
    document = xmlNewDoc("1.0")
  }

  /// Takes ownership of a parsed document.
  init(adopting document: xmlDocPtr) {
    self.document = document
  }

  deinit { xmlFreeDoc(document) }

  /// A new element that belongs to the document but to no parent yet.
  func element(_ name: String, namespace: xmlNsPtr?) -> xmlNodePtr {
    xmlNewDocNode(document, namespace, name, nil)
  }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
  /// Appends a child element; without `namespace` it takes its parent's.
  @discardableResult
  func appendElement(_ name: String, namespace: xmlNsPtr? = nil) -> xmlNodePtr {
    xmlNewChild(self, namespace, name, nil)
  }

  /// Appends a child element (in its parent's namespace) with attributes, in order, and text.
  @discardableResult
  func appendElement(
    _ name: String, _ attributes: KeyValuePairs<String, String>, text: String? = nil
  ) -> xmlNodePtr {
    let element = appendElement(name)
    for (key, value) in attributes { element.setAttribute(key, value) }
    if let text { element.appendText(text) }
    return element
  }

  /// Appends text, escaped on output, with characters XML forbids replaced.
  func appendText(_ text: String) {
    guard !text.isEmpty else { return }
    let node = xmlNewDocText(pointee.doc, TextSanitizing.replacingForbiddenCharacters(in: text))
    xmlAddChild(self, node)
  }

  /// Sets an attribute, escaped on output.
  func setAttribute(_ name: String, _ value: String, namespace: xmlNsPtr? = nil) {
    let clean = TextSanitizing.replacingForbiddenCharacters(in: value)
    if let namespace {
      xmlSetNsProp(self, namespace, name, clean)
    } else {
      xmlSetProp(self, name, clean)
    }
  }

  /// Sets several attributes, in order.
  func setAttributes(_ attributes: [(String, String)]) {
    for (name, value) in attributes { setAttribute(name, value) }
  }

  /// The element's local name.
  var localName: String { String(cString: pointee.name) }
}
