/// The four invariants of the référentiel "Villes pairs, territoires pilotes de la transition".
public enum Invariant: String, Sendable, Codable, CaseIterable {
  case engagement
  case systemic = "systemique"
  case cooperation
  case value = "valeur"

  /// The English id accepted as an alias in balise ids (`systemic/2`).
  public var englishAlias: String {
    switch self {
    case .engagement: "engagement"
    case .systemic: "systemic"
    case .cooperation: "cooperation"
    case .value: "value"
    }
  }

  public var title: LocalizedText {
    switch self {
    case .engagement:
      LocalizedText(
        fr: "L'engagement des acteurs du territoire comme ressource",
        en: "The commitment of the territory's actors as a resource")
    case .systemic:
      LocalizedText(
        fr: "Agir de façon intégrée, s'intéresser aux effets systémiques de l'action",
        en: "Act in an integrated way, mind the systemic effects of action")
    case .cooperation:
      LocalizedText(fr: "Travailler en coopération", en: "Work in cooperation")
    case .value:
      LocalizedText(
        fr: "Évaluer la valeur créée et le rapport aux moyens mobilisés",
        en: "Assess the value created against the means committed")
    }
  }

  public init?(alias text: String) {
    guard let found = Self.allCases.first(where: { $0.rawValue == text || $0.englishAlias == text })
    else { return nil }
    self = found
  }
}

/// One balise (marker) of the référentiel: an invariant and a number.
public struct Balise: Hashable, Sendable {
  public let invariant: Invariant
  public let number: Int
  /// The référentiel's French title and an English gloss.
  public let title: LocalizedText

  /// The canonical id, `cooperation/1`.
  public var id: String { "\(invariant.rawValue)/\(number)" }
}

/// The référentiel as data: every balise of the four invariants.
public enum Referentiel {
  public static let balises: [Balise] = [
    b(
      .engagement, 1, "S'inscrire dans une proximité au territoire vécu, au quotidien",
      "Stay close to the territory as people live it, day to day"),
    b(.engagement, 2, "Construire le récit", "Build the narrative"),
    b(.engagement, 3, "Créer les conditions de la confiance", "Create the conditions for trust"),
    b(
      .engagement, 4, "Changer le travail des services et des élus",
      "Change the way staff and elected officials work"),
    b(
      .engagement, 5,
      "Veiller à ce que l'engagement fasse ressource pour la personne, pour qu'il puisse se maintenir dans la durée",
      "Make sure commitment is a resource for the person, so that it can last"),
    b(.engagement, 6, "S'engager, c'est voyager", "Committing oneself is a journey"),
    b(.systemic, 1, "Élargir le regard", "Widen the view"),
    b(.systemic, 2, "Créer un effet d'entraînement", "Create a ripple effect"),
    b(.systemic, 3, "Progresser par sauts systémiques", "Move forward by systemic leaps"),
    b(
      .systemic, 4, "Saisir les opportunités, les évènements, comme une ressource",
      "Seize opportunities and events as a resource"),
    b(
      .systemic, 5, "Piloter par le sens, les délais, l'attention aux ressources",
      "Steer by meaning, time frames and care for resources"),
    b(
      .cooperation, 1, "Coopérer ne signifie pas être alignés",
      "Cooperating does not mean being aligned"),
    b(
      .cooperation, 2, "Construire et animer des dispositifs de réflexivité",
      "Build and run spaces for reflexivity"),
    b(
      .cooperation, 3, "Pas seulement participer, coopérer",
      "Not only take part: cooperate"),
    b(.cooperation, 4, "Manager (par) la coopération", "Manage through cooperation"),
    b(
      .cooperation, 5, "Développer une culture du risque partagé",
      "Grow a culture of shared risk"),
    b(.cooperation, 6, "Jouer le temps et le territoire", "Play on time and territory"),
    b(
      .value, 1, "Appréhender la multiplicité des dimensions de valeurs",
      "Grasp the many dimensions of value"),
    b(
      .value, 2, "Créer de la valeur à visées à la fois sociale, environnementale, économique",
      "Create value that is at once social, environmental and economic"),
    b(
      .value, 3, "Renforcer la capacité collective à entreprendre",
      "Strengthen the collective capacity to undertake"),
    b(
      .value, 4, "Évaluer une diversité de plans / de résultats",
      "Assess a variety of planes and results"),
    b(
      .value, 5, "Articuler les plans monétaire et symbolique de la valorisation",
      "Link the monetary and symbolic sides of value"),
    b(
      .value, 6,
      "Favoriser / valoriser une circulation monétaire endogène/exogène aux territoires",
      "Foster money that circulates within and into the territories"),
  ]

  private static func b(_ invariant: Invariant, _ number: Int, _ fr: String, _ en: String)
    -> Balise
  {
    Balise(invariant: invariant, number: number, title: LocalizedText.verbatim(fr: fr, en: en))
  }

  /// The balise an id names (`cooperation/1`, `systemic/2`), accepting English invariant ids.
  public static func balise(named id: String) -> Balise? {
    let parts = id.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let invariant = Invariant(alias: String(parts[0])),
      let number = Int(parts[1])
    else { return nil }
    return balises.first { $0.invariant == invariant && $0.number == number }
  }

  /// The balises of one invariant, in order.
  public static func balises(of invariant: Invariant) -> [Balise] {
    balises.filter { $0.invariant == invariant }
  }
}
