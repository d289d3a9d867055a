import RecitModel

/// `balise-inconnue`: a `balises:` entry that names no balise of the référentiel.
struct UnknownMarker: ActionRule {
  static let id = "balise-inconnue"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "balise absente du référentiel", en: "marker not in the référentiel")
  static let listHint = LocalizedText(
    fr: "« recit balises » liste les balises", en: "“recit markers” lists the markers")

  static func message(_ text: String) -> LocalizedText {
    LocalizedText(
      fr: "« \(text) » n'est pas une balise du référentiel",
      en: "“\(text)” is not a marker of the référentiel")
  }

  static func suggestionHint(_ id: String) -> LocalizedText {
    LocalizedText(fr: "vouliez-vous dire « \(id) » ?", en: "did you mean “\(id)”?")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    for reference in context.action.balises where reference.balise == nil {
      let suggestion = EditDistance.closest(
        to: reference.text, among: Referentiel.balises.map(\.id))
      found.append(
        diagnostic(
          at: reference.location, message(reference.text),
          hint: suggestion.map(suggestionHint) ?? listHint))
    }
  }
}
