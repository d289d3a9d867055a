import RecitModel

/// The words of the comparison, French first, shared by every renderer.
enum ComparisonWording {
  static func headline(
    columns: [Comparison.Column], conflicts: Int, cooperations: Int, divergent: Int,
    arbitrated: Bool
  ) -> LocalizedText {
    guard let first = columns.first else {
      return LocalizedText(
        fr: "Aucun récit lisible : rien à comparer.",
        en: "No readable narrative: nothing to compare.")
    }
    guard columns.count > 1 else {
      return LocalizedText(
        fr:
          "Un seul point de vue (\(first.heading)) : ajoutez un récit alternatif ou contradictoire pour pouvoir comparer.",
        en:
          "A single point of view (\(first.heading)): add an alternative or contradictory narrative to compare."
      )
    }
    let fr = [
      plural(conflicts, "zone de conflit", "zones de conflit", french: true),
      plural(cooperations, "zone de coopération", "zones de coopération", french: true),
      plural(divergent, "acteur divergent", "acteurs divergents", french: true),
    ]
    let en = [
      plural(conflicts, "zone of conflict", "zones of conflict", french: false),
      plural(cooperations, "zone of cooperation", "zones of cooperation", french: false),
      plural(divergent, "divergent actor", "divergent actors", french: false),
    ]
    return LocalizedText(
      fr:
        "\(columns.count) récits : \(fr.joined(separator: ", ")) ; \(arbitrated ? "arbitrage consigné" : "aucun arbitrage consigné").",
      en:
        "\(columns.count) narratives: \(en.joined(separator: ", ")); \(arbitrated ? "arbitration recorded" : "no arbitration recorded")."
    )
  }

  /// « Zone de conflit — AMAP : opposant selon Mairie ; sujet selon AMAP. »: the roles the
  /// actor plays, each with the narratives that give it those roles, in column order.
  static func conflict(_ row: Comparison.Row, columns: [Comparison.Column]) -> LocalizedText {
    var groups: [(roles: [Comparison.PlayedRole], narrators: [String])] = []
    for (roles, column) in zip(row.cells, columns) where !roles.isEmpty {
      if let index = groups.firstIndex(where: { $0.roles == roles }) {
        groups[index].narrators.append(column.heading)
      } else {
        groups.append((roles, [column.heading]))
      }
    }
    let fr = groups.map {
      "\(list($0.roles.map(\.label.fr), and: "et")) selon \(list($0.narrators, and: "et"))"
    }
    let en = groups.map {
      "\(list($0.roles.map(\.label.en), and: "and")) according to \(list($0.narrators, and: "and"))"
    }
    let name = row.actor.displayName
    return LocalizedText(
      fr: "Zone de conflit — \(name) : \(fr.joined(separator: " ; ")).",
      en: "Zone of conflict — \(name): \(en.joined(separator: "; ")).")
  }

  static func cooperation(_ row: Comparison.Row, narratives: Int) -> LocalizedText {
    let name = row.actor.displayName
    return LocalizedText(
      fr: "Zone de coopération — \(name) : adjuvant ou destinataire dans les \(narratives) récits.",
      en: "Zone of cooperation — \(name): helper or receiver in all \(narratives) narratives.")
  }

  /// `a`, `a et b`, `a, b et c`.
  static func list(_ items: [String], and word: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
  }

  /// French counts 0 and 1 as singular, English only 1.
  static func plural(_ count: Int, _ one: String, _ many: String, french: Bool) -> String {
    "\(count) \(count == 1 || (french && count == 0) ? one : many)"
  }

  /// The label of a cell: its roles, or a dash when the actor is absent.
  static func cell(_ roles: [Comparison.PlayedRole], in language: Language) -> String {
    roles.isEmpty ? "—" : roles.map { $0.label.text(in: language) }.joined(separator: ", ")
  }

  static func yesNo(_ value: Bool, in language: Language) -> String {
    switch language {
    case .fr: value ? "oui" : "non"
    case .en: value ? "yes" : "no"
    }
  }
}

/// Section titles and fixed phrases, shared by the text, Markdown and HTML renderers.
extension ComparisonWording {
  static let title = LocalizedText(fr: "Points de vue", en: "Points of view")
  static let matrix = LocalizedText(fr: "Rôles par récit", en: "Roles by narrative")
  static let actor = LocalizedText(fr: "acteur", en: "actor")
  static let zone = LocalizedText(fr: "zone", en: "zone")
  static let sides = LocalizedText(fr: "Sujets et objets", en: "Subjects and objects")
  static let subject = LocalizedText(fr: "sujet", en: "subject")
  static let object = LocalizedText(fr: "objet", en: "object")
  static let untold = LocalizedText(fr: "rôles non dits", en: "untold roles")
  static let narrative = LocalizedText(fr: "récit", en: "narrative")
  static let disagreements = LocalizedText(fr: "Désaccords déclarés", en: "Declared disagreements")
  static let noDisagreement = LocalizedText(
    fr: "Aucun désaccord déclaré.", en: "No disagreement declared.")
  static let steps = LocalizedText(
    fr: "Étapes racontées par certains récits seulement", en: "Steps told by some narratives only")
  static let sameSteps = LocalizedText(
    fr: "Tous les récits racontent les mêmes étapes.", en: "Every narrative tells the same steps.")
  static let step = LocalizedText(fr: "étape", en: "step")
  static let told = LocalizedText(fr: "racontée", en: "told")
  static let omitted = LocalizedText(fr: "omise", en: "omitted")
  static let summary = LocalizedText(fr: "Synthèse", en: "Summary")
  static let categories = LocalizedText(
    fr: "Divergences par catégorie d'acteurs", en: "Divergences by category of actors")
  static let category = LocalizedText(fr: "catégorie", en: "category")
  static let actors = LocalizedText(fr: "acteurs", en: "actors")
  static let divergences = LocalizedText(fr: "divergences", en: "divergences")
  static let conflicts = LocalizedText(fr: "dont conflits", en: "of which conflicts")
  static let arbitration = LocalizedText(fr: "Arbitrage", en: "Arbitration")
  static let noArbitration = LocalizedText(
    fr: "Aucun arbitrage consigné.", en: "No arbitration recorded.")
  static let missing = LocalizedText(fr: "(non précisé)", en: "(not given)")

  static func agreement(subjects: Bool, objects: Bool) -> LocalizedText {
    LocalizedText.verbatim(
      fr: (subjects ? "Même sujet" : "Sujets différents") + " ; "
        + (objects ? "même objet" : "objets différents") + " selon les récits.",
      en: (subjects ? "Same subject" : "Different subjects") + "; "
        + (objects ? "same object" : "different objects") + " across narratives.")
  }

  static func stance(_ stance: Stance) -> LocalizedText {
    switch stance {
    case .carried: LocalizedText(fr: "porté", en: "carried")
    case .alternative: LocalizedText(fr: "alternatif", en: "alternative")
    case .contradictory: LocalizedText(fr: "contradictoire", en: "contradictory")
    }
  }
}
