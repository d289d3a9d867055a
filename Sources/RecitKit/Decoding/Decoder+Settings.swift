import RecitModel

extension Decoder {
  /// `recit.yml`.
  mutating func settings(from root: YAMLNode?) -> ProjectSettings {
    let keys = Field.Keys.self
    let what = LocalizedText(fr: "recit.yml", en: "recit.yml")
    guard let values = fields(of: root, keys.settings, what: what) else {
      return ProjectSettings()
    }
    let territory = text(
      values[keys.territory], what: LocalizedText(fr: "territoire", en: "territory"))
    let title = text(values[keys.title], what: LocalizedText(fr: "titre", en: "title"))
    let language = choice(
      values[keys.language], what: LocalizedText(fr: "langue", en: "language"),
      among: [(Language.fr, ["fr", "français", "french"]), (.en, ["en", "anglais", "english"])])
    let authors =
      texts(values[keys.authors], what: LocalizedText(fr: "auteurs", en: "authors")) ?? []
    let description = text(
      values[keys.description], what: LocalizedText(fr: "description", en: "description"))
    return ProjectSettings(
      territory: territory, title: title, language: language, authors: authors,
      description: description, rules: rules(from: values[keys.rules]))
  }

  /// `regles:`: rule id → severity or off.
  private mutating func rules(from node: YAMLNode?) -> [Rule: Located<RuleSetting>] {
    guard let node, !node.isNull else { return [:] }
    guard case .mapping(let pairs) = node.content else {
      expected(
        LocalizedText(fr: "un dictionnaire (règle: sévérité)", en: "a mapping (rule: severity)"),
        for: LocalizedText(fr: "regles", en: "rules"), got: node)
      return [:]
    }
    var rules: [Rule: Located<RuleSetting>] = [:]
    let options: [(value: RuleSetting, names: [String])] = [
      (.off, ["desactivee", "desactive", "off", "non", "false"]),
      (.severity(.error), ["erreur", "error"]),
      (.severity(.warning), ["avertissement", "warning"]),
      (.severity(.note), ["note"]),
    ]
    for (key, value) in pairs {
      guard let id = key.scalar else { continue }
      guard let rule = Rule(rawValue: id) else {
        let suggestion = EditDistance.closest(to: id, among: Rule.allCases.map(\.rawValue))
        report(
          .unknownField, at: key.location,
          LocalizedText(fr: "règle inconnue « \(id) »", en: "unknown rule “\(id)”"),
          hint: suggestion.map {
            LocalizedText(fr: "vouliez-vous dire « \($0) » ?", en: "did you mean “\($0)”?")
          }
            ?? LocalizedText(
              fr: "« recit explain » liste les règles", en: "“recit explain” lists the rules"))
        continue
      }
      if let setting = choice(
        value, what: LocalizedText(fr: "la règle « \(id) »", en: "the rule “\(id)”"),
        among: options)
      {
        rules[rule] = setting
      }
    }
    return rules
  }
}
