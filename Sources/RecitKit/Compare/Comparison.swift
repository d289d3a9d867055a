import RecitModel

/// Where an action's narratives agree and disagree, computed once from the project.
///
/// Every output of `recit compare` (text, JSON, Markdown, HTML, the conflict graph) is drawn
/// from one `Comparison`, so that they cannot tell different stories. Columns are the
/// narratives (the carried one first); rows are the actors named in any narrative's resolved
/// schema or as its narrator, in order of first appearance.
public struct Comparison: Hashable, Sendable {
  /// The action compared.
  public let actionID: String
  public let actionTitle: String?
  /// The action's main file, relative to the project root.
  public let actionFile: String
  /// The narratives, carried first, then the others in file-name order.
  public let narratives: [Column]
  /// The role matrix: one row per actor.
  public let rows: [Row]
  /// Whether every narrative names the same subjects / the same object.
  public let subjectsAgree: Bool
  public let objectsAgree: Bool
  /// Declared disagreements, grouped by what they are about.
  public let disagreements: [DisagreementGroup]
  /// Quest steps that some narratives tell and others omit, in step order.
  public let steps: [StepDifference]
  /// The arbitration recorded by the action, if any.
  public let arbitration: String?
  public let summary: Summary

  /// Compares the narratives of `action`, naming actors from `project`.
  public init(project: Project, action: Action) {
    let actors = project.actors(of: action)
    let columns = action.narratives.map { Column(action: action, narrative: $0, actors: actors) }
    let rows = Self.matrix(action: action, columns: columns, actors: actors)
    actionID = action.id
    actionTitle = action.title?.value
    actionFile = action.file
    narratives = columns
    self.rows = rows
    subjectsAgree = Set(columns.map { Set($0.subjects.map(\.id)) }).count <= 1
    objectsAgree = Set(columns.map { $0.object?.trimmingSpaces ?? "" }).count <= 1
    disagreements = Self.groups(action: action, columns: columns)
    steps = Self.stepDifferences(action: action)
    arbitration = action.arbitration?.value
    summary = Summary(rows: rows, columns: columns, arbitrated: arbitration != nil)
  }

  /// Fewer than two narratives: nothing to compare, a short answer instead of a table.
  public var isSinglePointOfView: Bool { narratives.count < 2 }

  /// The row of one actor, if it is named anywhere.
  public func row(for actorID: String) -> Row? { rows.first { $0.actor.id == actorID } }

  /// The column of one narrative file, if the action has it.
  public func column(file: String) -> Int? { narratives.firstIndex { $0.file == file } }
}

extension Comparison {
  /// An actor as the comparison shows it: its id, and what the project declares about it.
  public struct ActorRef: Hashable, Sendable {
    public let id: String
    public let name: String?
    public let category: ActorCategory?
    /// False when no declared actor has this id.
    public let known: Bool

    init(_ id: String, actors: [String: Actor]) {
      self.id = id
      name = actors[id]?.name?.value
      category = actors[id]?.category
      known = actors[id] != nil
    }

    /// The declared name, else the id.
    public var displayName: String { name ?? id }
  }

  /// One narrative, as a column of the matrix.
  public struct Column: Hashable, Sendable {
    public let file: String
    public let stance: Stance
    public let narrator: ActorRef?
    public let title: String?
    /// The resolved schema's subjects and object (nil when only spaces: `isFilled`).
    public let subjects: [ActorRef]
    public let object: String?
    /// True when the narrative tells no quest of its own and inherits the action's.
    public let questInherited: Bool
    /// The roles it leaves untold (`Action.untoldRoles(of:)`), in schema order.
    public let untold: [Role]

    init(action: Action, narrative: Narrative, actors: [String: Actor]) {
      let schema = action.resolvedSchema(of: narrative)
      file = narrative.file
      stance = narrative.effectiveStance
      narrator = action.resolvedNarrator(of: narrative).map { ActorRef($0.id, actors: actors) }
      title = narrative.title?.value
      subjects = (schema.subjects ?? []).map { ActorRef($0.id, actors: actors) }
      object = schema.isFilled(.object) ? schema.object?.value : nil
      questInherited = narrative.quest == nil
      untold = action.untoldRoles(of: narrative)
    }

    /// How the column is named for readers: its narrator, else its title, else its file.
    public var heading: String { narrator?.displayName ?? title ?? file }
  }
}
