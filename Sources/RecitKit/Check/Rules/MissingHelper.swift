import RecitModel

/// `adjuvant-manquant`: the schema's `adjuvants` is empty.
struct MissingHelper: MissingRoleRule {
  static let id = "adjuvant-manquant"
  static let severity = Severity.warning
  static let role = Role.helpers
  static let title = LocalizedText(fr: "pas d'adjuvant", en: "no helper")
  /// `adjuvants: []` says "none", on purpose.
  static let emptyListMeansNone = true
  static let message = LocalizedText(
    fr: "aucun adjuvant : qui ou quoi aide le sujet ?",
    en: "no helper: who or what helps the subject?")
}
