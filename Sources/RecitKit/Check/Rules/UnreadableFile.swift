import RecitModel

/// `fichier-illisible`: reported while reading, by the files below.
struct UnreadableFile: ReadingRule {
  static let id = "fichier-illisible"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "fichier non UTF-8, illisible ou trop gros",
    en: "file not UTF-8, unreadable or too large")
  static let reportedBy = [
    "Reading/SourceText.swift", "Reading/FrontMatter.swift", "Templates/TemplateSet.swift",
  ]
}
