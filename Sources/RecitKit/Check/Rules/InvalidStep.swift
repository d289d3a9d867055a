import RecitModel

/// `etape-invalide`: a quest step whose label is not a step number (`2`, `2 bis`…).
struct InvalidStep: ActionRule {
  static let id = "etape-invalide"
  static let severity = Severity.error
  static let title = LocalizedText(fr: "numéro d'étape mal formé", en: "malformed step label")
  static let noNumber = LocalizedText(
    fr: "cette étape de la quête n'a pas de numéro (« etape: »)",
    en: "this quest step has no number (“step:”)")
  static let hint = LocalizedText(
    fr: "écrivez 0, 1, 2, \"2 bis\", \"2 ter\", 3…", en: "write 0, 1, 2, \"2 bis\", \"2 ter\", 3…")

  static func notANumber(_ text: String) -> LocalizedText {
    LocalizedText(
      fr: "« \(text) » n'est pas un numéro d'étape", en: "“\(text)” is not a step number")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    for numbering in context.questNumberings {
      for step in numbering.invalid {
        let text = step.label.value.text
        let message = text.isEmpty ? noNumber : notANumber(text)
        found.append(diagnostic(at: step.label.location, message, hint: hint))
      }
    }
  }
}
