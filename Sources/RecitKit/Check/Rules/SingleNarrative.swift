import RecitModel

/// `recit-unique`: the action is told by its carried narrative alone.
struct SingleNarrative: ActionRule {
  static let id = "recit-unique"
  static let severity = Severity.warning
  static let title = LocalizedText(
    fr: "un seul point de vue sur l'action", en: "one point of view only")
  static let message = LocalizedText(
    fr: "l'action n'est racontée que d'un point de vue : aucun récit alternatif ni contradictoire",
    en: "the action is told from one point of view only: no alternative or contradictory narrative")

  static func hint(action: String) -> LocalizedText {
    let id = ShellQuoting.word(action)
    return LocalizedText(
      fr:
        "« recit new recit \(id) --narrateur ID » ajoute le récit d'un autre acteur (Engagement, balise 2)",
      en:
        "“recit new recit \(id) --narrator ID” adds another actor's narrative (Engagement, balise 2)"
    )
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    guard context.isCarriedReadable, context.action.narratives.count == 1 else { return }
    found.append(diagnostic(at: context.mainStart, message, hint: hint(action: context.action.id)))
  }
}
