import RecitModel

/// `alias-mixte`: reported while reading, by the files below.
struct MixedAliases: ReadingRule {
  static let id = "alias-mixte"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "clé française et alias anglais donnés ensemble",
    en: "French key and English alias both given")
  static let reportedBy = ["Decoding/Decoder.swift"]
}
