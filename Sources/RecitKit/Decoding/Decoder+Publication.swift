import RecitModel

extension Decoder {
  /// `brouillon: true` [draft]: yes or no, in French or English (`oui`, `non`, `true`, `false`).
  mutating func draftFlag(_ node: YAMLNode?) -> Bool {
    let flag = choice(
      node, what: LocalizedText(fr: "brouillon", en: "draft"),
      among: [(true, ["oui", "true", "yes", "vrai"]), (false, ["non", "false", "no", "faux"])])
    return flag?.value ?? false
  }

  /// `ordre: 3` [order]: a whole number, which may be negative to come before the others.
  mutating func order(_ node: YAMLNode?) -> Int? {
    guard let written = text(node, what: LocalizedText(fr: "ordre", en: "order")) else {
      return nil
    }
    let value = written.value.trimmingSpaces
    if let number = Int(value) { return number }
    report(
      .invalidValue, at: written.location,
      LocalizedText(
        fr:
          "« \(written.value) » n'est pas un nombre entier : « ordre » place l'action dans le sommaire",
        en: "“\(written.value)” is not a whole number: “order” places the action in the index"),
      hint: LocalizedText(
        fr:
          "écrivez par exemple « ordre: 1 » pour la première action, « ordre: 2 » pour la suivante",
        en: "write for example “order: 1” for the first action, “order: 2” for the next"))
    return nil
  }
}
