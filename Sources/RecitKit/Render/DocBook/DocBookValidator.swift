import CLibXML2

/// Validates DocBook 5.0 documents against the official RELAX NG schema with libxml2.
///
/// The schema (Debian's `docbook5-xml`) is parsed once per validator and shared by every
/// validation it runs, from any thread (see `RelaxNGSchema` for why that is sound). Documents are
/// parsed safely (no network, no entity expansion, no DTD loading). Every problem libxml2 reports
/// is returned: parse errors with their line and column, validation errors with their line and
/// the element's path.
///
/// The same schema can be run with jing for better positions:
/// `jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng FILE.xml`.
public struct DocBookValidator: Sendable {
  /// Where Debian's `docbook5-xml` installs the RELAX NG schema.
  public static let schemaPath = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"

  /// The schema could not be loaded: validation is impossible, which is not the document's fault.
  public struct SchemaUnavailable: Error, CustomStringConvertible {
    public var path: String
    public var problems: [XMLProblem]

    public var description: String {
      "cannot load the DocBook RELAX NG schema \(path): "
        + problems.map(\.description).joined(separator: "; ")
    }
  }

  private let schema: RelaxNGSchema

  /// Loads the schema (20–30 ms): make one validator and keep it.
  public init(schemaPath: String = DocBookValidator.schemaPath) {
    schema = RelaxNGSchema(path: schemaPath)
  }

  /// The problems of `document` (XML text); empty when it is well-formed and valid DocBook 5.0.
  public func validate(_ document: String) throws(SchemaUnavailable) -> [XMLProblem] {
    guard schema.schema != nil else {
      throw SchemaUnavailable(path: schema.path, problems: schema.problems)
    }
    let collector = XMLErrorCollector()
    guard let tree = SafeXMLParser.parse(document, collector: collector) else {
      return collector.problems
    }
    if xmlGetIntSubset(tree.document) != nil {
      collector.add(
        XMLProblem(
          severity: .error,
          message: "a DocBook 5 document has no DOCTYPE (its entities are never expanded)"))
    }
    if !schema.validate(tree, collector: collector), collector.problems.isEmpty {
      collector.add(XMLProblem(severity: .error, message: "the document does not match the schema"))
    }
    return collector.problems
  }
}
