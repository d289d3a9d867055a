import RecitModel

/// The rules that look at the project as a whole.
struct ProjectRules {
  let project: Project
  /// Every id some action refers to, gathered by the per-action rules.
  let referenced: Set<String>

  func run() -> [Diagnostic] {
    var found: [Diagnostic] = []
    for actor in project.actors where !referenced.contains(actor.id) {
      found.append(
        Diagnostic(
          .acteurInutilise, at: actor.location,
          LocalizedText(
            fr: "l'acteur commun « \(actor.id) » ne joue de rôle dans aucune action",
            en: "the shared actor “\(actor.id)” plays no part in any action"),
          hint: LocalizedText(
            fr: "donnez-lui un rôle, mentionnez-le (@\(actor.id)) ou retirez-le d'acteurs.yml",
            en: "give it a role, mention it (@\(actor.id)) or remove it from acteurs.yml")))
    }
    return found
  }
}
