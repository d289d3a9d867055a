import RecitModel

/// `acteur-duplique`: an action redeclares an actor of `acteurs.yml` (the action's wins).
struct DuplicateActor: ActionRule {
  static let id = "acteur-duplique"
  static let severity = Severity.warning
  static let title = LocalizedText(
    fr: "acteur d'acteurs.yml redéclaré dans une action",
    en: "actor of acteurs.yml redeclared in an action")
  static let hint = LocalizedText(
    fr: "retirez-le de l'action pour utiliser l'acteur commun, ou donnez-lui un autre identifiant",
    en: "remove it from the action to use the shared actor, or give it another id")

  static func message(_ id: String, original: SourceLocation) -> LocalizedText {
    LocalizedText(
      fr:
        "« \(id) » est déjà déclaré dans \(original.file) (ligne \(original.line)) ; dans cette action, cette déclaration-ci l'emporte",
      en:
        "“\(id)” is already declared in \(original.file) (line \(original.line)); in this action, this declaration wins"
    )
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    let shared = Dictionary(
      context.project.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for actor in context.action.actors {
      guard let original = shared[actor.id] else { continue }
      found.append(
        diagnostic(at: actor.location, message(actor.id, original: original.location), hint: hint))
    }
  }
}
