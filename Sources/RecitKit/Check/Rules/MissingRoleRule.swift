import RecitModel

/// A rule that fires when a role of the action's schema is empty: the six `…-manquant` rules
/// of the actantial schema share this logic and differ by their role and message.
protocol MissingRoleRule: ActionRule {
  static var role: Role { get }
  /// Reported at the action's `schema:`.
  static var message: LocalizedText { get }
}

extension MissingRoleRule {
  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    guard context.isCarriedReadable else { return }
    guard !context.action.schema.isFilled(role) else { return }
    found.append(diagnostic(at: context.schemaLocation, message, hint: hint))
  }

  static var hint: LocalizedText {
    LocalizedText(
      fr: "ajoutez « \(role.rawValue): … » sous « schema: »",
      en: "add “\(role.englishAlias): …” under “schema:”")
  }
}
