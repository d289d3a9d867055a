import RecitModel

/// `roles-non-dits`: a narrative gives its own subject or object, so it inherits no role from
/// the carried narrative; the roles it leaves out are "non dits", and this note lists them.
struct UntoldRoles: ActionRule {
  static let id = "roles-non-dits"
  static let severity = Severity.note
  static let title = LocalizedText(
    fr: "rôles non dits d'un récit qui raconte une autre histoire",
    en: "untold roles of a narrative that tells another story")

  static func message(_ roles: [Role]) -> LocalizedText {
    let fr = roles.map(\.label.fr).joined(separator: ", ")
    let en = roles.map(\.label.en).joined(separator: ", ")
    return LocalizedText(
      fr:
        "ce récit donne son propre sujet ou son propre objet : il ne reprend aucun rôle du récit porté, et ne dit rien de : \(fr)",
      en:
        "this narrative gives its own subject or object: it takes no role from the carried narrative, and says nothing of: \(en)"
    )
  }

  static let hint = LocalizedText(
    fr:
      "si son narrateur les voit, écrivez ces rôles sous « schema » (« [] » pour « aucun ») ; sinon ils restent « non dits » dans son schéma et dans la comparaison",
    en:
      "if its narrator sees them, write these roles under “schema” (“[]” for “none”); otherwise they stay “untold” in its diagram and in the comparison"
  )

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    let action = context.action
    // While the action's main file cannot be read, its roles are unknown: nothing to compare.
    guard action.carried?.isReadable ?? false else { return }
    for narrative in action.narratives where narrative.isReadable {
      let untold = action.untoldRoles(of: narrative)
      guard !untold.isEmpty else { continue }
      found.append(
        diagnostic(
          at: narrative.schema.location ?? .start(of: narrative.file), message(untold),
          hint: hint))
    }
  }
}
