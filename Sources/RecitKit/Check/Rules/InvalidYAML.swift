import RecitModel

/// `yaml-invalide`: reported while reading, by the files below.
struct InvalidYAML: ReadingRule {
  static let id = "yaml-invalide"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "l'en-tête n'est pas du YAML valide",
    en: "the front matter is not valid YAML")
  static let reportedBy = ["Reading/FrontMatter.swift", "YAML/YAMLReader.swift"]
}
