import CYaml
import RecitModel

/// Reads a YAML front matter into `YAMLNode`s from libyaml's event stream.
///
/// `Yams.compose` is not used here on purpose: it expands aliases (a 307-byte alias bomb walks
/// millions of nodes), hashes whole subtrees to find duplicate keys (50 s for an alias used as
/// a key), reports a duplicate at the first key, and stops at the first problem. Reading the
/// events of the same libyaml that Yams wraps lets us refuse anchors and aliases as they come,
/// report a duplicate at the second key and keep the first value, and cap depth and size.
struct YAMLReader {
  /// How deep nesting may go before the reader refuses the document.
  static let maximumDepth = 64
  /// How many nodes a front matter may hold.
  static let maximumNodes = 100_000

  let file: String
  /// The file line of the YAML text's first line.
  let firstLine: Int

  /// Parses `text`; returns the root (nil when empty or unreadable) and the problems met.
  func read(_ text: String) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
    var bytes = Array(text.utf8)
    if bytes.isEmpty { return (nil, []) }
    bytes.append(0)
    return bytes.withUnsafeBufferPointer { buffer in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return (nil, []) }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count - 1)
      var composer = Composer(reader: self, parser: parser)
      let root = composer.document()
      parser = composer.parser
      return (root, composer.diagnostics)
    }
  }

  func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(file: file, line: Int(mark.line) + firstLine, column: Int(mark.column) + 1)
  }
}

/// Builds nodes from events; stops at the first syntax error or refused construct.
private struct Composer {
  let reader: YAMLReader
  var parser: yaml_parser_t
  var diagnostics: [Diagnostic] = []
  var nodes = 0
  var failed = false

  init(reader: YAMLReader, parser: yaml_parser_t) {
    self.reader = reader
    self.parser = parser
  }

  mutating func document() -> YAMLNode? {
    guard var event = next(), event.type == YAML_STREAM_START_EVENT else { return nil }
    yaml_event_delete(&event)
    guard var start = next() else { return nil }
    defer { yaml_event_delete(&start) }
    guard start.type == YAML_DOCUMENT_START_EVENT else { return nil }
    guard var first = next() else { return nil }
    let root = node(from: &first, depth: 0)
    guard !failed, var end = next() else { return nil }
    yaml_event_delete(&end)
    if var extra = next() {
      if extra.type == YAML_DOCUMENT_START_EVENT {
        fail(
          at: reader.location(extra.start_mark),
          LocalizedText(
            fr: "un seul document YAML est attendu dans l'en-tête",
            en: "the front matter must hold a single YAML document"))
      }
      yaml_event_delete(&extra)
    }
    return failed ? nil : root
  }

  /// The next event, or nil after reporting a syntax error.
  private mutating func next() -> yaml_event_t? {
    var event = yaml_event_t()
    guard yaml_parser_parse(&parser, &event) == 1 else {
      reportSyntaxError()
      return nil
    }
    return event
  }

  private mutating func node(from event: inout yaml_event_t, depth: Int) -> YAMLNode? {
    defer { yaml_event_delete(&event) }
    let location = reader.location(event.start_mark)
    nodes += 1
    if nodes > YAMLReader.maximumNodes || depth > YAMLReader.maximumDepth {
      fail(
        at: location,
        LocalizedText(
          fr:
            "l'en-tête est trop grand ou trop imbriqué (au plus \(YAMLReader.maximumNodes) éléments, \(YAMLReader.maximumDepth) niveaux)",
          en:
            "the front matter is too large or too deeply nested (at most \(YAMLReader.maximumNodes) nodes, \(YAMLReader.maximumDepth) levels)"
        ))
      return nil
    }
    switch event.type {
    case YAML_ALIAS_EVENT:
      refuseAnchor(at: location, alias: true)
      return nil
    case YAML_SCALAR_EVENT:
      if event.data.scalar.anchor != nil { refuseAnchor(at: location, alias: false) }
      let scalar = event.data.scalar
      let text = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self
      )
      return YAMLNode(
        content: .scalar(text, style: style(scalar.style)),
        location: location)
    case YAML_SEQUENCE_START_EVENT:
      if event.data.sequence_start.anchor != nil { refuseAnchor(at: location, alias: false) }
      var items: [YAMLNode] = []
      while !failed, var item = next() {
        if item.type == YAML_SEQUENCE_END_EVENT {
          yaml_event_delete(&item)
          return YAMLNode(content: .sequence(items), location: location)
        }
        if let child = node(from: &item, depth: depth + 1) { items.append(child) }
      }
      return nil
    case YAML_MAPPING_START_EVENT:
      if event.data.mapping_start.anchor != nil { refuseAnchor(at: location, alias: false) }
      return mapping(at: location, depth: depth)
    default:
      return nil
    }
  }

  private func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: .quoted
    case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: .block
    default: .plain
    }
  }

  private mutating func mapping(at location: SourceLocation, depth: Int) -> YAMLNode? {
    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
    var seen: [String: SourceLocation] = [:]
    while !failed, var keyEvent = next() {
      if keyEvent.type == YAML_MAPPING_END_EVENT {
        yaml_event_delete(&keyEvent)
        return YAMLNode(content: .mapping(pairs), location: location)
      }
      guard let key = node(from: &keyEvent, depth: depth + 1), !failed,
        var valueEvent = next()
      else { return nil }
      guard let value = node(from: &valueEvent, depth: depth + 1) else { return nil }
      guard let name = key.scalar else {
        diagnostics.append(
          Diagnostic(
            .wrongType, at: key.location,
            LocalizedText(
              fr: "une clé doit être un texte, pas \(key.shape.fr)",
              en: "a key must be a text, not \(key.shape.en)")))
        continue
      }
      if let first = seen[name] {
        diagnostics.append(
          Diagnostic(
            .invalidYAML, at: key.location,
            LocalizedText(
              fr:
                "la clé « \(name) » est déjà donnée plus haut (ligne \(first.line)) ; seule la première compte",
              en:
                "the key “\(name)” is already given above (line \(first.line)); only the first one counts"
            ),
            hint: LocalizedText(
              fr: "supprimez l'une des deux ou fusionnez leurs valeurs",
              en: "remove one of them or merge their values")))
        continue
      }
      seen[name] = key.location
      pairs.append((key, value))
    }
    return nil
  }

  private mutating func refuseAnchor(at location: SourceLocation, alias: Bool) {
    fail(
      at: location,
      LocalizedText(
        fr: alias
          ? "les alias YAML (*nom) ne sont pas acceptés : recopiez la valeur"
          : "les ancres YAML (&nom) ne sont pas acceptées : recopiez la valeur là où elle sert",
        en: alias
          ? "YAML aliases (*name) are not accepted: write the value out"
          : "YAML anchors (&name) are not accepted: write the value out where it is used"))
  }

  private mutating func fail(at location: SourceLocation, _ message: LocalizedText) {
    guard !failed else { return }
    failed = true
    diagnostics.append(Diagnostic(.invalidYAML, at: location, message))
  }

  private mutating func reportSyntaxError() {
    let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
    let mark = parser.problem != nil ? parser.problem_mark : parser.context_mark
    var location = reader.location(mark)
    // libyaml reports UTF-8 decoding problems by byte offset only.
    if parser.error == YAML_READER_ERROR {
      location = SourceLocation(
        file: location.file, line: location.line, column: max(location.column, 1))
    }
    let context = parser.context.map { String(cString: $0) }
    fail(at: location, YAMLSyntaxMessages.message(problem: problem, context: context))
  }
}
