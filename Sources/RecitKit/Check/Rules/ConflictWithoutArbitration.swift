import RecitModel

/// `conflit-sans-arbitrage`: narratives disagree and no `arbitrage:` is recorded.
struct ConflictWithoutArbitration: ActionRule {
  static let id = "conflit-sans-arbitrage"
  static let severity = Severity.note
  static let title = LocalizedText(
    fr: "désaccords sans arbitrage", en: "disagreements without arbitration")
  static let hint = LocalizedText(
    fr:
      "racontez sous « arbitrage » comment les désaccords ont été mis au travail (Coopération, balise 1)",
    en: "tell under “arbitration” how the disagreements were put to work (Coopération, balise 1)")

  static func message(first file: String) -> LocalizedText {
    LocalizedText(
      fr: "des récits sont en désaccord (\(file)) mais aucun arbitrage n'est consigné",
      en: "narratives disagree (\(file)) but no arbitration is recorded")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    let action = context.action
    guard context.isCarriedReadable, action.arbitration == nil else { return }
    let disagreeing = action.narratives.filter { narrative in
      narrative.effectiveStance == .contradictory || !narrative.disagreements.isEmpty
        || !SchemaComparison.same(action.resolvedSchema(of: narrative), action.schema)
    }
    guard let first = disagreeing.first else { return }
    found.append(diagnostic(at: context.mainStart, message(first: first.file), hint: hint))
  }
}
