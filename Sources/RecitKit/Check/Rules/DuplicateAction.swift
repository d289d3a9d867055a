import RecitModel

/// `action-dupliquee`: reported while reading, by the files below.
struct DuplicateAction: ReadingRule {
  static let id = "action-dupliquee"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "deux actions ou récits au même nom",
    en: "two actions or narratives with the same name")
  static let reportedBy = ["Reading/ReadingPlan.swift"]
}
