import RecitModel

/// `destinateur-manquant`: the schema's `destinateur` is empty.
struct MissingSender: MissingRoleRule {
  static let id = "destinateur-manquant"
  static let severity = Severity.warning
  static let role = Role.sender
  static let title = LocalizedText(fr: "pas de destinateur", en: "no sender")
  static let message = LocalizedText(
    fr: "le destinateur est manquant : qui ou quoi confie la mission ?",
    en: "the sender is missing: who or what gives the mission?")
}
