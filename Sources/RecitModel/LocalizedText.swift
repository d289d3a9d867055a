/// The languages `recit` speaks to its users: French first, then English.
///
/// Every message keeps its French and English beside the code that says it. A third language
/// is a case here and one catalog file, `Translations/CODE.swift`, a dictionary from each
/// French template (``LocalizedString/template``) to its translation, that
/// ``LocalizedText/text(in:)`` passes to ``LocalizedText/text(translatedBy:)`` (see
/// `docs/DEVELOPERS.md`, "Add a language").
public enum Language: String, Sendable, Codable, CaseIterable {
  case fr
  case en
}

/// A user-facing text in French and English: the one way `recit` says anything to a user
/// (diagnostics, hints, command-line messages, labels of the outputs).
public struct LocalizedText: Hashable, Sendable {
  public let french: LocalizedString
  public let english: LocalizedString

  public init(fr: LocalizedString, en: LocalizedString) {
    french = fr
    english = en
  }

  /// A text whose words were computed elsewhere (read from a file, assembled from parts): a
  /// catalog cannot translate it, so it falls back to English in other languages.
  public static func verbatim(fr: String, en: String) -> LocalizedText {
    LocalizedText(fr: LocalizedString(verbatim: fr), en: LocalizedString(verbatim: en))
  }

  /// The French text.
  public var fr: String { french.value }
  /// The English text.
  public var en: String { english.value }

  public func text(in language: Language) -> String {
    switch language {
    case .fr: fr
    case .en: en
    }
  }

  /// The text in a language that a catalog translates: the catalog's entry for the French
  /// template, with this text's values put back in; English when the catalog has none.
  public func text(translatedBy catalog: [String: String]) -> String {
    french.translated(by: catalog) ?? en
  }
}

/// A text as the source writes it, `"l'acteur « \(id) » est inconnu"`: its value, and its
/// template (`l'acteur « {1} » est inconnu`) with the interpolated values kept apart, so that a
/// catalog can translate the template whatever the values.
public struct LocalizedString: Hashable, Sendable, ExpressibleByStringInterpolation {
  public let template: String
  public let arguments: [String]

  public init(stringLiteral value: String) {
    template = Self.escaped(value)
    arguments = []
  }

  public init(stringInterpolation: StringInterpolation) {
    template = stringInterpolation.template
    arguments = stringInterpolation.arguments
  }

  /// A text computed elsewhere (a name, a title from the référentiel): no template to
  /// translate.
  public init(verbatim value: String) {
    self.init(stringLiteral: value)
  }

  /// The text with its values.
  public var value: String { Self.fill(template, with: arguments) }

  /// The translation of the template from `catalog`, with the values put back in.
  func translated(by catalog: [String: String]) -> String? {
    catalog[template].map { Self.fill($0, with: arguments) }
  }

  public struct StringInterpolation: StringInterpolationProtocol {
    var template = ""
    var arguments: [String] = []

    public init(literalCapacity: Int, interpolationCount: Int) {
      template.reserveCapacity(literalCapacity + 4 * interpolationCount)
    }

    public mutating func appendLiteral(_ literal: String) {
      template += LocalizedString.escaped(literal)
    }

    public mutating func appendInterpolation(_ value: some Any) {
      arguments.append("\(value)")
      template += "{\(arguments.count)}"
    }
  }

  /// `{` in literal text is doubled, so that `{1}` always means a value.
  static func escaped(_ literal: String) -> String {
    literal.contains("{") ? literal.replacing("{", with: "{{") : literal
  }

  /// Puts `arguments` in place of `{1}`, `{2}`…; `{{` gives `{`.
  static func fill(_ template: String, with arguments: [String]) -> String {
    guard template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let brace = rest.firstIndex(of: "{") {
      result += rest[..<brace]
      rest = rest[rest.index(after: brace)...]
      if rest.first == "{" {
        result += "{"
        rest = rest.dropFirst()
        continue
      }
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      if let index = Int(digits), rest.dropFirst(digits.count).first == "}",
        index >= 1, index <= arguments.count
      {
        result += arguments[index - 1]
        rest = rest.dropFirst(digits.count + 1)
      } else {
        result += "{"
      }
    }
    return result + rest
  }
}
