import RecitModel

/// The rules that look at the project as a whole.
struct ProjectRules {
  let project: Project

  func run() -> [Diagnostic] {
    var found: [Diagnostic] = []
    var used: Set<String> = []
    for action in project.actions {
      used.formUnion(
        ActionRules(project: project, action: action).allReferences.map(\.reference.id))
    }
    for actor in project.actors where !used.contains(actor.id) {
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
