import CYaml
import RecitModel

/// Reads a YAML front matter into `YAMLNode`s from libyaml's event stream.
///
/// `Yams.compose` is not used here on purpose: it expands aliases (a 307-byte alias bomb walks
/// millions of nodes), hashes whole subtrees to find duplicate keys (50 s for an alias used as
/// a key), reports a duplicate at the first key, and stops at the first problem. Reading the
/// events of the same libyaml that Yams wraps lets us refuse anchors and aliases as they come,
/// report a duplicate at the second key and keep the first value, and cap depth and size.
///
/// Two slips of ordinary typing that libyaml refuses are repaired in memory and the text read
/// again (see ``YAMLRepair``): a tab used as indentation (read as spaces) and a colon inside a
/// plain value (`objet: Objectif : servir…`, read as the text it looks like). Each is reported
/// once, with a fix, at its place in the original text; the rest of the file is read.
struct YAMLReader {
  /// How deep nesting may go before the reader refuses the document.
  static let maximumDepth = 64
  /// How many nodes a front matter may hold.
  static let maximumNodes = 100_000
  /// How many colons one text may have repaired before the reader gives up.
  static let maximumRepairs = 64

  let file: String
  /// The file line of the YAML text's first line.
  let firstLine: Int
  /// Lines whose indentation was repaired (0-based line of the YAML text → widths), so that
  /// locations in the repaired text are given in the original one.
  fileprivate var indentation: [Int: YAMLRepair.Indentation] = [:]

  init(file: String, firstLine: Int) {
    self.file = file
    self.firstLine = firstLine
  }

  /// Parses `text`; returns the root (nil when empty or unreadable) and the problems met.
  func read(_ text: String) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
    let first = parse(text, original: text)
    guard first.root == nil, first.syntaxError != nil else {
      return (first.root, first.diagnostics)
    }
    var repair = YAMLRepair(text: text)
    var reader = self
    var repaired: [Diagnostic] = []
    var attempt = first
    // A tab after the first error cannot have caused it (and may be text in a block scalar).
    var tabbed = repair
    let tabLines = tabbed.replaceIndentationTabs()
    if let firstTab = tabLines.first, let error = first.syntaxError, firstTab <= error.line {
      repair = tabbed
      reader.indentation = repair.indentation
      repaired.append(reader.tabDiagnostic(repair))
      attempt = reader.parse(repair.text, original: text)
    }
    var colons: [(line: Int, column: Int)] = []
    for _ in 0..<Self.maximumRepairs {
      guard attempt.root == nil, let error = attempt.syntaxError,
        error.problem == "mapping values are not allowed in this context",
        repair.neutraliseColon(line: error.line, column: error.column)
      else { break }
      if !colons.contains(where: { $0.line == error.line }) {
        colons.append((error.line, error.column))
      }
      attempt = reader.parse(repair.text, original: text)
    }
    if repaired.isEmpty, colons.isEmpty { return (first.root, first.diagnostics) }
    for colon in colons {
      repaired.append(reader.colonDiagnostic(at: colon, root: attempt.root))
    }
    return (attempt.root, repaired + attempt.diagnostics)
  }

  /// One reading of `text` (the original or a repaired copy of it).
  fileprivate func parse(_ text: String, original: String) -> ParseAttempt {
    var bytes = Array(text.utf8)
    if bytes.isEmpty { return ParseAttempt(root: nil, diagnostics: []) }
    bytes.append(0)
    return bytes.withUnsafeBufferPointer { buffer in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else {
        return ParseAttempt(root: nil, diagnostics: [])
      }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count - 1)
      var composer = Composer(
        reader: self, parser: parser, original: original, repaired: text != original)
      let root = composer.document()
      parser = composer.parser
      return ParseAttempt(
        root: root, diagnostics: composer.diagnostics, syntaxError: composer.syntaxError)
    }
  }

  func location(_ mark: yaml_mark_t) -> SourceLocation {
    let line = Int(mark.line)
    var column = Int(mark.column)
    if let repaired = indentation[line] {
      column =
        column >= repaired.width
        ? column - repaired.width + repaired.original : min(column, repaired.original)
    }
    return SourceLocation(file: file, line: line + firstLine, column: column + 1)
  }

  // MARK: Repairs reported

  private func tabDiagnostic(_ repair: YAMLRepair) -> Diagnostic {
    let lines = repair.indentation.keys.sorted()
    let first = lines[0]
    let others = lines.count - 1
    let more =
      others > 0
      ? LocalizedText.verbatim(
        fr: others == 1 ? " (et sur 1 autre ligne)" : " (et sur \(others) autres lignes)",
        en: others == 1 ? " (and on 1 more line)" : " (and on \(others) more lines)")
      : LocalizedText(fr: "", en: "")
    let edits = lines.map { line in
      let repaired = repair.indentation[line]!
      return FixIt.Edit(
        file: file, line: line + firstLine, column: 1, original: repaired.text,
        replacement: String(repeating: " ", count: repaired.width))
    }
    return Diagnostic(
      .invalidYAML,
      at: SourceLocation(
        file: file, line: first + firstLine, column: repair.indentation[first]!.firstTab + 1),
      LocalizedText(
        fr:
          "une tabulation sert d'indentation\(more.fr) : YAML n'accepte que des espaces ; elle est lue ici comme \(repair.indentation[first]!.width) espaces",
        en:
          "a tab is used for indentation\(more.en): YAML accepts spaces only; it is read here as \(repair.indentation[first]!.width) spaces"
      ),
      hint: LocalizedText(
        fr: "remplacez les tabulations en début de ligne par des espaces",
        en: "replace the tabs at the start of the line with spaces"),
      fix: FixIt(
        LocalizedText(fr: "tabulations remplacées par des espaces", en: "tabs replaced by spaces"),
        edits: edits))
  }

  private func colonDiagnostic(at colon: (line: Int, column: Int), root: YAMLNode?) -> Diagnostic {
    var mark = yaml_mark_t()
    mark.line = colon.line
    mark.column = colon.column
    let location = location(mark)
    let value = root.flatMap { YAMLRepair.plainScalar(before: location, in: $0) }
    guard let value, let editable = value.editableScalar else {
      return Diagnostic(
        .invalidYAML, at: location,
        LocalizedText(
          fr:
            "deux-points dans une valeur : YAML le prend pour une nouvelle clé ; mettez la valeur entre guillemets",
          en: "a colon inside a value: YAML takes it for a new key; quote the value"))
    }
    let quoted = YAMLRepair.quoted(editable.text)
    return Diagnostic(
      .invalidYAML, at: location,
      LocalizedText(
        fr:
          "deux-points dans une valeur : YAML le prend pour une nouvelle clé ; mettez la valeur entre guillemets (elle est lue comme « \(editable.text) »)",
        en:
          "a colon inside a value: YAML takes it for a new key; quote the value (it is read as “\(editable.text)”)"
      ),
      hint: LocalizedText(
        fr: "mettez la valeur entre guillemets : \(quoted)", en: "quote the value: \(quoted)"),
      fix: FixIt(
        LocalizedText(fr: "valeur mise entre guillemets", en: "value quoted"),
        edits: [
          FixIt.Edit(
            file: file, line: location.line, column: editable.column, original: editable.text,
            replacement: quoted)
        ]))
  }
}

