import RecitModel

/// `role-ambivalent`: one actor both helper and opponent in one schema, reported in the file
/// that writes the second of the two roles.
struct AmbivalentRole: ActionRule {
  static let id = "role-ambivalent"
  static let severity = Severity.warning
  static let title = LocalizedText(
    fr: "un acteur est à la fois adjuvant et opposant",
    en: "an actor is both helper and opponent")
  static let hint = LocalizedText(
    fr: "si l'acteur aide et freine à la fois, racontez-le dans deux récits distincts",
    en: "if the actor both helps and hinders, tell it in two separate narratives")

  static func message(_ id: String) -> LocalizedText {
    LocalizedText(
      fr: "« \(id) » est à la fois adjuvant et opposant dans ce schéma",
      en: "“\(id)” is both helper and opponent in this schema")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    let action = context.action
    for narrative in action.narratives {
      let own = narrative.schema
      let isCarried = narrative.file == action.file
      guard isCarried || own.helpers != nil || own.opponents != nil else { continue }
      let schema = isCarried ? action.schema : action.resolvedSchema(of: narrative)
      let helpers = Set((schema.helpers ?? []).map(\.id))
      for opponent in schema.opponents ?? [] where helpers.contains(opponent.id) {
        let helper = (schema.helpers ?? []).first { $0.id == opponent.id }!
        let location =
          [opponent.location, helper.location].filter { $0.file == narrative.file }
          .max() ?? opponent.location
        found.append(diagnostic(at: location, message(opponent.id), hint: hint))
      }
    }
  }
}
