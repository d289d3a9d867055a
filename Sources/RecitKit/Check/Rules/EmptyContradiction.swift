import RecitModel

/// `contradiction-vide`: a narrative says it is contradictory but keeps the carried schema and
/// lists no disagreement.
struct EmptyContradiction: ActionRule {
  static let id = "contradiction-vide"
  static let severity = Severity.warning
  static let title = LocalizedText(
    fr: "récit contradictoire qui ne contredit rien",
    en: "contradictory narrative that contradicts nothing")
  static let message = LocalizedText(
    fr:
      "ce récit se dit contradictoire mais ne conteste rien : son schéma est celui du récit porté et il ne liste aucun désaccord",
    en:
      "this narrative says it is contradictory but contests nothing: its schema is the carried one and it lists no disagreement"
  )
  static let hint = LocalizedText(
    fr: "ajoutez des « desaccords » ou changez les rôles contestés sous « schema »",
    en: "add “disagreements” or change the contested roles under “schema”")

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    let action = context.action
    for narrative in action.narratives where narrative.isReadable {
      guard narrative.effectiveStance == .contradictory, narrative.disagreements.isEmpty,
        SchemaComparison.same(action.resolvedSchema(of: narrative), action.schema)
      else { continue }
      found.append(
        diagnostic(
          at: narrative.stance?.location ?? .start(of: narrative.file), message, hint: hint))
    }
  }
}
