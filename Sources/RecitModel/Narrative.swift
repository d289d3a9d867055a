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

  public var about: Located<Subject>?
  /// The words as written after `sur:`.
  public var aboutText: String?
  public var text: Text?
  public var location: SourceLocation

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
  public var markdown: String
  /// The line and column of the body's first character.
  public var location: SourceLocation
  /// The text's tree, built once while reading; every writer walks it.
  public var blocks: [Block]
  /// The `@id` mentions of the tree (outside code), in document order.
  public var mentions: [Reference]

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
public struct Narrative: Hashable, Sendable {
  /// The file, relative to the project root.
  public var file: String
  public var stance: Located<Stance>?
  /// The narrator as written (for the carried narrative, possibly absent).
  public var narrator: Reference?
  public var title: Text?
  public var date: Located<PartialDate?>?
  /// The roles this file writes itself.
  public var schema: ActantialSchema
  /// The file's own quest, when it tells one.
  public var quest: [QuestStep]?
  public var disagreements: [Disagreement]
  public var body: Body
  /// The `[[...]]` prompts left unfilled anywhere in the file.
  public var placeholders: [Text] = []
  /// False when the front matter could not be read at all (its problem is already reported,
  /// so checks about missing parts stay silent).
  public var isReadable = true

  public init(
    file: String, stance: Located<Stance>?, narrator: Reference?, title: Text?,
    date: Located<PartialDate?>?, schema: ActantialSchema, quest: [QuestStep]?,
    disagreements: [Disagreement], body: Body
  ) {
    self.file = file
    self.stance = stance
    self.narrator = narrator
    self.title = title
    self.date = date
    self.schema = schema
    self.quest = quest
    self.disagreements = disagreements
    self.body = body
  }

  /// The stance, with its default: `alternatif`.
  public var effectiveStance: Stance { stance?.value ?? .alternative }
}
