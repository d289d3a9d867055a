/// What kind of document an action file is: an action, the territory's narrative, or one of
/// the Fabrique des Transitions' notes.
public enum ActionType: String, Sendable, Codable, CaseIterable {
  case action
  case territory = "territoire"
  case intentionNote = "note-intention"
  case framingNote = "note-cadrage"
  case feasibilityNote = "note-faisabilite"
  case cooperation
  case feedback = "retour-experience"

  public var englishAlias: String {
    switch self {
    case .action: "action"
    case .territory: "territory"
    case .intentionNote: "intention-note"
    case .framingNote: "framing-note"
    case .feasibilityNote: "feasibility-note"
    case .cooperation: "cooperation"
    case .feedback: "feedback"
    }
  }
}

/// A balise of the référentiel named by an action (`cooperation/1`).
public struct BaliseReference: Hashable, Sendable {
  /// The id as written.
  public let text: String
  /// The canonical id, when the text names a balise of the référentiel.
  public let balise: Balise?
  public let location: SourceLocation

  public init(text: String, balise: Balise?, location: SourceLocation) {
    self.text = text
    self.balise = balise
    self.location = location
  }
}

/// One action of the territory, with its reference schema and all its narratives.
///
/// Its values are kept behind one reference: a build copies each action many times (sorted,
/// published, cached beside its rendering), and a copy is then one retain, not one per field.
public struct Action: Hashable, Sendable {
  private struct Fields: Hashable, Sendable {
    let id: String
    let file: String
    let type: Located<ActionType>?
    let title: Text?
    let summary: Text?
    let date: Located<PartialDate?>?
    let balises: [BaliseReference]
    let actors: [Actor]
    let schema: ActantialSchema
    let quest: [QuestStep]
    let influences: [Influence]
    let benefits: [Benefit]
    let arbitration: Text?
    let narratives: [Narrative]
    let isDraft: Bool
    let order: Int?
  }

  private final class Storage: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private let storage: Storage

  /// The folder or file name without extension.
  public var id: String { storage.fields.id }
  /// The main file (`action.md` or the single file), relative to the project root.
  public var file: String { storage.fields.file }
  public var type: Located<ActionType>? { storage.fields.type }
  public var title: Text? { storage.fields.title }
  public var summary: Text? { storage.fields.summary }
  public var date: Located<PartialDate?>? { storage.fields.date }
  public var balises: [BaliseReference] { storage.fields.balises }
  /// Actors declared in this action's front matter.
  public var actors: [Actor] { storage.fields.actors }
  /// The reference actantial schema (the carried narrative's).
  public var schema: ActantialSchema { storage.fields.schema }
  public var quest: [QuestStep] { storage.fields.quest }
  public var influences: [Influence] { storage.fields.influences }
  public var benefits: [Benefit] { storage.fields.benefits }
  public var arbitration: Text? { storage.fields.arbitration }
  /// The carried narrative first, then the others in file-name order.
  public var narratives: [Narrative] { storage.fields.narratives }
  /// `brouillon: true`: checked, but not published unless the build asks for drafts.
  public var isDraft: Bool { storage.fields.isDraft }
  /// `ordre:`, the place the authors give the action in the index and the book.
  public var order: Int? { storage.fields.order }

  public init(
    id: String, file: String, type: Located<ActionType>? = nil, title: Text? = nil,
    summary: Text? = nil, date: Located<PartialDate?>? = nil, balises: [BaliseReference] = [],
    actors: [Actor] = [], schema: ActantialSchema = ActantialSchema(), quest: [QuestStep] = [],
    influences: [Influence] = [], benefits: [Benefit] = [], arbitration: Text? = nil,
    narratives: [Narrative] = [], isDraft: Bool = false, order: Int? = nil
  ) {
    storage = Storage(
      Fields(
        id: id, file: file, type: type, title: title, summary: summary, date: date,
        balises: balises, actors: actors, schema: schema, quest: quest, influences: influences,
        benefits: benefits, arbitration: arbitration, narratives: narratives, isDraft: isDraft,
        order: order))
  }

  /// The same action told by these narratives (the carried one first).
  public func with(narratives: [Narrative]) -> Action {
    Action(
      id: id, file: file, type: type, title: title, summary: summary, date: date,
      balises: balises, actors: actors, schema: schema, quest: quest, influences: influences,
      benefits: benefits, arbitration: arbitration, narratives: narratives, isDraft: isDraft,
      order: order)
  }

  public static func == (lhs: Action, rhs: Action) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

  public var effectiveType: ActionType { type?.value ?? .action }

  /// The carried narrative (the body of the main file), when the file could be read.
  public var carried: Narrative? { narratives.first { $0.file == file } }

  /// A narrative's schema resolved.
  ///
  /// A narrative that keeps the action's subject and object tells the same quest from another
  /// place: the roles it does not write are the action's. A narrative that gives its own
  /// subject or object tells another story, and inherits nothing: the roles it leaves out stay
  /// unwritten (`nil`), "non dits" (`untoldRoles(of:)`), so that no alliance or opposition is
  /// put in its narrator's mouth.
  public func resolvedSchema(of narrative: Narrative) -> ActantialSchema {
    tellsAnotherStory(narrative) ? narrative.schema : narrative.schema.over(schema)
  }

  /// Whether a narrative other than the carried one writes a subject or an object of its own
  /// (other actors, or another text once spaces are ignored).
  public func tellsAnotherStory(_ narrative: Narrative) -> Bool {
    guard narrative.file != file else { return false }
    if let subjects = narrative.schema.subjects,
      Set(subjects.map(\.id)) != Set((schema.subjects ?? []).map(\.id))
    {
      return true
    }
    if let object = narrative.schema.object,
      Self.words(object.value) != Self.words(schema.object?.value ?? "")
    {
      return true
    }
    return false
  }

  /// The roles a narrative that tells another story leaves out, in schema order; empty for a
  /// narrative that inherits the action's roles.
  public func untoldRoles(of narrative: Narrative) -> [Role] {
    guard tellsAnotherStory(narrative) else { return [] }
    return Role.allCases.filter { !narrative.schema.declares($0) }
  }

  private static func words(_ text: String) -> [Substring] {
    text.split(whereSeparator: \.isWhitespace)
  }

  /// A narrative's quest: its own if it tells one, else the action's.
  public func resolvedQuest(of narrative: Narrative) -> [QuestStep] {
    narrative.quest ?? quest
  }

  /// Who tells a narrative: its narrator, or for the carried one the first subject.
  public func resolvedNarrator(of narrative: Narrative) -> Reference? {
    narrative.narrator ?? (narrative.file == file ? schema.subjects?.first : nil)
  }
}
