import RecitModel

/// `destinataire-sans-benefice`: a receiver of the schema has no entry under `benefices:`.
struct ReceiverWithoutBenefit: ActionRule {
  static let id = "destinataire-sans-benefice"
  static let severity = Severity.note
  static let title = LocalizedText(
    fr: "destinataire sans bénéfice déclaré", en: "receiver without a stated benefit")

  static func message(_ id: String) -> LocalizedText {
    LocalizedText(
      fr: "le destinataire « \(id) » n'a aucun bénéfice déclaré",
      en: "the receiver “\(id)” has no stated benefit")
  }

  static func hint(_ id: String) -> LocalizedText {
    LocalizedText(
      fr: "ajoutez sous « benefices » : « - pour: \(id) » avec sa dimension (Valeur, balise 2)",
      en: "add under “benefits”: “- for: \(id)” with its dimension (Valeur, balise 2)")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    guard context.isCarriedReadable else { return }
    let action = context.action
    let served = Set(action.benefits.map(\.receiver.id))
    for receiver in action.schema.receivers ?? [] where !served.contains(receiver.id) {
      found.append(
        diagnostic(at: receiver.location, message(receiver.id), hint: hint(receiver.id)))
    }
  }
}
