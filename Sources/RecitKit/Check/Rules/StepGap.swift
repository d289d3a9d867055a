import RecitModel

/// `etape-lacune`: the quest's numbering skips a number, reported at the first step after the
/// gap.
struct StepGap: ActionRule {
  static let id = "etape-lacune"
  static let severity = Severity.warning
  static let title = LocalizedText(fr: "trou dans la numérotation", en: "gap in the numbering")
  static let hint = LocalizedText(
    fr: "renumérotez les étapes ou ajoutez celles qui manquent",
    en: "renumber the steps or add the missing ones")

  static func message(_ missing: [Int]) -> LocalizedText {
    let list = missing.map(String.init).joined(separator: ", ")
    return LocalizedText(
      fr: "la numérotation de la quête saute \(list)", en: "the quest's numbering skips \(list)")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    for numbering in context.questNumberings {
      let valid = numbering.valid
      let numbers = Set(valid.compactMap(\.label.value.number)).sorted()
      guard let low = numbers.first, let high = numbers.last else { continue }
      let missing = (low...high).filter { !numbers.contains($0) }
      guard !missing.isEmpty else { continue }
      let after = valid.filter { ($0.label.value.number ?? 0) > missing[0] }
        .min { $0.label.location < $1.label.location }
      found.append(
        diagnostic(
          at: after?.label.location ?? valid[0].label.location, message(missing), hint: hint))
    }
  }
}
