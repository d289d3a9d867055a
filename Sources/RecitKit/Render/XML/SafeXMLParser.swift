import CLibXML2

/// Parses XML text with libxml2's safe options.
///
/// Only `XML_PARSE_NONET` is set: no network access, and never `NOENT` (entity expansion),
/// `DTDLOAD`, `DTDATTR`, `XINCLUDE` or `HUGE`, so external entities and DTDs are not read and
/// libxml2's limits against entity bombs stay on. Blank text is kept: it can be significant in
/// mixed content.
enum SafeXMLParser {
  static let options = Int32(XML_PARSE_NONET.rawValue)

  /// The parsed document, or nil when `text` is not well-formed; problems go to `collector`.
  static func parse(_ text: String, collector: XMLErrorCollector) -> XMLTree? {
    _ = LibXML.initialized
    let length = text.utf8.count
    guard length < Int(Int32.max) else {
      collector.add(XMLProblem(severity: .fatal, message: "document larger than 2 GB"))
      return nil
    }
    let document = collector.collecting {
      text.withCString { xmlReadMemory($0, Int32(length), nil, "UTF-8", options) }
    }
    guard let document else {
      if collector.problems.isEmpty {
        collector.add(XMLProblem(severity: .fatal, message: "document is not well-formed"))
      }
      return nil
    }
    return XMLTree(adopting: document)
  }
}
