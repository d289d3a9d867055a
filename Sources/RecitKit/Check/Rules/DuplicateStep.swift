import RecitModel

/// `etape-dupliquee`: two steps of one quest with the same label.
struct DuplicateStep: ActionRule {
  static let id = "etape-dupliquee"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "même numéro d'étape deux fois", en: "the same step label twice")

  static func message(_ label: String, firstLine: Int) -> LocalizedText {
    LocalizedText(
      fr: "l'étape « \(label) » existe déjà (ligne \(firstLine))",
      en: "step “\(label)” already exists (line \(firstLine))")
  }

  static func hint(_ number: Int) -> LocalizedText {
    LocalizedText(
      fr: "numérotez-la « \(number) bis » si elle se déroule en parallèle",
      en: "number it “\(number) bis” if it happens alongside")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    for numbering in context.questNumberings {
      for (step, first) in numbering.duplicates {
        let label = step.label.value
        found.append(
          diagnostic(
            at: step.label.location, message(label.canonical, firstLine: first.line),
            hint: hint(label.number!)))
      }
    }
  }
}
