import RecitModel

/// `acteur-inutilise`: a declared actor that plays no part: an action's own actor in that
/// action, a shared actor of `acteurs.yml` in the whole project.
struct UnusedActor: ActionRule, ProjectRule {
  static let id = "acteur-inutilise"
  static let severity = Severity.note
  static let title = LocalizedText(
    fr: "un acteur déclaré ne joue aucun rôle", en: "a declared actor plays no part")

  static func unusedInAction(_ id: String) -> LocalizedText {
    LocalizedText(
      fr: "l'acteur « \(id) » est déclaré mais ne joue aucun rôle dans l'action",
      en: "the actor “\(id)” is declared but plays no part in the action")
  }

  static func actionHint(_ id: String) -> LocalizedText {
    LocalizedText(
      fr: "donnez-lui un rôle, mentionnez-le (@\(id)) ou retirez-le",
      en: "give it a role, mention it (@\(id)) or remove it")
  }

  static func unusedInProject(_ id: String) -> LocalizedText {
    LocalizedText(
      fr: "l'acteur commun « \(id) » ne joue de rôle dans aucune action",
      en: "the shared actor “\(id)” plays no part in any action")
  }

  static func projectHint(_ id: String) -> LocalizedText {
    LocalizedText(
      fr: "donnez-lui un rôle, mentionnez-le (@\(id)) ou retirez-le d'acteurs.yml",
      en: "give it a role, mention it (@\(id)) or remove it from acteurs.yml")
  }

  /// A narrative that could not be read may use any actor: none is reported unused then, so
  /// that one broken file gives one error.
  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    guard context.action.narratives.allSatisfy(\.isReadable) else { return }
    let used = context.referencedIDs
    for actor in context.action.actors where !used.contains(actor.id) {
      found.append(
        diagnostic(at: actor.location, unusedInAction(actor.id), hint: actionHint(actor.id)))
    }
  }

  static func check(_ context: ProjectCheckContext, into found: inout [Diagnostic]) {
    let project = context.project
    guard project.actions.allSatisfy({ $0.narratives.allSatisfy(\.isReadable) }) else { return }
    for actor in context.project.actors where !context.referenced.contains(actor.id) {
      found.append(
        diagnostic(at: actor.location, unusedInProject(actor.id), hint: projectHint(actor.id)))
    }
  }
}
