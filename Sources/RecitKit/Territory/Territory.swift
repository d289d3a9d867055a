import RecitModel

/// The territory as a whole, computed from a resolved project: every actor across the actions
/// and narratives, the ecosystem of alliances and oppositions, the référentiel's coverage and
/// the timeline.
///
/// Roles come from each narrative's resolved schema (`Action.resolvedSchema(of:)`), so that a
/// narrative that tells another story puts no role in its narrator's mouth; the roles it leaves
/// out are kept as its "non dits" (`Action.untoldRoles(of:)`). Actors are known by id: an
/// action's own actor with the id of a shared one is that actor; the first declaration in
/// reading order (the shared one, else the first action's) gives its name and category.
public struct Territory: Sendable {
  /// One narrative of one action, as the territory's pages name it.
  public struct NarrativeRef: Hashable, Sendable {
    public let actionID: String
    public let actionTitle: String
    public let file: String
    public let stance: Stance
    /// The narrator's id, when the narrative has one.
    public let narratorID: String?
    /// The narrative's base name (`action`, `amap`).
    public let name: String
  }

  /// What an actor does in one narrative.
  public struct Appearance: Hashable, Sendable {
    public let narrative: NarrativeRef
    /// The parts it plays in the narrative's resolved schema, in schema order.
    public let roles: [Comparison.PlayedRole]
    /// The roles this narrative leaves unsaid (it tells another story).
    public let untold: [Role]
    public let isNarrator: Bool
  }

  /// A `@id` mention of an actor in a narrative's body.
  public struct Mention: Hashable, Sendable {
    public let narrative: NarrativeRef
    public let location: SourceLocation
  }

  /// A quest step an actor acts in (or is influenced by).
  public struct StepPart: Hashable, Sendable {
    public let actionID: String
    public let actionTitle: String
    public let label: String
    public let text: String?
    public let date: PartialDate?
    /// False when the actor is only influenced by the step.
    public let acts: Bool
    /// The narrative that tells this step in a quest of its own; nil for the action's quest.
    public let narrative: NarrativeRef?
  }

  /// Everything the territory knows about one actor.
  public struct ActorRecord: Sendable {
    public let actor: Actor
    /// The actions that name it, in reading order.
    public let actionIDs: [String]
    public let appearances: [Appearance]
    public let mentions: [Mention]
    /// Dated steps first, in date order, then the undated ones in reading order.
    public let steps: [StepPart]
    /// The narratives it tells.
    public let carries: [NarrativeRef]
    /// The contradictory narratives that contest it: those of the actions whose carried
    /// narrative it tells, and those that make it an opponent.
    public let contestedBy: [NarrativeRef]
  }

  /// Alliance or opposition between two actors, as narratives state them.
  public enum Bond: String, Hashable, Sendable, CaseIterable {
    /// Both on the quest's side (sender, subject or helper) of one narrative.
    case alliance
    /// One on the quest's side, the other its opponent, in one narrative.
    case opposition

    public var label: LocalizedText {
      switch self {
      case .alliance: LocalizedText(fr: "alliance", en: "alliance")
      case .opposition: LocalizedText(fr: "opposition", en: "opposition")
      }
    }
  }

  /// An edge of the ecosystem: two actor ids (sorted), a bond and the narratives stating it.
  public struct Edge: Hashable, Sendable {
    public let from: String
    public let to: String
    public let bond: Bond
    public let narratives: [NarrativeRef]
    public var weight: Int { narratives.count }
  }

  /// An actor that helps in one narrative and opposes in another.
  public struct SideChange: Sendable {
    public let actorID: String
    public let helperIn: [NarrativeRef]
    public let opponentIn: [NarrativeRef]
  }

  /// One cell of the role matrix: the parts an actor plays in one action, with the narratives
  /// that give each.
  public struct MatrixCell: Sendable {
    public let actionID: String
    public let roles: [(role: Comparison.PlayedRole, narratives: [NarrativeRef])]
  }

  /// A balise of the référentiel and the actions that claim it.
  public struct BaliseCoverage: Sendable {
    public let balise: Balise
    public let actionIDs: [String]
  }

  /// The families of actors an action names.
  public struct FamilyPresence: Sendable {
    public let actionID: String
    public let actionTitle: String
    /// Among the four families and residents, those the action names.
    public let present: [ActorCategory]
    /// Among the four families, those it names none of.
    public let missing: [ActorCategory]
  }

  /// A point of the timeline: an action's date or a dated quest step.
  public struct TimelineEntry: Hashable, Sendable {
    public let date: PartialDate
    public let actionID: String
    public let actionTitle: String
    /// Nil for the action itself.
    public let stepLabel: String?
    public let text: String?
    /// The narrative that tells this step in a quest of its own; nil for the action's quest
    /// and for the action itself.
    public var narrative: NarrativeRef? = nil
  }

  /// The four families of actors of the Fabrique des Transitions ("les quatre fantastiques").
  public static let families: [ActorCategory] = [.elected, .staff, .state, .socioEconomic]
  /// The families shown for each action: the four, plus residents.
  public static let shownFamilies: [ActorCategory] = families + [.resident]

  public let project: Project
  /// The language of the territory's words (the project's, unless asked otherwise).
  public let language: Language
  /// Every declared actor named or declared, shared ones first, then in reading order.
  public let actors: [ActorRecord]
  public let edges: [Edge]
  public let sideChanges: [SideChange]
  /// Actor id → its row of the matrix, one cell per action that names it.
  public let matrix: [String: [MatrixCell]]
  public let coverage: [BaliseCoverage]
  public let families: [FamilyPresence]
  public let timeline: [TimelineEntry]
  /// Actions with no date, in reading order.
  public let undated: [String]

  /// Actor id → its place in `actors`; action id → its place in the project's actions (the
  /// pages look names up for every cell: a scan each time would make them quadratic).
  let actorIndex: [String: Int]
  let actionIndex: [String: Int]

  /// The record of an actor, by id.
  public func record(_ id: String) -> ActorRecord? { actorIndex[id].map { actors[$0] } }

  /// The action of an id.
  public func action(_ id: String) -> Action? { actionIndex[id].map { project.actions[$0] } }

  /// The balises no action claims, in référentiel order.
  public var unclaimed: [Balise] { coverage.filter(\.actionIDs.isEmpty).map(\.balise) }
}
