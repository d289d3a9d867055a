/// How serious a finding is.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case error
  case warning
  case note

  private var rank: Int {
    switch self {
    case .error: 2
    case .warning: 1
    case .note: 0
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found in the user's files: a rule, a severity, a place, a message and an
/// optional hint.
///
/// The library only produces diagnostics; front ends decide how to print them and which exit
/// status follows.
public struct Diagnostic: Hashable, Sendable {
  public var rule: Rule
  public var severity: Severity
  public var location: SourceLocation
  public var message: LocalizedText
  public var hint: LocalizedText?
  /// A mechanical correction that `recit check --corriger` may apply, when one is safe.
  public var fix: FixIt?

  public init(
    _ rule: Rule, at location: SourceLocation, _ message: LocalizedText,
    hint: LocalizedText? = nil, severity: Severity? = nil, fix: FixIt? = nil
  ) {
    self.rule = rule
    self.severity = severity ?? rule.defaultSeverity
    self.location = location
    self.message = message
    self.hint = hint
    self.fix = fix
  }
}

/// A safe correction of a diagnostic: spans of single lines replaced by new text.
///
/// Edits name their file relative to the project root, like `SourceLocation`. A fix is applied
/// only to the text that was checked (the fixer compares it with the file before writing) and
/// only when every edit of the file still matches the text it expects.
public struct FixIt: Hashable, Sendable {
  /// One replacement inside one line.
  public struct Edit: Hashable, Sendable {
    public let file: String
    /// 1-based line.
    public let line: Int
    /// 1-based column, in Unicode scalars, like `SourceLocation`.
    public let column: Int
    /// The text replaced, as it stands in the file (empty for an insertion).
    public let original: String
    public let replacement: String

    public init(file: String, line: Int, column: Int, original: String, replacement: String) {
      self.file = file
      self.line = line
      self.column = column
      self.original = original
      self.replacement = replacement
    }
  }

  /// What the fix does, in a few words ("valeur mise entre guillemets").
  public let summary: LocalizedText
  public let edits: [Edit]

  public init(_ summary: LocalizedText, edits: [Edit]) {
    self.summary = summary
    self.edits = edits
  }
}

extension Diagnostic: Comparable {
  /// Problems that stop a file from being read as written: they come first, since what follows
  /// may stem from them.
  private static let rootCauses: Set<Rule> = [.unreadableFile, .invalidYAML]

  /// Whether this diagnostic is a root cause (a file that could not be read as written).
  public var isRootCause: Bool { Self.rootCauses.contains(rule) }

  /// Diagnostics sort root causes first, then by place, then rule, so that output is stable
  /// whatever the order of work.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if lhs.isRootCause != rhs.isRootCause { return lhs.isRootCause }
    if lhs.location != rhs.location { return lhs.location < rhs.location }
    return lhs.rule.rawValue < rhs.rule.rawValue
  }
}

/// A diagnostic can travel as the failure of a `Result`.
extension Diagnostic: Error {}
