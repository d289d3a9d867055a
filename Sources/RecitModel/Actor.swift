/// The four categories of actors of the référentiel, plus residents and others.
public enum ActorCategory: String, Sendable, Codable, CaseIterable {
  case elected = "elu"
  case staff = "agent"
  case state = "etat"
  case socioEconomic = "acteur-socio-economique"
  case resident = "habitant"
  case other = "autre"

  /// The English value accepted as an alias in files.
  public var englishAlias: String {
    switch self {
    case .elected: "elected"
    case .staff: "staff"
    case .state: "state"
    case .socioEconomic: "socio-economic"
    case .resident: "resident"
    case .other: "other"
    }
  }

  public var label: LocalizedText {
    switch self {
    case .elected: LocalizedText(fr: "élus", en: "elected officials")
    case .staff: LocalizedText(fr: "agents", en: "staff")
    case .state: LocalizedText(fr: "État territorial", en: "territorial State")
    case .socioEconomic:
      LocalizedText(fr: "acteurs socio-économiques", en: "socio-economic actors")
    case .resident: LocalizedText(fr: "habitants", en: "residents")
    case .other: LocalizedText(fr: "autres", en: "others")
    }
  }
}

/// What kind of being an actor is: the actantial schema admits things and ideas as actants.
public enum ActorNature: String, Sendable, Codable, CaseIterable {
  case person = "personne"
  case collective = "collectif"
  case institution
  case thing = "chose"
  case idea = "idee"

  public var englishAlias: String {
    switch self {
    case .person: "person"
    case .collective: "collective"
    case .institution: "institution"
    case .thing: "thing"
    case .idea: "idea"
    }
  }
}

/// Where an actor was declared.
public enum ActorScope: String, Sendable, Codable {
  /// In the project's `acteurs.yml`, shared by every action.
  case project
  /// In the front matter of one action.
  case action
}

/// A person, group, institution, thing or idea that plays a part in actions.
public struct Actor: Hashable, Sendable {
  public let id: String
  public let name: Text?
  /// `court:`, the words a bare `@id` mention shows in a sentence (`les parents d'élèves`).
  public let short: Text?
  public let category: ActorCategory?
  public let nature: ActorNature
  public let description: Text?
  public let scope: ActorScope
  public let location: SourceLocation

  public init(
    id: String, name: Text?, short: Text? = nil, category: ActorCategory?,
    nature: ActorNature = .collective, description: Text? = nil, scope: ActorScope,
    location: SourceLocation
  ) {
    self.id = id
    self.name = name
    self.short = short
    self.category = category
    self.nature = nature
    self.description = description
    self.scope = scope
    self.location = location
  }

  /// The name to show: the declared name, else the id.
  public var displayName: String { name?.value ?? id }

  /// The words a bare `@id` mention shows: the short form, else the name, else the id.
  public var mentionName: String { short?.value ?? displayName }
}

/// A reference, written in a file, to an actor or to a quest step.
public struct Reference: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, Codable {
    case actor
    case step
  }

  public let id: String
  public let kind: Kind
  public let location: SourceLocation

  public init(_ id: String, kind: Kind = .actor, at location: SourceLocation) {
    self.id = id
    self.kind = kind
    self.location = location
  }
}
