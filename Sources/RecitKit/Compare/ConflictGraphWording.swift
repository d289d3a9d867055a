import RecitModel

/// The words of the conflict graph, French first.
enum ConflictGraphWording {
  static let title = LocalizedText(fr: "Carte des conflits", en: "Conflict map")

  static func kind(_ kind: ConflictGraph.EdgeKind) -> LocalizedText {
    switch kind {
    case .alliance:
      LocalizedText(
        fr: "alliés dans tous les récits qui les relient",
        en: "allies in every narrative that relates them")
    case .opposition:
      LocalizedText(
        fr: "opposés dans tous les récits qui les relient",
        en: "opposed in every narrative that relates them")
    case .contested:
      LocalizedText(
        fr: "alliés selon un récit, opposés selon un autre",
        en: "allies in one narrative, opposed in another")
    }
  }

  static func zone(_ zone: Comparison.Zone) -> LocalizedText {
    switch zone {
    case .conflit: LocalizedText(fr: "acteur en zone de conflit", en: "actor in a zone of conflict")
    case .cooperation:
      LocalizedText(fr: "acteur en zone de coopération", en: "actor in a zone of cooperation")
    case .divergent:
      LocalizedText(
        fr: "acteur placé différemment selon les récits",
        en: "actor placed differently across narratives")
    case .stable:
      LocalizedText(fr: "acteur au même rôle partout", en: "actor in the same role everywhere")
    }
  }

  /// « Mairie — AMAP : opposés selon Mairie, AMAP ; alliés selon … »
  static func edge(_ edge: ConflictGraph.Edge, in comparison: Comparison) -> LocalizedText {
    let names =
      "\(comparison.rows[edge.from].actor.displayName) — \(comparison.rows[edge.to].actor.displayName)"
    func narrators(_ relation: ConflictGraph.Relation) -> [String] {
      zip(edge.relations, comparison.narratives).filter { $0.0 == relation }.map(\.1.heading)
    }
    var fr: [String] = []
    var en: [String] = []
    for (relation, wordFR, wordEN) in [
      (ConflictGraph.Relation.alliance, "alliés", "allies"), (.opposition, "opposés", "opposed"),
    ] {
      let who = narrators(relation)
      guard !who.isEmpty else { continue }
      fr.append("\(wordFR) selon \(who.joined(separator: ", "))")
      en.append("\(wordEN) according to \(who.joined(separator: ", "))")
    }
    return LocalizedText(
      fr: "\(names) : \(fr.joined(separator: " ; "))", en: "\(names): \(en.joined(separator: "; "))"
    )
  }
}
