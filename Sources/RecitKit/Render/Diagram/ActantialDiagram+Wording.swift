extension ActantialDiagram {
  /// The accessible title: "Schéma actantiel : <subject>".
  public var accessibleTitle: String {
    let base = language == .fr ? "Schéma actantiel" : "Actantial diagram"
    guard let subject, !subject.isEmpty else { return base }
    return base + colon + subject
  }

  /// The accessible description: every role with its actors, then the quest, in full.
  public var accessibleDescription: String {
    var sentences = Self.order.map { role in
      let entries = entries(for: role)
      let value = entries.isEmpty ? notFilled : entries.joined(separator: ", ")
      return capitalized(role.label.text(in: language)) + colon + value + "."
    }
    if !quest.isEmpty {
      let steps = quest.map { step in
        (language == .fr ? "étape " : "step ") + step.label.value.canonical + ", " + text(of: step)
      }
      let name = language == .fr ? "Quête" : "Quest"
      sentences.append(name + colon + steps.joined(separator: language == .fr ? " ; " : "; ") + ".")
    }
    return sentences.joined(separator: " ")
  }

  /// The order the description follows: the top row, the sujet, the bottom row.
  static let order: [Role] = [
    .destinateur, .objet, .destinataires, .sujet, .adjuvants, .opposants,
  ]

  /// The text shown in an empty box.
  var notFilled: String { language == .fr ? "non renseigné" : "not stated" }

  /// The name of the quest arrow.
  var questLabel: String { language == .fr ? "quête" : "quest" }

  /// A role's name as a box heading.
  func heading(for role: Role) -> String { capitalized(role.label.text(in: language)) }

  /// ": " in English, " : " with a no-break space in French.
  private var colon: String { language == .fr ? "\u{00A0}: " : ": " }

  private func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
