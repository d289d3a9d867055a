import RecitModel

/// `recit-vide`: nothing but blanks under a narrative's front matter.
struct EmptyNarrative: ActionRule {
  static let id = "recit-vide"
  static let severity = Severity.warning
  static let title = LocalizedText(fr: "corps de récit vide", en: "empty narrative body")
  static let message = LocalizedText(
    fr: "le récit est vide : le texte sous l'en-tête raconte l'action de ce point de vue",
    en:
      "the narrative is empty: the text under the front matter tells the action from this point of view"
  )

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    for narrative in context.action.narratives where narrative.isReadable {
      if narrative.body.isBlank {
        found.append(diagnostic(at: narrative.body.location, message))
      }
    }
  }
}
