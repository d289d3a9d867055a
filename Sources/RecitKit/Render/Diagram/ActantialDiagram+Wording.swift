extension ActantialDiagram {
  /// The accessible title: "Schéma actantiel : <subject>".
  public var accessibleTitle: String {
    let base = LocalizedText(fr: "Schéma actantiel", en: "Actantial diagram").text(in: language)
    guard let subject, !subject.isEmpty else { return base }
    return base + colon + subject
  }

  /// The accessible description: every role with its actors, then the quest, in full.
  public var accessibleDescription: String {
    var sentences = Self.order.map { role in
      let entries = entries(for: role)
      let value = entries.isEmpty ? emptyText(for: role) : entries.joined(separator: ", ")
      return capitalized(role.label.text(in: language)) + colon + value + "."
    }
    if !quest.isEmpty {
      let steps = quest.map { step in
        (LocalizedText(fr: "étape ", en: "step ").text(in: language)) + step.label.value.canonical
          + ", " + text(of: step)
      }
      let name = LocalizedText(fr: "Quête", en: "Quest").text(in: language)
      sentences.append(
        name + colon
          + steps.joined(separator: LocalizedText(fr: " ; ", en: "; ").text(in: language)) + ".")
    }
    return sentences.joined(separator: " ")
  }

  /// The order the description follows: the top row, the sujet, the bottom row.
  static let order: [Role] = [
    .sender, .object, .receivers, .subject, .helpers, .opponents,
  ]

  /// The text shown in an empty box: "non dit" for a role the narrative leaves untold, "aucun"
  /// for a list written empty on purpose (`[]`), else "non renseigné".
  func emptyText(for role: Role) -> String {
    let text =
      if untold.contains(role) {
        LocalizedText(fr: "non dit", en: "untold")
      } else if role != .object, schema.declares(role) {
        LocalizedText(fr: "aucun", en: "none")
      } else {
        LocalizedText(fr: "non renseigné", en: "not stated")
      }
    return text.text(in: language)
  }

  /// The name of the quest arrow.
  var questLabel: String { LocalizedText(fr: "quête", en: "quest").text(in: language) }

  /// A role's name as a box heading.
  func heading(for role: Role) -> String { capitalized(role.label.text(in: language)) }

  /// ": " in English, " : " with a no-break space in French.
  private var colon: String { LocalizedText(fr: "\u{00A0}: ", en: ": ").text(in: language) }

  private func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
