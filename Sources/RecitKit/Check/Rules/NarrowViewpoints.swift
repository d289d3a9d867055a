import RecitModel

/// `points-de-vue-limites`: every narrator belongs to one category of actors.
struct NarrowViewpoints: ActionRule {
  static let id = "points-de-vue-limites"
  static let severity = Severity.note
  static let title = LocalizedText(
    fr: "tous les récits viennent d'une même catégorie d'acteurs",
    en: "all narratives come from one category of actors")
  static let hint = LocalizedText(
    fr: "donnez la parole aux élus, agents, État, acteurs socio-économiques ou habitants",
    en: "give a voice to elected officials, staff, the State, socio-economic actors or residents")

  static func message(_ category: ActorCategory) -> LocalizedText {
    LocalizedText(
      fr: "tous les récits viennent de la même catégorie d'acteurs (\(category.label.fr))",
      en: "every narrative comes from the same category of actors (\(category.label.en))")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    let action = context.action
    guard context.isCarriedReadable, action.narratives.count > 1 else { return }
    let categories = Set(
      action.narratives.map { narrative in
        action.resolvedNarrator(of: narrative).flatMap { context.actors[$0.id]?.category }
      })
    guard categories.count == 1, let only = categories.first, let category = only else { return }
    found.append(diagnostic(at: context.mainStart, message(category), hint: hint))
  }
}