/// What one reading gave, and its syntax error in the coordinates of the text read.
private struct ParseAttempt {
  var root: YAMLNode?
  var diagnostics: [Diagnostic]
  /// libyaml's problem and its 0-based mark.
  var syntaxError: (problem: String, line: Int, column: Int)? = nil
}

/// Builds nodes from events; stops at the first syntax error or refused construct.
private struct Composer {
  let reader: YAMLReader
  var parser: yaml_parser_t
  var diagnostics: [Diagnostic] = []
  var syntaxError: (problem: String, line: Int, column: Int)?
  var nodes = 0
  var failed = false
  /// The text as the user wrote it, for the source of flow collections.
  let original: String
  /// Whether the text read is a repaired copy (colons stand as ``YAMLRepair/colon``).
  let repaired: Bool
  private var originalLines: [Substring]?

  init(reader: YAMLReader, parser: yaml_parser_t, original: String, repaired: Bool) {
    self.reader = reader
    self.parser = parser
    self.original = original
    self.repaired = repaired
  }

  /// The original text between two locations of one line.
  private mutating func source(from start: SourceLocation, to end: SourceLocation) -> String? {
    guard start.line == end.line else { return nil }
    if originalLines == nil {
      originalLines = original.split(separator: "\n", omittingEmptySubsequences: false)
    }
    let index = start.line - reader.firstLine
    guard let lines = originalLines, lines.indices.contains(index) else { return nil }
    let line = lines[index].unicodeScalars
    let (from, to) = (start.column - 1, end.column - 1)
    guard from >= 0, from <= to,
      let lower = line.index(line.startIndex, offsetBy: from, limitedBy: line.endIndex),
      let upper = line.index(lower, offsetBy: to - from, limitedBy: line.endIndex)
    else { return nil }
    return String(line[lower..<upper])
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
      var text = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self
      )
      if repaired, text.unicodeScalars.contains(YAMLRepair.colon) {
        text = String(
          String.UnicodeScalarView(text.unicodeScalars.map { $0 == YAMLRepair.colon ? ":" : $0 }))
      }
      return YAMLNode(
        content: .scalar(text, style: style(scalar.style)),
        location: location, end: reader.location(event.end_mark))
    case YAML_SEQUENCE_START_EVENT:
      if event.data.sequence_start.anchor != nil { refuseAnchor(at: location, alias: false) }
      let flow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
      var items: [YAMLNode] = []
      while !failed, var item = next() {
        if item.type == YAML_SEQUENCE_END_EVENT {
          let end = reader.location(item.end_mark)
          yaml_event_delete(&item)
          return YAMLNode(
            content: .sequence(items), location: location, end: end,
            raw: flow ? source(from: location, to: end) : nil)
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
    syntaxError = (problem, Int(mark.line), Int(mark.column))
    fail(at: location, YAMLSyntaxMessages.message(problem: problem, context: context))
  }
}
