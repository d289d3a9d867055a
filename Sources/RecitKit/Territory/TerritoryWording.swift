import RecitModel

/// The words of the territory's pages, French and English.
enum TerritoryWording {
  typealias L = LocalizedText

  static let territory = L(fr: "Le territoire", en: "The territory")
  static let mapTitle = L(fr: "Carte du territoire", en: "Map of the territory")
  static let coverageTitle = L(fr: "Couverture du référentiel", en: "Coverage of the référentiel")
  static let timelineTitle = L(fr: "Chronologie", en: "Timeline")
  static let actorsTitle = L(fr: "Les acteurs", en: "The actors")
  static let ecosystem = L(fr: "Écosystème des acteurs", en: "Ecosystem of actors")

  static func mapIntro(actors: Int, actions: Int) -> L {
    L(
      fr:
        "\(actors) acteurs dans \(actions) actions : qui joue quel rôle d'une action à l'autre, qui change de camp, qui s'allie ou s'oppose à qui.",
      en:
        "\(actors) actors across \(actions) actions: who plays which part from one action to the next, who changes side, who sides with or against whom."
    )
  }

  static let matrix = L(
    fr: "Rôles des acteurs, action par action", en: "Actors' roles, action by action")
  /// A role that only some narratives give: "opposant selon l'AMAP, les habitants".
  static func roleAccording(_ role: String, _ narrators: [String]) -> L {
    let list = narrators.joined(separator: ", ")
    return L(fr: "\(role) selon \(list)", en: "\(role) according to \(list)")
  }

  static func matrixAsList(_ limit: Int) -> L {
    L(
      fr:
        "Plus de \(limit) actions : pour rester lisible, chaque acteur n'a ici que les actions qui le nomment, avec ses rôles.",
      en:
        "More than \(limit) actions: to stay readable, each actor lists here only the actions that name it, with its roles."
    )
  }

  static let rolesByAction = L(fr: "Rôles, action par action", en: "Roles, action by action")

  static let sideChanges = L(fr: "Acteurs qui changent de camp", en: "Actors who change side")
  static let noSideChange = L(
    fr: "Aucun acteur n'est adjuvant dans un récit et opposant dans un autre.",
    en: "No actor is a helper in one narrative and an opponent in another.")
  static let helperIn = L(fr: "Adjuvant dans", en: "Helper in")
  static let opponentIn = L(fr: "Opposant dans", en: "Opponent in")
  static let bonds = L(fr: "Alliances et oppositions", en: "Alliances and oppositions")
  static let noBond = L(
    fr: "Aucun récit ne met deux acteurs du même côté ni face à face.",
    en: "No narrative puts two actors on the same side or face to face.")
  static let bond = L(fr: "Lien", en: "Bond")
  static let narratives = L(fr: "Récits qui l'affirment", en: "Narratives stating it")
  static let actor = L(fr: "Acteur", en: "Actor")
  static let action = L(fr: "Action", en: "Action")
  static let actions = L(fr: "Actions", en: "Actions")
  static let narrative = L(fr: "Récit", en: "Narrative")
  static let role = L(fr: "Rôle", en: "Role")
  static let untold = L(fr: "Non-dits du récit", en: "Left unsaid by the narrative")
  static let narrator = L(fr: "narrateur", en: "narrator")
  static let narratorOnly = L(fr: "narrateur seulement", en: "narrator only")
  static let balise = L(fr: "Balise", en: "Marker")
  static let unclaimed = L(fr: "aucune action", en: "no action")

  static func coverageIntro(claimed: Int, total: Int) -> L {
    L(
      fr:
        "Les actions du territoire travaillent \(claimed) des \(total) balises du référentiel « Villes pairs, territoires pilotes de la transition ».",
      en:
        "The territory's actions work \(claimed) of the \(total) markers of the référentiel “Villes pairs, territoires pilotes de la transition”."
    )
  }

  static let unclaimedTitle = L(
    fr: "Balises qu'aucune action ne travaille", en: "Markers no action works")
  static let allClaimed = L(
    fr: "Chaque balise est travaillée par au moins une action.",
    en: "Every marker is worked by at least one action.")
  static let familiesTitle = L(
    fr: "Les familles d'acteurs par action", en: "Families of actors by action")
  static let familiesIntro = L(
    fr:
      "Les « quatre fantastiques » de la Fabrique des Transitions — élus, agents, État territorial, acteurs socio-économiques — et les habitants : qui l'action nomme-t-elle ?",
    en:
      "The Fabrique des Transitions' “fantastic four” — elected officials, staff, the territorial State, socio-economic actors — and residents: whom does the action name?"
  )
  static let yes = L(fr: "oui", en: "yes")
  static let no = L(fr: "non", en: "no")

  static let timelineIntro = L(
    fr: "Les actions datées et les étapes de leur quête qui portent une date, sur un même axe.",
    en: "Dated actions and the dated steps of their quests, on one axis.")
  static let noDate = L(
    fr: "Aucune action ni étape n'est datée.", en: "No action or step has a date.")
  static let date = L(fr: "Date", en: "Date")
  static let step = L(fr: "Étape", en: "Step")
  static let what = L(fr: "Ce qui se passe", en: "What happens")
  static let undated = L(fr: "Actions sans date", en: "Undated actions")

  static let noCategory = L(fr: "catégorie non précisée", en: "category not given")

  static func nature(_ nature: ActorNature) -> L {
    switch nature {
    case .person: L(fr: "une personne", en: "a person")
    case .collective: L(fr: "un collectif", en: "a collective")
    case .institution: L(fr: "une institution", en: "an institution")
    case .thing: L(fr: "une chose", en: "a thing")
    case .idea: L(fr: "une idée", en: "an idea")
    }
  }

  static func declaredIn(_ action: String) -> L {
    L(fr: "déclaré dans l'action « \(action) »", en: "declared in the action “\(action)”")
  }

  static let roles = L(fr: "Ses rôles, récit par récit", en: "Its parts, narrative by narrative")
  static let noRole = L(
    fr: "Aucun récit ne lui donne de rôle.", en: "No narrative gives it a part.")
  static let carries = L(fr: "Les récits qu'il porte", en: "The narratives it tells")
  static let carriesNone = L(fr: "Il ne raconte aucun récit.", en: "It tells no narrative.")
  static let contested = L(fr: "Les récits qui le contestent", en: "The narratives that contest it")
  static let contestedNone = L(
    fr: "Aucun récit contradictoire ne le conteste.", en: "No contradictory narrative contests it.")
  static let mentions = L(fr: "Où les récits le mentionnent", en: "Where narratives mention it")
  /// After the places of a narrative's first mentions: how many more it has.
  static func moreMentions(_ count: Int) -> L {
    count == 1
      ? L(fr: " et 1 autre mention", en: " and 1 more mention")
      : L(fr: " et \(count) autres mentions", en: " and \(count) more mentions")
  }
  static let mentionsNone = L(
    fr: "Aucun récit ne le mentionne dans son texte.", en: "No narrative mentions it in its text.")
  static let steps = L(fr: "Les étapes de quête où il agit", en: "The quest steps it takes part in")
  static let stepsNone = L(
    fr: "Il n'agit dans aucune étape de quête.", en: "It takes part in no quest step.")
  static let influenced = L(fr: "influencé", en: "influenced")
}
