import RecitModel

/// `narrateur-manquant`: a narrative other than `action.md` names no narrator.
struct MissingNarrator: ActionRule {
  static let id = "narrateur-manquant"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "récit sans narrateur", en: "narrative without a narrator")
  static let message = LocalizedText(
    fr: "ce récit n'a pas de narrateur : qui le raconte ?",
    en: "this narrative has no narrator: who tells it?")
  static let hint = LocalizedText(
    fr: "ajoutez « narrateur: <identifiant d'acteur> » dans l'en-tête",
    en: "add “narrator: <actor id>” to the front matter")

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    for narrative in context.action.narratives where narrative.isReadable {
      guard narrative.file != context.action.file, narrative.narrator == nil else { continue }
      found.append(diagnostic(at: .start(of: narrative.file), message, hint: hint))
    }
  }
}
