import CLibXML2
import Foundation

/// A RELAX NG schema parsed by libxml2, kept for the life of the process.
///
/// The parsed schema is never changed after loading. Validations still take `lock`, one at a
/// time: libxml2 does not document RELAX NG validation against a shared schema as thread-safe,
/// and a 2 KB article validates in well under a millisecond.
final class RelaxNGSchema: @unchecked Sendable {
  /// Debian's `docbook5-xml` schema, parsed on first use.
  static let docBook = RelaxNGSchema(path: DocBookValidator.schemaPath)

  let path: String
  /// Nil when the schema could not be read; `problems` then says why.
  let schema: xmlRelaxNGPtr?
  let problems: [XMLProblem]
  private let lock = NSLock()

  init(path: String) {
    _ = LibXML.initialized
    self.path = path
    let collector = XMLErrorCollector()
    var parsed: xmlRelaxNGPtr?
    if FileManager.default.fileExists(atPath: path), let context = xmlRelaxNGNewParserCtxt(path) {
      xmlRelaxNGSetParserStructuredErrors(context, XMLErrorCollector.handler, collector.context)
      parsed = collector.collecting { xmlRelaxNGParse(context) }
      xmlRelaxNGFreeParserCtxt(context)
    } else {
      collector.add(XMLProblem(severity: .fatal, message: "schema file not found: \(path)"))
    }
    schema = parsed
    problems = collector.problems
  }

  deinit { if let schema { xmlRelaxNGFree(schema) } }

  /// Validates a parsed document; problems go to `collector`. Returns whether it is valid.
  func validate(_ tree: XMLTree, collector: XMLErrorCollector) -> Bool {
    guard let schema else { return false }
    return lock.withLock {
      guard let context = xmlRelaxNGNewValidCtxt(schema) else { return false }
      defer { xmlRelaxNGFreeValidCtxt(context) }
      xmlRelaxNGSetValidStructuredErrors(context, XMLErrorCollector.handler, collector.context)
      let result = collector.collecting { xmlRelaxNGValidateDoc(context, tree.document) }
      return result == 0
    }
  }
}
