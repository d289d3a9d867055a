import RecitModel

/// `alias-mixte`: reported while reading, by the files below.
struct AliasMixte: ReadingRule {
  static let rule = Rule.aliasMixte
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "clé française et alias anglais donnés ensemble",
    en: "French key and English alias both given")
  static let reportedBy = ["Decoding/Decoder.swift"]
}
