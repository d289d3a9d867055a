import RecitModel

/// `date-invalide`: reported while reading, by the files below.
struct InvalidDate: ReadingRule {
  static let id = "date-invalide"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "date mal formée",
    en: "malformed date")
  static let reportedBy = ["Decoding/Decoder+Action.swift"]
}
