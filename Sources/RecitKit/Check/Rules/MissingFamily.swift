import RecitModel

/// `famille-absente`: an action names no actor of one of the four families of the Fabrique
/// des Transitions (élus, agents, État, acteurs socio-économiques).
struct MissingFamily: ActionRule {
  static let id = "famille-absente"
  static let severity = Severity.note
  static let title = LocalizedText(
    fr: "une des quatre familles d'acteurs n'apparaît pas dans l'action",
    en: "one of the four families of actors is missing from the action")

  static func message(_ missing: [ActorCategory]) -> LocalizedText {
    let fr = missing.map(\.label.fr).joined(separator: ", ")
    let en = missing.map(\.label.en).joined(separator: ", ")
    return missing.count == 1
      ? LocalizedText(
        fr: "l'action ne nomme aucun acteur de la famille « \(fr) »",
        en: "the action names no actor of the family “\(en)”")
      : LocalizedText(
        fr: "l'action ne nomme aucun acteur de ces familles : \(fr)",
        en: "the action names no actor of these families: \(en)")
  }

  static let hint = LocalizedText(
    fr:
      "nommez un acteur de chaque famille absente là où il intervient (schéma, quête ou mention @id), avec sa « categorie » : elu, agent, etat ou acteur-socio-economique",
    en:
      "name an actor of each missing family where it takes part (schema, quest or @id mention), with its “category”: elu, agent, etat or acteur-socio-economique"
  )

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    // Actors that could not be read have no category: stay silent rather than guess.
    guard context.isCarriedReadable, !context.actorsMayBeMissing,
      context.action.narratives.allSatisfy(\.isReadable)
    else { return }
    let named = Set(
      Territory.namedActorIDs(in: context.action).compactMap { context.actors[$0]?.category })
    let missing = Territory.families.filter { !named.contains($0) }
    guard !missing.isEmpty else { return }
    found.append(diagnostic(at: context.mainStart, message(missing), hint: hint))
  }
}
