import RecitModel

/// The words layouts print around the values, in the project's language (`{{textes.x}}`).
enum Labels {
  private static let entries: [(String, String, String)] = [
    ("schema_actantiel", "Schéma actantiel", "Actantial schema"),
    ("destinateur", "Destinateur", "Sender"),
    ("sujet", "Sujet", "Subject"),
    ("objet", "Objet", "Object"),
    ("destinataires", "Destinataires", "Receivers"),
    ("adjuvants", "Adjuvants", "Helpers"),
    ("opposants", "Opposants", "Opponents"),
    ("role", "Rôle", "Role"),
    ("acteurs", "Acteurs", "Actors"),
    ("territoire", "Le territoire", "The territory"),
    ("carte_territoire", "Carte du territoire", "Map of the territory"),
    ("couverture", "Couverture du référentiel", "Coverage of the référentiel"),
    ("chronologie", "Chronologie", "Timeline"),
    ("quete", "La quête, étape par étape", "The quest, step by step"),
    ("etape", "Étape", "Step"),
    ("influence_sur", "a une influence sur", "has an influence on"),
    ("influences", "Influences", "Influences"),
    ("benefices", "Valeur créée", "Value created"),
    ("pour", "Pour", "For"),
    ("dimension", "Dimension", "Dimension"),
    ("balises", "Balises du référentiel", "Markers of the référentiel"),
    ("arbitrage", "Arbitrage", "Arbitration"),
    ("recits", "Les récits", "The narratives"),
    ("raconte_par", "Raconté par", "Told by"),
    ("desaccords", "Points de désaccord", "Points of disagreement"),
    ("sur", "Sur", "About"),
    ("actions", "Les actions", "The actions"),
    ("date", "Date", "Date"),
    ("nombre_recits", "Récits", "Narratives"),
    ("recits_compte", "récits", "narratives"),
    ("completude", "Schéma complet", "Complete schema"),
    ("zones_conflit", "Zones de conflit", "Zones of conflict"),
    ("sommaire", "Sommaire", "Contents"),
    ("retour_index", "Toutes les actions", "All actions"),
    ("aller_contenu", "Aller au contenu", "Skip to content"),
    ("genere_par", "Produit avec", "Made with"),
    ("schema_figure", "Schéma actantiel du récit", "Actantial diagram of the narrative"),
    ("brouillon", "Brouillon", "Draft"),
    (
      "non_dits", "Ce récit ne dit rien de ces rôles :",
      "This narrative says nothing of these roles:"
    ),
    ("oui", "oui", "yes"),
    ("non", "non", "no"),
    ("aucun", "aucun", "none"),
    ("points_de_vue", "Points de vue", "Points of view"),
  ]

  static func table(_ language: Language) -> JSONValue {
    .object(entries.map { ($0.0, .string(language == .fr ? $0.1 : $0.2)) })
  }

  static func category(_ category: ActorCategory, _ language: Language) -> String {
    let words: (String, String) =
      switch category {
      case .elected: ("élu", "elected official")
      case .staff: ("agent", "staff")
      case .state: ("État territorial", "territorial State")
      case .socioEconomic: ("acteur socio-économique", "socio-economic actor")
      case .resident: ("habitant", "resident")
      case .other: ("autre", "other")
      }
    return language == .fr ? words.0 : words.1
  }

  static func type(_ type: ActionType, _ language: Language) -> String {
    let words: (String, String) =
      switch type {
      case .action: ("Action", "Action")
      case .territory: ("Récit du territoire", "Territory narrative")
      case .intentionNote: ("Note d'intention", "Intention note")
      case .framingNote: ("Note de cadrage", "Framing note")
      case .feasibilityNote: ("Note de faisabilité", "Feasibility note")
      case .cooperation: ("Raconter la coopération", "Telling the cooperation")
      case .feedback: ("Retour d'expérience", "Feedback session")
      }
    return language == .fr ? words.0 : words.1
  }

  static func subject(_ disagreement: Disagreement, _ language: Language) -> String? {
    switch disagreement.about?.value {
    case .role(let role): role.label.text(in: language)
    case .quest: LocalizedText(fr: "la quête", en: "the quest").text(in: language)
    case .other(let text): text
    case nil: nil
    }
  }
}

/// Dates in words: `2019-03` → « mars 2019 » / “March 2019”.
enum DateWords {
  private static let months = [
    ("janvier", "January"), ("février", "February"), ("mars", "March"), ("avril", "April"),
    ("mai", "May"), ("juin", "June"), ("juillet", "July"), ("août", "August"),
    ("septembre", "September"), ("octobre", "October"), ("novembre", "November"),
    ("décembre", "December"),
  ]

  static func iso(_ date: PartialDate) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var text = String(date.year)
    if let month = date.month { text += "-" + two(month) }
    if let day = date.day { text += "-" + two(day) }
    return text
  }

  static func text(_ date: PartialDate, _ language: Language) -> String {
    guard let month = date.month else { return String(date.year) }
    let name = language == .fr ? months[month - 1].0 : months[month - 1].1
    guard let day = date.day else { return "\(name) \(date.year)" }
    return LocalizedText(
      fr: "\(day == 1 ? "1er" : String(day)) \(name) \(date.year)",
      en: "\(name) \(day), \(date.year)"
    ).text(in: language)
  }
}
