import RecitModel

/// A YAML node as `recit` reads front matter: every scalar kept exactly as written.
///
/// Typing is the format's job, not YAML 1.1's: `01000`, `NO`, `18:30` and `1.10` stay text.
struct YAMLNode: Sendable {
  enum Content: Sendable {
    /// A scalar as written, and how it was written.
    case scalar(String, style: ScalarStyle)
    case sequence([YAMLNode])
    case mapping([(key: YAMLNode, value: YAMLNode)])
  }

  enum ScalarStyle: Sendable {
    case plain
    case quoted
    case block
  }

  var content: Content
  var location: SourceLocation
  /// Where the node ends (just after its last character), when known.
  var end: SourceLocation? = nil
  /// The source text of a flow collection written on one line (`[[À compléter]]`), as written.
  var raw: String? = nil

  /// `~`, `null` and an empty plain scalar mean "no value".
  var isNull: Bool {
    if case .scalar(let text, style: .plain) = content {
      return text.isEmpty || text == "~" || text == "null"
    }
    return false
  }

  /// The scalar's text, when the node is a scalar.
  var scalar: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// Where the scalar's first character of content stands (after a quote, or on the line
  /// after a block indicator).
  var contentStart: SourceLocation {
    guard case .scalar(_, let style) = content else { return location }
    switch style {
    case .plain: return location
    case .quoted:
      return SourceLocation(file: location.file, line: location.line, column: location.column + 1)
    case .block: return SourceLocation(file: location.file, line: location.line + 1, column: 1)
    }
  }

  /// The scalar exactly as it stands on its line, and the column where it starts, when it is
  /// written on one line without escapes: what a fix may replace. For a quoted scalar, the
  /// text between the quotes.
  var editableScalar: (text: String, column: Int)? {
    guard case .scalar(let text, let style) = content, let end, end.line == location.line,
      !text.contains("\n")
    else { return nil }
    let width = end.column - location.column
    switch style {
    case .plain where width == text.unicodeScalars.count: return (text, location.column)
    case .quoted where width == text.unicodeScalars.count + 2:
      return (text, location.column + 1)
    default: return nil
    }
  }

  /// A word for the node's shape, for messages.
  var shape: LocalizedText {
    switch content {
    case .scalar: LocalizedText(fr: "un texte", en: "a text")
    case .sequence: LocalizedText(fr: "une liste", en: "a list")
    case .mapping: LocalizedText(fr: "un dictionnaire (clé: valeur)", en: "a mapping (key: value)")
    }
  }
}
