import RecitModel

/// `sujet-manquant`: the schema's `sujet` is empty.
struct MissingSubject: MissingRoleRule {
  static let id = "sujet-manquant"
  static let severity = Severity.error
  static let role = Role.subject
  static let title = LocalizedText(fr: "la quête n'a pas de sujet", en: "the quest has no subject")
  static let message = LocalizedText(
    fr: "le sujet est manquant : qui mène la quête ?",
    en: "the subject is missing: who carries out the quest?")
}
