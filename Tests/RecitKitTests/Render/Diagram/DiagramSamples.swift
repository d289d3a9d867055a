@testable import RecitKit

/// The actantial schema of Malaunay's AMAP (Samples/malaunay), built by hand so that the
/// diagram tests do not depend on the reader.
enum DiagramSamples {
  static let place = SourceLocation(file: "actions/creation-amap/action.md", line: 1, column: 1)

  static let names = [
    "maire": "Maire de Malaunay",
    "amap": "AMAP de Malaunay",
    "adherents": "Adhérents de l’AMAP",
    "maraicher": "Maraîcher partenaire de l’AMAP",
    "bibliotheque": "Bibliothèque municipale",
    "habitants": "Habitants de Malaunay",
    "habitudes": "Habitudes de consommation",
  ]

  static func references(_ ids: String...) -> [Reference] {
    ids.map { Reference($0, at: place) }
  }

  static let schema = ActantialSchema(
    senders: references("maire"), subjects: references("amap"),
    object: Text(
      "Manger local et de saison tout en faisant vivre un maraîcher du territoire", at: place),
    receivers: references("adherents", "maraicher"),
    helpers: references("bibliotheque", "habitants"), opponents: references("habitudes"))

  static func step(_ label: String, _ actors: [String], _ action: String) -> QuestStep {
    QuestStep(
      label: Located(StepLabel(label), at: place), actors: actors.map { Reference($0, at: place) },
      action: Text(action, at: place), influences: [], location: place)
  }

  static let quest = [
    step(
      "0", ["maire"],
      "Suggère en réunion publique que des habitants s’organisent pour acheter directement à un paysan"
    ),
    step("1", ["habitants"], "Une vingtaine de familles se réunissent et fondent l’association"),
    step(
      "2", ["amap", "maraicher"], "Signent un premier contrat de saison, paniers payés d’avance"),
    step("3", ["bibliotheque"], "Ouvre ses portes le mardi soir pour la distribution des paniers"),
    step(
      "3 bis", ["amap", "adherents"],
      "Organisent des ateliers de cuisine, des fiches recettes et des visites à la ferme"),
    step("4", ["amap"], "Passe le cap des quatre-vingts foyers à la fin de la deuxième saison"),
  ]

  static let diagram = ActantialDiagram(
    schema: schema, names: names, quest: quest, language: .fr,
    subject: "Des habitants fondent une AMAP à la suggestion du maire", idPrefix: "creation-amap")
}

extension DiagramSamples {
  /// Many actors, long names, an unbreakable word, a long objet and a long step label.
  static let crowded = ActantialDiagram(
    schema: ActantialSchema(
      senders: references("a", "b"), subjects: references("c", "d", "e"),
      object: Text(
        "Réconcilier les anciens mineurs, leurs familles et la commune avec l’histoire du bassin "
          + "minier en faisant de la transition écologique un projet de fierté partagée par toutes "
          + "les générations et tous les quartiers de Loos-en-Gohelle", at: place),
      receivers: references("f", "g", "h", "i"), helpers: references("j"),
      opponents: references("k", "l")),
    names: [
      "a": "Communauté d’agglomération de Lens-Liévin", "b": "Région Hauts-de-France",
      "c": "Conseil municipal de Loos-en-Gohelle",
      "d": "Centre permanent d’initiatives pour l’environnement (CPIE) Chaîne des Terrils",
      "e": "Élèves", "f": "Anciens mineurs et leurs familles",
      "g": "Habitantes et habitants des cités minières", "h": "Écoles",
      "i": "Anticonstitutionnellementextraordinairement-longue-appellation",
      "j": "Association Culture Commune", "k": "Résignation",
      "l": "Image négative du territoire",
    ],
    quest: [
      step("0", ["a"], "Commande"),
      step(
        "10 quinquies", ["c"],
        "Une étape au libellé très long qui devra être raccourcie parce qu’elle dépasse "
          + "largement deux lignes de texte dans la bande de la quête"),
    ],
    language: .fr, idPrefix: "crowded")
}
