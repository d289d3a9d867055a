/// How a narrative stands towards the carried one.
public enum Stance: String, Sendable, Codable, CaseIterable {
  /// The narrative the action's authors carry (the body of `action.md`).
  case carried = "porte"
  /// Another point of view that does not contest the carried narrative.
  case alternative = "alternatif"
  /// A point of view that contests it.
  case contradictory = "contradictoire"

  public var englishAlias: String {
    switch self {
    case .carried: "carried"
    case .alternative: "alternative"
    case .contradictory: "contradictory"
    }
  }

  public var label: LocalizedText {
    switch self {
    case .carried: LocalizedText(fr: "récit porté", en: "carried narrative")
    case .alternative: LocalizedText(fr: "récit alternatif", en: "alternative narrative")
    case .contradictory: LocalizedText(fr: "récit contradictoire", en: "contradictory narrative")
    }
  }
}

/// What a narrative contests: a role, the quest, or a free subject.
public struct Disagreement: Hashable, Sendable {
  public enum Subject: Hashable, Sendable {
    case role(Role)
    case quest
    case other(String)
  }

  public let about: Located<Subject>?
  /// The words as written after `sur:`.
  public let aboutText: String?
  public let text: Text?
  public let location: SourceLocation

  public init(about: Located<Subject>?, aboutText: String?, text: Text?, location: SourceLocation) {
    self.about = about
    self.aboutText = aboutText
    self.text = text
    self.location = location
  }
}

/// A narrative body: its Markdown text, parsed once into a tree, and the place where it starts.
public struct Body: Hashable, Sendable {
  /// The text as written (published as is by the JSON export).
  public let markdown: String
  /// The line and column of the body's first character.
  public let location: SourceLocation
  /// The text's tree, built once while reading; every writer walks it.
  public let blocks: [Block]
  /// The `@id` mentions of the tree (outside code), in document order.
  public let mentions: [Reference]

  public init(
    markdown: String, location: SourceLocation, blocks: [Block] = [], mentions: [Reference] = []
  ) {
    self.markdown = markdown
    self.location = location
    self.blocks = blocks
    self.mentions = mentions
  }

  public var isBlank: Bool { markdown.allSatisfy(\.isWhitespace) }
}

/// One point of view on an action: the carried narrative or another actor's.
///
/// Its values are kept behind one reference, as an ``Action``'s are: narratives are copied
/// with their action, and a copy is then one retain.
public struct Narrative: Hashable, Sendable {
  private struct Fields: Hashable, Sendable {
    let file: String
    let stance: Located<Stance>?
    let narrator: Reference?
    let title: Text?
    let date: Located<PartialDate?>?
    let schema: ActantialSchema
    let quest: [QuestStep]?
    let disagreements: [Disagreement]
    let body: Body
    let placeholders: [Text]
    let isReadable: Bool
    let isDraft: Bool
  }

  private final class Storage: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private let storage: Storage

  /// The file, relative to the project root.
  public var file: String { storage.fields.file }
  public var stance: Located<Stance>? { storage.fields.stance }
  /// The narrator as written (for the carried narrative, possibly absent).
  public var narrator: Reference? { storage.fields.narrator }
  public var title: Text? { storage.fields.title }
  public var date: Located<PartialDate?>? { storage.fields.date }
  /// The roles this file writes itself.
  public var schema: ActantialSchema { storage.fields.schema }
  /// The file's own quest, when it tells one.
  public var quest: [QuestStep]? { storage.fields.quest }
  public var disagreements: [Disagreement] { storage.fields.disagreements }
  public var body: Body { storage.fields.body }
  /// The `[[...]]` prompts left unfilled anywhere in the file.
  public var placeholders: [Text] { storage.fields.placeholders }
  /// False when the front matter could not be read at all (its problem is already reported,
  /// so checks about missing parts stay silent).
  public var isReadable: Bool { storage.fields.isReadable }
  /// `brouillon: true`: checked, but not published unless the build asks for drafts.
  public var isDraft: Bool { storage.fields.isDraft }

  public init(
    file: String, stance: Located<Stance>?, narrator: Reference?, title: Text?,
    date: Located<PartialDate?>?, schema: ActantialSchema, quest: [QuestStep]?,
    disagreements: [Disagreement], body: Body, placeholders: [Text] = [], isReadable: Bool = true,
    isDraft: Bool = false
  ) {
    storage = Storage(
      Fields(
        file: file, stance: stance, narrator: narrator, title: title, date: date,
        schema: schema, quest: quest, disagreements: disagreements, body: body,
        placeholders: placeholders, isReadable: isReadable, isDraft: isDraft))
  }

  /// The same narrative with what reading the whole file found: its prompts and whether its
  /// front matter could be read.
  public func reading(placeholders: [Text], isReadable: Bool) -> Narrative {
    Narrative(
      file: file, stance: stance, narrator: narrator, title: title, date: date, schema: schema,
      quest: quest, disagreements: disagreements, body: body, placeholders: placeholders,
      isReadable: isReadable, isDraft: isDraft)
  }

  public static func == (lhs: Narrative, rhs: Narrative) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

  /// The stance, with its default: `alternatif`.
  public var effectiveStance: Stance { stance?.value ?? .alternative }
}
