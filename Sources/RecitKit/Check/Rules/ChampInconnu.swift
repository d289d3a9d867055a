import RecitModel

/// `champ-inconnu`: reported while reading, by the files below.
struct ChampInconnu: ReadingRule {
  static let rule = Rule.champInconnu
  static let severity = Severity.warning
  static let title = LocalizedText(
    fr: "clé inconnue",
    en: "unknown key")
  static let reportedBy = ["Decoding/Decoder.swift", "Decoding/Decoder+Settings.swift"]
}
