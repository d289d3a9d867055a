import RecitModel

/// `action-dupliquee`: reported while reading, by the files below.
struct ActionDupliquee: ReadingRule {
  static let rule = Rule.actionDupliquee
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "deux actions ou récits au même nom",
    en: "two actions or narratives with the same name")
  static let reportedBy = ["Reading/ReadingPlan.swift"]
}
