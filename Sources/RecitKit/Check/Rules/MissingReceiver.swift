import RecitModel

/// `destinataire-manquant`: the schema's `destinataires` is empty.
struct MissingReceiver: MissingRoleRule {
  static let id = "destinataire-manquant"
  static let severity = Severity.warning
  static let role = Role.receivers
  static let title = LocalizedText(fr: "pas de destinataire", en: "no receiver")
  static let message = LocalizedText(
    fr: "aucun destinataire : à qui profite la quête ?",
    en: "no receiver: who benefits from the quest?")
}
