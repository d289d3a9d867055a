/// The three dimensions of value created (Valeur, balise 2).
public enum ValueDimension: String, Sendable, Codable, CaseIterable {
  case usefulEffects = "effets-utiles"
  case ecological = "ecologique"
  case economic = "economique"

  public var englishAlias: String {
    switch self {
    case .usefulEffects: "useful-effects"
    case .ecological: "ecological"
    case .economic: "economic"
    }
  }

  public var label: LocalizedText {
    switch self {
    case .usefulEffects: LocalizedText(fr: "effets utiles", en: "useful effects")
    case .ecological: LocalizedText(fr: "écologique", en: "ecological")
    case .economic: LocalizedText(fr: "économique", en: "economic")
    }
  }
}

/// Value an action creates for one of its receivers.
public struct Benefit: Hashable, Sendable {
  public let receiver: Reference
  public let dimension: Located<ValueDimension>?
  public let text: Text?
  public let location: SourceLocation

  public init(
    receiver: Reference, dimension: Located<ValueDimension>?, text: Text?,
    location: SourceLocation
  ) {
    self.receiver = receiver
    self.dimension = dimension
    self.text = text
    self.location = location
  }
}
