import RecitModel

/// A rule that fires when a role of the action's schema is empty: the six `…-manquant` rules
/// of the actantial schema share this logic and differ by their role and message.
protocol MissingRoleRule: ActionRule {
  static var role: Role { get }
  /// Reported at the action's `schema:`.
  static var message: LocalizedText { get }
  /// Whether an empty list (`adjuvants: []`) says "none, on purpose" and is not reported.
  static var emptyListMeansNone: Bool { get }
}

extension MissingRoleRule {
  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    guard context.isCarriedReadable else { return }
    let schema = context.action.schema
    guard !schema.isFilled(role) else { return }
    if emptyListMeansNone, schema.actors(in: role) != nil { return }
    found.append(diagnostic(at: context.schemaLocation, message, hint: hint))
  }

  static var emptyListMeansNone: Bool { false }

  static var hint: LocalizedText {
    emptyListMeansNone
      ? LocalizedText(
        fr:
          "ajoutez « \(role.rawValue): … » sous « schema: », ou « \(role.rawValue): [] » s'il n'y en a aucun",
        en:
          "add “\(role.englishAlias): …” under “schema:”, or “\(role.englishAlias): []” if there is none"
      )
      : LocalizedText(
        fr: "ajoutez « \(role.rawValue): … » sous « schema: »",
        en: "add “\(role.englishAlias): …” under “schema:”")
  }
}
