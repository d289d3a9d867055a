import RecitModel

/// One rule of `recit check` as a unit: its id, a few words saying what it reports, and where
/// it is reported.
///
/// Every rule conforms to ``ActionRule``, ``ProjectRule`` (or both), or ``ReadingRule`` when it
/// is reported while files are read. The default severity is the one of ``Rule`` (the model's
/// ``Diagnostic`` needs it without this library); ``RuleRegistry`` lists every unit.
protocol RuleUnit: Sendable {
  /// The rule's stable id.
  static var rule: Rule { get }
  /// A few words, without a final period, for the JSON Schemas and the rule table.
  static var title: LocalizedText { get }
}

extension RuleUnit {
  /// Derived from ``Rule/defaultSeverity``, the one place severities are decided.
  static var defaultSeverity: Severity { rule.defaultSeverity }
}

/// A rule checked over one action and its narratives.
protocol ActionRule: RuleUnit {
  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic])
}

/// A rule checked over the whole project, once every action has been checked.
protocol ProjectRule: RuleUnit {
  static func check(_ context: ProjectCheckContext, into found: inout [Diagnostic])
}

/// A rule reported while files are read and decoded, not by a check: its logic stays in the
/// reader; the unit holds its id, its title and where it is reported.
protocol ReadingRule: RuleUnit {
  /// The source files that report it (relative to `Sources/RecitKit`), for the reader of the
  /// code; a test checks that each names the rule.
  static var reportedBy: [String] { get }
}

extension RuleUnit {
  /// A diagnostic of this rule, at its default severity.
  static func diagnostic(
    at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil
  ) -> Diagnostic {
    Diagnostic(rule, at: location, message, hint: hint)
  }
}
