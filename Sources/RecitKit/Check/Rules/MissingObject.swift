import RecitModel

/// `objet-manquant`: the schema's `objet` is empty.
struct MissingObject: MissingRoleRule {
  static let id = "objet-manquant"
  static let severity = Severity.error
  static let role = Role.object
  static let title = LocalizedText(fr: "la quête n'a pas d'objet", en: "the quest has no object")
  static let message = LocalizedText(
    fr: "l'objet est manquant : que cherche la quête ?",
    en: "the object is missing: what is the quest for?")
}
