import RecitModel

/// `etape-orpheline`: a `bis` or `ter` step without the step it follows (`2 bis` without `2`).
struct OrphanStep: ActionRule {
  static let id = "etape-orpheline"
  static let severity = Severity.error
  static let title = LocalizedText(fr: "`2 bis` sans `2`", en: "`2 bis` without `2`")

  static func message(_ label: String, previous: String) -> LocalizedText {
    LocalizedText(
      fr: "l'étape « \(label) » suppose une étape « \(previous) », absente de la quête",
      en: "step “\(label)” assumes a step “\(previous)”, missing from the quest")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    for numbering in context.questNumberings {
      for step in numbering.valid where step.label.value.suffixRank > 0 {
        let label = step.label.value
        let previous =
          label.suffixRank == 1
          ? "\(label.number!)" : "\(label.number!) \(StepLabel.suffixes[label.suffixRank - 2])"
        if numbering.seen[previous] == nil {
          found.append(
            diagnostic(at: step.label.location, message(label.canonical, previous: previous)))
        }
      }
    }
  }
}
