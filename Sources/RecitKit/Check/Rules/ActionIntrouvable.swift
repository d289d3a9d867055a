import RecitModel

/// `action-introuvable`: reported while reading, by the files below.
struct ActionIntrouvable: ReadingRule {
  static let rule = Rule.actionIntrouvable
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "dossier de récits sans action.md",
    en: "folder of narratives without action.md")
  static let reportedBy = ["Reading/ReadingPlan.swift"]
}
