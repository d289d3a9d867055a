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

  public init(
    _ rule: Rule, at location: SourceLocation, _ message: LocalizedText,
    hint: LocalizedText? = nil, severity: Severity? = nil
  ) {
    self.rule = rule
    self.severity = severity ?? rule.defaultSeverity
    self.location = location
    self.message = message
    self.hint = hint
  }
}

extension Diagnostic: Comparable {
  /// Diagnostics sort by place, then rule, so that output is stable whatever the order of work.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if lhs.location != rhs.location { return lhs.location < rhs.location }
    return lhs.rule.rawValue < rhs.rule.rawValue
  }
}

/// A diagnostic can travel as the failure of a `Result`.
extension Diagnostic: Error {}
