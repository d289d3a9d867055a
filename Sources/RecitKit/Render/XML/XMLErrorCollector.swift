import CLibXML2

/// Gathers libxml2's errors as `XMLProblem`s instead of letting it print them.
///
/// libxml2 reports through two channels: the handler of a validation context, and the calling
/// thread's structured error handler (parse errors, ID/IDREF errors). `collecting` installs this
/// collector as the latter for the duration of a call and restores the previous handler, so it
/// never leaks into other code on the thread. `context` and `handler` serve the former.
final class XMLErrorCollector {
  private(set) var problems: [XMLProblem] = []

  /// The C callback; its context is an unretained `XMLErrorCollector`.
  static let handler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
  }

  /// This collector as an opaque pointer for libxml2; valid while the collector lives.
  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// Runs `body` with this collector as the thread's structured error handler.
  func collecting<Result>(_ body: () throws -> Result) rethrows -> Result {
    let previous = recit_xml_structured_error()
    let previousContext = recit_xml_structured_error_context()
    xmlSetStructuredErrorFunc(context, Self.handler)
    defer { xmlSetStructuredErrorFunc(previousContext, previous) }
    return try withExtendedLifetime(self) { try body() }
  }

  /// Records a problem given by the caller (one libxml2 did not word).
  func add(_ problem: XMLProblem) {
    if !problems.contains(problem) { problems.append(problem) }
  }

  /// `/article/section[2]/para`: local names, with a position among same-named siblings when
  /// there are several (libxml2's `xmlGetNodePath` writes `/*/*[2]` for namespaced elements).
  static func path(of node: xmlNodePtr) -> String {
    var steps: [String] = []
    var current: xmlNodePtr? = node
    while let element = current, element.pointee.type == XML_ELEMENT_NODE {
      let name = element.localName
      var position = 1
      var total = 0
      var sibling = element.pointee.parent?.pointee.children
      while let other = sibling {
        if other.pointee.type == XML_ELEMENT_NODE, other.localName == name {
          total += 1
          if other == element { position = total }
        }
        sibling = other.pointee.next
      }
      steps.append(total > 1 ? "\(name)[\(position)]" : name)
      current = element.pointee.parent
    }
    return "/" + steps.reversed().joined(separator: "/")
  }

  private func record(_ error: xmlError) {
    let severity: XMLProblem.Severity
    switch error.level {
    case XML_ERR_WARNING: severity = .warning
    case XML_ERR_FATAL: severity = .fatal
    case XML_ERR_NONE: return
    default: severity = .error
    }
    var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    while message.last?.isWhitespace == true { message.removeLast() }
    let path = error.node.map { Self.path(of: $0.assumingMemoryBound(to: xmlNode.self)) }
    let isParseError = error.domain == Int32(XML_FROM_PARSER.rawValue)
    add(
      XMLProblem(
        severity: severity, line: error.line > 0 ? Int(error.line) : nil,
        column: isParseError && error.int2 > 0 ? Int(error.int2) : nil, path: path,
        message: message))
  }
}
