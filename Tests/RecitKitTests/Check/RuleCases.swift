import Testing

/// A correct project, and for each rule a change to it that must fire the rule at a marked place.
enum RuleCases {
  static let settings = "territoire: Malaunay\n"
  static let actors = """
    mairie: { nom: Mairie de Malaunay, categorie: elu, nature: institution }
    habitants: { nom: Habitants, categorie: habitant }
    services: { nom: Services de la ville, categorie: agent }
    prefecture: { nom: Préfecture, categorie: etat }

    """

  /// The carried narrative of a complete action; `{…}` parts are replaced by cases.
  static let action = """
    ---
    titre: Un marché au centre-ville
    date: 2019-03
    balises: [cooperation/1, engagement/2]
    acteurs:
      amap: { nom: AMAP, categorie: habitant }
      producteurs: { nom: Producteurs, categorie: acteur-socio-economique }
    schema:
      destinateur: mairie
      sujet: mairie
      objet: Rendre le centre attractif
      destinataires: [habitants, producteurs]
      adjuvants: [producteurs]
      opposants: [amap]
    quete:
      - etape: "0"
        acteurs: [mairie]
        action: Suggère une AMAP
        influence: [amap]
      - etape: "1"
        acteur: amap
        action: Distribue des paniers
      - etape: "1 bis"
        acteurs: [producteurs]
        action: Préparent le marché
    influences:
      - de: producteurs
        sur: habitants
    benefices:
      - pour: habitants
        dimension: effets-utiles
        texte: Des produits frais
      - pour: producteurs
        dimension: economique
        texte: Une clientèle
    arbitrage: Un comité trimestriel.
    ---

    La mairie, avec @producteurs, prépare le marché.

    @services et @prefecture suivent le projet.

    """

  static let other = """
    ---
    narrateur: amap
    posture: contradictoire
    schema:
      destinateur: [habitants]
      sujet: amap
      objet: Rendre le centre attractif
      destinataires: [habitants]
      adjuvants: []
      opposants: [mairie]
    desaccords:
      - sur: objet
        texte: Pas contre l'AMAP
    ---

    Nous avons créé l'AMAP à la demande de @mairie.

    """

  static func files(action: String = action, other: String? = RuleCases.other) -> [String: String] {
    var files = [
      "recit.yml": settings, "acteurs.yml": actors, "actions/marche/action.md": action,
    ]
    if let other { files["actions/marche/amap.md"] = other }
    return files
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var rule: String
    /// The file that holds the mark, and its marked content.
    var file: String
    var marked: String
    /// The other files, by path (the mark-holding file is added to them).
    var base: [String: String]
    /// Where the diagnostic is reported, when not in `file` (a folder, say).
    var reportedIn: String? = nil

    var testDescription: String { rule }
  }

}

extension RuleCases.Case {
  typealias Cases = RuleCases

  /// Replaces `old` by `new` in the action text, which then holds the mark.
  static func inAction(_ rule: String, _ old: String, _ new: String) -> Self {
    precondition(Cases.action.contains(old), "\(rule): no “\(old)” in the action")
    return Self(
      rule: rule, file: "actions/marche/action.md",
      marked: Cases.action.replacingOccurrences(of: old, with: new), base: Cases.files())
  }

  static func inOther(_ rule: String, _ old: String, _ new: String) -> Self {
    precondition(Cases.other.contains(old), "\(rule): no “\(old)” in the narrative")
    return Self(
      rule: rule, file: "actions/marche/amap.md",
      marked: Cases.other.replacingOccurrences(of: old, with: new), base: Cases.files())
  }
}
