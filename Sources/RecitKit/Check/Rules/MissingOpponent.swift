import RecitModel

/// `opposant-manquant`: the schema's `opposants` is empty.
struct MissingOpponent: MissingRoleRule {
  static let id = "opposant-manquant"
  static let severity = Severity.warning
  static let role = Role.opponents
  static let title = LocalizedText(fr: "pas d'opposant", en: "no opponent")
  /// `adjuvants: []` says "none", on purpose.
  static let emptyListMeansNone = true
  static let message = LocalizedText(
    fr:
      "aucun opposant : qu'est-ce qui fait obstacle ? Un récit sans obstacle cache souvent un désaccord",
    en: "no opponent: what stands in the way? A story with no obstacle often hides a disagreement")
}
