import RecitModel

/// `titre-manquant`: the action has no title, or an empty one.
struct MissingTitle: ActionRule {
  static let id = "titre-manquant"
  static let severity = Severity.error
  static let title = LocalizedText(fr: "action sans titre", en: "action without a title")
  static let message = LocalizedText(fr: "l'action n'a pas de titre", en: "the action has no title")
  static let hint = LocalizedText(
    fr: "ajoutez « titre: … » dans l'en-tête", en: "add “title: …” to the front matter")

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    guard context.isCarriedReadable else { return }
    let action = context.action
    guard (action.title?.value.trimmingSpaces ?? "").isEmpty else { return }
    found.append(diagnostic(at: action.title?.location ?? context.mainStart, message, hint: hint))
  }
}
