import CLibXML2
import Foundation

/// A RELAX NG schema parsed by libxml2, loaded once by its owner (a ``Workspace`` or a
/// ``DocBookValidator``) and shared by every validation it runs.
///
/// `@unchecked Sendable` is sound: the parsed schema is never changed after `init`, and each
/// validation creates its own validation context (`xmlRelaxNGNewValidCtxt`), which holds all of
/// the mutable state. libxml2 does not document this sharing, so it was checked: the program
/// `Tests/Fixtures/tools/relaxng-stress.c` validates valid and invalid DocBook articles from
/// several threads against one parsed schema, and valgrind's helgrind and drd report no race
/// on libxml2 2.9.14 (the test `RelaxNGSharingTests` runs it under both on every CI run), while
/// every verdict matches the sequential one; a planted race in the same program is reported by
/// both, so their silence means something. (Happens-before detectors can still miss a race
/// that libxml2's own locks happen to order in a given run.) No lock serialises validation.
final class RelaxNGSchema: @unchecked Sendable {
  let path: String
  /// Nil when the schema could not be read; `problems` then says why.
  let schema: xmlRelaxNGPtr?
  let problems: [XMLProblem]

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
    guard let schema, let context = xmlRelaxNGNewValidCtxt(schema) else { return false }
    defer { xmlRelaxNGFreeValidCtxt(context) }
    xmlRelaxNGSetValidStructuredErrors(context, XMLErrorCollector.handler, collector.context)
    let result = collector.collecting { xmlRelaxNGValidateDoc(context, tree.document) }
    return result == 0
  }
}
