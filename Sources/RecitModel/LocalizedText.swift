/// The two languages `recit` speaks to its users: French first, then English.
public enum Language: String, Sendable, Codable, CaseIterable {
  case fr
  case en
}

/// A user-facing text in both languages.
public struct LocalizedText: Hashable, Sendable {
  public var fr: String
  public var en: String

  public init(fr: String, en: String) {
    self.fr = fr
    self.en = en
  }

  public func text(in language: Language) -> String {
    switch language {
    case .fr: fr
    case .en: en
    }
  }
}
