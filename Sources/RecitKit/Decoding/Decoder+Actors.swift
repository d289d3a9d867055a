import RecitModel

extension Decoder {
  /// A mapping of actor id → actor (`acteurs:` in an action, or the whole of `acteurs.yml`).
  mutating func actors(from node: YAMLNode?, scope: ActorScope) -> [Actor] {
    guard let node, !node.isNull else { return [] }
    guard case .mapping(let pairs) = node.content else {
      expected(
        LocalizedText(fr: "un dictionnaire (identifiant: acteur)", en: "a mapping (id: actor)"),
        for: LocalizedText(fr: "acteurs", en: "actors"), got: node)
      return []
    }
    return pairs.compactMap { key, value in actor(id: key, value: value, scope: scope) }
  }

  private mutating func actor(id key: YAMLNode, value: YAMLNode, scope: ActorScope) -> Actor? {
    guard let id = key.scalar else { return nil }
    if !Self.isKebabCase(id) {
      report(
        .invalidValue, at: key.location,
        LocalizedText(
          fr:
            "l'identifiant d'acteur « \(id) » doit être en minuscules sans accents, mots séparés par des tirets",
          en: "the actor id “\(id)” must be lower case without accents, words joined by hyphens"),
        hint: LocalizedText(
          fr: "par exemple « \(Slug.make(id)) »", en: "for example “\(Slug.make(id))”"))
    }
    let keys = Field.Keys.self
    // `mairie: Mairie de Malaunay` is short for `mairie: { nom: Mairie de Malaunay }`.
    if value.scalar != nil, !value.isNull {
      return Actor(
        id: id, name: text(value, what: LocalizedText(fr: "nom", en: "name")), category: nil,
        scope: scope, location: key.location)
    }
    let what = LocalizedText(fr: "l'acteur « \(id) »", en: "the actor “\(id)”")
    // A malformed actor is still declared, so that its id is not reported unknown elsewhere.
    guard let values = fields(of: value, keys.actor, what: what) else {
      return Actor(id: id, name: nil, category: nil, scope: scope, location: key.location)
    }
    let category = choice(
      values[keys.category], what: LocalizedText(fr: "categorie", en: "category"),
      among: ActorCategory.allCases.map { ($0, [$0.rawValue, $0.englishAlias]) },
      advice: Self.categoryAdvice)
    let nature = choice(
      values[keys.nature], what: LocalizedText(fr: "nature", en: "kind"),
      among: ActorNature.allCases.map { ($0, [$0.rawValue, $0.englishAlias]) })
    return Actor(
      id: id, name: text(values[keys.name], what: LocalizedText(fr: "nom", en: "name")),
      short: text(
        values[keys.short], what: LocalizedText(fr: "court", en: "short")),
      category: category?.value, nature: nature?.value ?? .collective,
      description: text(
        values[keys.description], what: LocalizedText(fr: "description", en: "description")),
      scope: scope, location: key.location)
  }

  /// Words people write for a category (`association`, `commune`, `préfecture`…), folded, and
  /// the value that says it.
  private static let categoryWords: [(words: [String], value: String)] = [
    (
      [
        "association", "asso", "entreprise", "societe", "commerce", "commercant", "agriculteur",
        "producteur", "cooperative", "chambre", "chambre consulaire", "bailleur", "syndicat",
      ], "acteur-socio-economique"
    ),
    (
      [
        "commune", "mairie", "maire", "municipalite", "conseil municipal", "collectivite",
        "intercommunalite", "communaute de communes", "departement", "region", "elus",
      ], "elu"
    ),
    (["prefecture", "prefet", "sous-prefecture", "etat", "ministere", "ademe", "dreal"], "etat"),
    (
      [
        "citoyen", "citoyenne", "habitants", "population", "riverain", "usager", "parent",
        "famille", "public",
      ], "habitant"
    ),
    (["service", "services", "technicien", "fonctionnaire", "agents", "salarie"], "agent"),
  ]

  /// The hint for a category word that is not a value (`association` → `acteur-socio-economique`).
  static func categoryAdvice(_ written: String) -> LocalizedText? {
    let folded = written
    var word = fold(written).lowercased()
    if categoryWords.allSatisfy({ !$0.words.contains(word) }), word.hasSuffix("s") {
      word.removeLast()
    }
    guard let match = categoryWords.first(where: { $0.words.contains(word) }) else { return nil }
    let values = "elu, agent, etat, acteur-socio-economique, habitant, autre"
    if match.value == "elu" {
      return LocalizedText(
        fr:
          "pour « \(folded) », écrivez « elu » (ses élus) ou « agent » (ses services) ; valeurs possibles : \(values)",
        en:
          "for “\(folded)”, write “elu” (its elected members) or “agent” (its staff); possible values: \(values)"
      )
    }
    return LocalizedText(
      fr: "pour « \(folded) », écrivez « \(match.value) » ; valeurs possibles : \(values)",
      en: "for “\(folded)”, write “\(match.value)”; possible values: \(values)")
  }

  static func isKebabCase(_ id: String) -> Bool {
    // `[a-z0-9]+(-[a-z0-9]+)*`, on the bytes.
    var afterHyphen = true
    for byte in id.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        afterHyphen = false
      case UInt8(ascii: "-"):
        if afterHyphen { return false }
        afterHyphen = true
      default: return false
      }
    }
    return !afterHyphen
  }

}
