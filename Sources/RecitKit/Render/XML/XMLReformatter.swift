import CLibXML2

/// Parses an XML document safely and writes it back with libxml2: UTF-8, indented.
///
/// Meant for documents a template renders as text: parse, then write back cleanly. Only
/// elements whose content can hold no text (`elementOnly`, by default DocBook's structural
/// elements) are re-indented; everything inside a paragraph, title or other mixed content is
/// written exactly as parsed, so no whitespace is ever added between inline elements (which
/// libxml2's own indenting would do to `<para><emphasis>a</emphasis><code>b</code></para>`).
public enum XMLReformatter {
  /// The text is not well-formed XML.
  public struct ParseFailure: Error, CustomStringConvertible {
    public var problems: [XMLProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
  }

  /// `document` parsed and written back with two-space indentation and an XML declaration.
  ///
  /// The document is streamed (libxml2's reader: memory follows the largest paragraph, not the
  /// document, so a book of thousands of chapters never exists as one tree); a document that is
  /// not well-formed, or whose element-only elements hold text, goes through the whole tree
  /// instead, which words the problems and keeps such elements as written.
  public static func reformat(
    _ document: String, elementOnly: Set<String> = DocBookStructure.elementOnly
  ) throws(ParseFailure) -> String {
    if let streamed = StreamingReformatter.reformat(document, elementOnly: elementOnly) {
      return streamed
    }
    return try reformatThroughTree(document, elementOnly: elementOnly)
  }

  /// The same result as ``reformat(_:elementOnly:)``, from the whole document parsed as one tree.
  static func reformatThroughTree(
    _ document: String, elementOnly: Set<String> = DocBookStructure.elementOnly
  ) throws(ParseFailure) -> String {
    let collector = XMLErrorCollector()
    guard let tree = SafeXMLParser.parse(document, collector: collector),
      let root = xmlDocGetRootElement(tree.document)
    else { throw ParseFailure(problems: collector.problems) }
    indent(root, depth: 0, elementOnly: elementOnly)
    return LibXML.serialize(document: tree.document, indent: false)
  }

  private static func indent(_ element: xmlNodePtr, depth: Int, elementOnly: Set<String>) {
    guard elementOnly.contains(element.localName) else { return }
    var children: [xmlNodePtr] = []
    var child = element.pointee.children
    while let node = child {
      child = node.pointee.next
      if node.pointee.type == XML_TEXT_NODE {
        // Text in an element-only element is blank (or the document is invalid): drop it,
        // unless it is not blank, in which case the element is left as written.
        guard isBlank(node) else { return }
        continue
      }
      children.append(node)
    }
    guard !children.isEmpty else { return }
    var text = element.pointee.children
    while let node = text {
      text = node.pointee.next
      if node.pointee.type == XML_TEXT_NODE {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
      }
    }
    let inner = "\n" + String(repeating: "  ", count: depth + 1)
    for node in children {
      xmlAddPrevSibling(node, xmlNewDocText(element.pointee.doc, inner))
      if node.pointee.type == XML_ELEMENT_NODE {
        indent(node, depth: depth + 1, elementOnly: elementOnly)
      }
    }
    let closing = "\n" + String(repeating: "  ", count: depth)
    xmlAddChild(element, xmlNewDocText(element.pointee.doc, closing))
  }

  private static func isBlank(_ node: xmlNodePtr) -> Bool {
    guard let content = node.pointee.content else { return true }
    return String(cString: content).allSatisfy {
      $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r"
    }
  }
}
