import RecitModel

/// `type-invalide`: reported while reading, by the files below.
struct WrongType: ReadingRule {
  static let id = "type-invalide"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "une clé a une valeur du mauvais type",
    en: "a key has a value of the wrong type")
  static let reportedBy = [
    "Decoding/Decoder.swift", "Decoding/Decoder+Action.swift", "YAML/YAMLReader.swift",
  ]
}
