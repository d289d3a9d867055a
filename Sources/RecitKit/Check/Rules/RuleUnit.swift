import RecitModel

/// One rule of `recit check` as a unit: its id, a few words saying what it reports, and where
/// it is reported.
///
/// Every rule conforms to ``ActionRule``, ``ProjectRule`` (or both), or ``ReadingRule`` when it
/// is reported while files are read. Its id (the `Rule` case) and severity are read from this
/// file by `scripts/generate.sh`, which writes the `Rule` enum and ``RuleRegistry`` from the
/// units: a new rule is one new unit file.
protocol RuleUnit: Sendable {
  /// The rule's stable id: `static let rule = Rule.CASE`, the case named as the id in camel
  /// case (`date-manquante` → `dateManquante`).
  static var rule: Rule { get }
  /// Its default severity: `static let severity = Severity.LEVEL`.
  static var severity: Severity { get }
  /// A few words, without a final period, for the JSON Schemas and the rule table.
  static var title: LocalizedText { get }
}

extension RuleUnit {
  /// The unit's severity (``Rule/defaultSeverity`` is generated from it).
  static var defaultSeverity: Severity { severity }
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
