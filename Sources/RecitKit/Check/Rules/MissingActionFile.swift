import RecitModel

/// `action-introuvable`: reported while reading, by the files below.
struct MissingActionFile: ReadingRule {
  static let id = "action-introuvable"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "dossier de récits sans action.md",
    en: "folder of narratives without action.md")
  static let reportedBy = ["Reading/ReadingPlan.swift"]
}
