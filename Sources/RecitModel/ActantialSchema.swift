/// The six roles of Greimas's actantial schema.
public enum Role: String, Sendable, Codable, CaseIterable {
  case sender = "destinateur"
  case subject = "sujet"
  case object = "objet"
  case receivers = "destinataires"
  case helpers = "adjuvants"
  case opponents = "opposants"

  public var englishAlias: String {
    switch self {
    case .sender: "sender"
    case .subject: "subject"
    case .object: "object"
    case .receivers: "receivers"
    case .helpers: "helpers"
    case .opponents: "opponents"
    }
  }

  public var label: LocalizedText {
    switch self {
    case .sender: LocalizedText(fr: "destinateur", en: "sender")
    case .subject: LocalizedText(fr: "sujet", en: "subject")
    case .object: LocalizedText(fr: "objet", en: "object")
    case .receivers: LocalizedText(fr: "destinataires", en: "receivers")
    case .helpers: LocalizedText(fr: "adjuvants", en: "helpers")
    case .opponents: LocalizedText(fr: "opposants", en: "opponents")
    }
  }
}

/// An actantial schema as one file states it.
///
/// A role that is `nil` was not written; a narrative inherits it from the action's reference
/// schema. An empty list was written empty.
public struct ActantialSchema: Hashable, Sendable {
  public let senders: [Reference]?
  public let subjects: [Reference]?
  public let object: Text?
  public let receivers: [Reference]?
  public let helpers: [Reference]?
  public let opponents: [Reference]?
  /// Where the `schema:` key stands, when it was written.
  public let location: SourceLocation?

  public init(
    senders: [Reference]? = nil, subjects: [Reference]? = nil, object: Text? = nil,
    receivers: [Reference]? = nil, helpers: [Reference]? = nil, opponents: [Reference]? = nil,
    location: SourceLocation? = nil
  ) {
    self.senders = senders
    self.subjects = subjects
    self.object = object
    self.receivers = receivers
    self.helpers = helpers
    self.opponents = opponents
    self.location = location
  }

  /// The actors a role names (`objet` names none).
  public func actors(in role: Role) -> [Reference]? {
    switch role {
    case .sender: senders
    case .subject: subjects
    case .object: nil
    case .receivers: receivers
    case .helpers: helpers
    case .opponents: opponents
    }
  }

  /// Whether the role was written at all.
  public func declares(_ role: Role) -> Bool {
    role == .object ? object != nil : actors(in: role) != nil
  }

  /// Whether the role names something: at least one actor, or for `objet` a text that is not
  /// only spaces.
  ///
  /// The one answer to "is this role filled?" for the render context, the comparison and
  /// (once merged) the checker.
  public func isFilled(_ role: Role) -> Bool {
    guard role == .object else { return !(actors(in: role) ?? []).isEmpty }
    return object?.value.contains { !$0.isWhitespace } ?? false
  }

  /// Whether the role is stated for completeness figures: an `objet` that says something and
  /// is not, even in part, a `[[…]]` prompt; a list written with actors that are not prompts,
  /// or written empty on purpose (`[]`, "none").
  public func isStated(_ role: Role) -> Bool {
    guard role == .object else {
      guard let actors = actors(in: role) else { return false }
      return !actors.contains { Self.isPrompt($0.id) }
    }
    guard isFilled(.object), let text = object?.value else { return false }
    return !Self.isPrompt(text)
  }

  /// Whether a text holds a `[[…]]` prompt left by a template.
  public static func isPrompt(_ text: String) -> Bool {
    var afterOpening = false
    var previous: Character?
    for character in text {
      if previous == "[", character == "[" {
        afterOpening = true
        previous = nil
        continue
      }
      if afterOpening, previous == "]", character == "]" { return true }
      previous = character
    }
    return false
  }

  /// This schema's roles where written, the other schema's elsewhere.
  public func over(_ base: ActantialSchema) -> ActantialSchema {
    ActantialSchema(
      senders: senders ?? base.senders, subjects: subjects ?? base.subjects,
      object: object ?? base.object, receivers: receivers ?? base.receivers,
      helpers: helpers ?? base.helpers, opponents: opponents ?? base.opponents,
      location: location ?? base.location)
  }

  /// Every actor reference in the schema, role by role.
  public var allReferences: [(role: Role, reference: Reference)] {
    Role.allCases.flatMap { role in (actors(in: role) ?? []).map { (role, $0) } }
  }
}
