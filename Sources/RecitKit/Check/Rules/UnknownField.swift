import RecitModel

/// `champ-inconnu`: reported while reading, by the files below.
struct UnknownField: ReadingRule {
  static let id = "champ-inconnu"
  static let severity = Severity.warning
  static let title = LocalizedText(
    fr: "clé inconnue",
    en: "unknown key")
  static let reportedBy = ["Decoding/Decoder.swift", "Decoding/Decoder+Settings.swift"]
}
