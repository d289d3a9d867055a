import RecitModel

/// `valeur-invalide`: reported while reading, by the files below.
struct InvalidValue: ReadingRule {
  static let id = "valeur-invalide"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "valeur absente de la liste permise ou identifiant mal formé",
    en: "value not among the allowed ones, or malformed id")
  static let reportedBy = ["Decoding/Decoder.swift", "Decoding/Decoder+Actors.swift"]
}
