import Foundation
import RecitModel

extension Territory {
  /// Computes the territory of a project (actions taken as the project gives them; a build
  /// passes the published project, in reading order), in `language` (by default the
  /// project's).
  public init(project: Project, language: Language? = nil) {
    self.project = project
    self.language = language ?? project.language
    let actions = project.actions
    var declared: [String: Actor] = [:]
    var order: [String] = []
    for actor in project.actors + actions.flatMap(\.actors) where declared[actor.id] == nil {
      declared[actor.id] = actor
      order.append(actor.id)
    }
    var builder = Gathering(known: Set(order))
    for action in actions { builder.add(action, project: project) }
    actors = order.compactMap { id in declared[id].map { builder.record(of: $0) } }
    actorIndex = Dictionary(
      actors.enumerated().map { ($1.actor.id, $0) }, uniquingKeysWith: { first, _ in first })
    actionIndex = Dictionary(
      actions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    edges = builder.edges()
    sideChanges = order.compactMap { builder.sideChange(of: $0) }
    matrix = builder.matrix
    coverage = Referentiel.balises.map { balise in
      BaliseCoverage(
        balise: balise,
        actionIDs: actions.filter { $0.balises.contains { $0.balise == balise } }.map(\.id))
    }
    families = actions.map { action in
      let scope = project.actors(of: action)
      let named = Set(Self.namedActorIDs(in: action).compactMap { scope[$0]?.category })
      return FamilyPresence(
        actionID: action.id, actionTitle: action.title?.value ?? action.id,
        present: Self.shownFamilies.filter(named.contains),
        missing: Self.families.filter { !named.contains($0) })
    }
    var points: [TimelineEntry] = []
    for action in actions {
      let title = action.title?.value ?? action.id
      if let date = action.date?.value {
        points.append(
          TimelineEntry(
            date: date, actionID: action.id, actionTitle: title, stepLabel: nil,
            text: action.summary?.value))
      }
      var quests: [([QuestStep], NarrativeRef?)] = [(action.quest, nil)]
      for narrative in action.narratives {
        guard let own = narrative.quest else { continue }
        quests.append((own, NarrativeRef(narrative, of: action)))
      }
      for (quest, ref) in quests {
        for step in quest {
          guard let date = step.date?.value else { continue }
          points.append(
            TimelineEntry(
              date: date, actionID: action.id, actionTitle: title,
              stepLabel: step.label.value.canonical, text: step.action?.value, narrative: ref))
        }
      }
    }
    // Stable: one date keeps the actions' reading order, an action before its steps.
    timeline = points.enumerated().sorted { lhs, rhs in
      lhs.element.date != rhs.element.date
        ? lhs.element.date < rhs.element.date : lhs.offset < rhs.offset
    }.map(\.element)
    undated = actions.filter { $0.date?.value == nil }.map(\.id)
  }

  /// Every actor id an action names: its schemas, quests, influences, benefits, narrators and
  /// mentions (what `famille-absente` and the families of the coverage read).
  public static func namedActorIDs(in action: Action) -> Set<String> {
    var ids: Set<String> = []
    func add(_ references: [Reference]?) {
      for reference in references ?? [] where reference.kind == .actor { ids.insert(reference.id) }
    }
    func addQuest(_ quest: [QuestStep]) {
      for step in quest {
        add(step.actors)
        add(step.influences)
      }
    }
    add(action.schema.allReferences.map(\.reference))
    addQuest(action.quest)
    for influence in action.influences { add([influence.from, influence.to]) }
    add(action.benefits.map(\.receiver))
    for narrative in action.narratives {
      add(narrative.narrator.map { [$0] })
      add(narrative.schema.allReferences.map(\.reference))
      addQuest(narrative.quest ?? [])
      add(narrative.body.mentions)
    }
    return ids
  }
}

/// What one pass over the actions gathers, actor by actor.
private struct Gathering {
  let known: Set<String>
  var actionIDs: [String: [String]] = [:]
  var appearances: [String: [Territory.Appearance]] = [:]
  var mentions: [String: [Territory.Mention]] = [:]
  var steps: [String: [Territory.StepPart]] = [:]
  var carries: [String: [Territory.NarrativeRef]] = [:]
  var contested: [String: [Territory.NarrativeRef]] = [:]
  var matrix: [String: [Territory.MatrixCell]] = [:]
  var bonds: [EdgeKey: [Territory.NarrativeRef]] = [:]
  var edgeOrder: [EdgeKey] = []

  struct EdgeKey: Hashable {
    let from: String
    let to: String
    let bond: Territory.Bond
  }

  init(known: Set<String>) { self.known = known }

  mutating func add(_ action: Action, project: Project) {
    let title = action.title?.value ?? action.id
    let refs = action.narratives.map { Territory.NarrativeRef($0, of: action) }
    var cells: [String: [(Comparison.PlayedRole, Territory.NarrativeRef)]] = [:]
    let carriedNarrator = action.carried.flatMap(action.resolvedNarrator(of:))?.id
    for (narrative, ref) in zip(action.narratives, refs) {
      let schema = action.resolvedSchema(of: narrative)
      let untold = action.untoldRoles(of: narrative)
      var played: [String: [Comparison.PlayedRole]] = [:]
      var order: [String] = []
      for part in Comparison.PlayedRole.allCases {
        for reference in schema.actors(in: part.role) ?? [] where known.contains(reference.id) {
          if played[reference.id] == nil { order.append(reference.id) }
          if !(played[reference.id] ?? []).contains(part) {
            played[reference.id, default: []].append(part)
          }
        }
      }
      if let narrator = ref.narratorID, known.contains(narrator) {
        if played[narrator] == nil { order.append(narrator) }
        played[narrator, default: []] += []
        carries[narrator, default: []].append(ref)
      }
      for id in order {
        let roles = played[id] ?? []
        appearances[id, default: []].append(
          Territory.Appearance(
            narrative: ref, roles: roles, untold: untold, isNarrator: ref.narratorID == id))
        for role in roles { cells[id, default: []].append((role, ref)) }
        if roles.contains(.opponent), narrative.effectiveStance == .contradictory {
          contested[id, default: []].append(ref)
        }
      }
      if narrative.effectiveStance == .contradictory, let narrator = carriedNarrator,
        known.contains(narrator), !(contested[narrator] ?? []).contains(ref)
      {
        contested[narrator, default: []].append(ref)
      }
      for reference in narrative.body.mentions where known.contains(reference.id) {
        mentions[reference.id, default: []].append(
          Territory.Mention(narrative: ref, location: reference.location))
      }
      addBonds(schema, ref)
    }
    // The action's quest, then the quests that narratives tell of their own.
    var quests: [([QuestStep], Territory.NarrativeRef?)] = [(action.quest, nil)]
    for (narrative, ref) in zip(action.narratives, refs) {
      if let own = narrative.quest { quests.append((own, ref)) }
    }
    for (quest, ref) in quests {
      for step in quest {
        func part(_ acts: Bool) -> Territory.StepPart {
          Territory.StepPart(
            actionID: action.id, actionTitle: title, label: step.label.value.canonical,
            text: step.action?.value, date: step.date?.value ?? nil, acts: acts, narrative: ref)
        }
        var seen: Set<String> = []
        for reference in step.actors
        where known.contains(reference.id) && seen.insert(reference.id).inserted {
          steps[reference.id, default: []].append(part(true))
        }
        for reference in step.influences
        where reference.kind == .actor && known.contains(reference.id)
          && seen.insert(reference.id).inserted
        {
          steps[reference.id, default: []].append(part(false))
        }
      }
    }
    for id in Territory.namedActorIDs(in: action) where known.contains(id) {
      actionIDs[id, default: []].append(action.id)
    }
    for (id, list) in cells {
      var grouped: [(role: Comparison.PlayedRole, narratives: [Territory.NarrativeRef])] = []
      for part in Comparison.PlayedRole.allCases {
        let narratives = list.filter { $0.0 == part }.map(\.1)
        if !narratives.isEmpty { grouped.append((part, narratives)) }
      }
      matrix[id, default: []].append(Territory.MatrixCell(actionID: action.id, roles: grouped))
    }
  }

  private mutating func addBonds(_ schema: ActantialSchema, _ ref: Territory.NarrativeRef) {
    var side: [String] = []
    for part in Comparison.PlayedRole.allCases where part.supportsQuest {
      for reference in schema.actors(in: part.role) ?? []
      where known.contains(reference.id) && !side.contains(reference.id) {
        side.append(reference.id)
      }
    }
    var against: [String] = []
    for reference in schema.opponents ?? []
    where known.contains(reference.id) && !against.contains(reference.id) {
      against.append(reference.id)
    }
    var stated: Set<EdgeKey> = []
    func bond(_ a: String, _ b: String, _ kind: Territory.Bond) {
      guard a != b else { return }
      let key = EdgeKey(from: min(a, b), to: max(a, b), bond: kind)
      guard stated.insert(key).inserted else { return }
      if bonds[key] == nil { edgeOrder.append(key) }
      bonds[key, default: []].append(ref)
    }
    for (index, a) in side.enumerated() {
      for b in side[(index + 1)...] { bond(a, b, .alliance) }
      for b in against { bond(a, b, .opposition) }
    }
  }

  func record(of actor: Actor) -> Territory.ActorRecord {
    let id = actor.id
    let list = steps[id] ?? []
    let dated = list.enumerated().filter { $0.element.date != nil }.sorted { lhs, rhs in
      lhs.element.date! != rhs.element.date!
        ? lhs.element.date! < rhs.element.date! : lhs.offset < rhs.offset
    }.map(\.element)
    return Territory.ActorRecord(
      actor: actor, actionIDs: actionIDs[id] ?? [], appearances: appearances[id] ?? [],
      mentions: mentions[id] ?? [], steps: dated + list.filter { $0.date == nil },
      carries: carries[id] ?? [], contestedBy: contested[id] ?? [])
  }

  func edges() -> [Territory.Edge] {
    edgeOrder.map { key in
      Territory.Edge(from: key.from, to: key.to, bond: key.bond, narratives: bonds[key] ?? [])
    }
  }

  func sideChange(of id: String) -> Territory.SideChange? {
    let list = appearances[id] ?? []
    let helper = list.filter { $0.roles.contains(.helper) }.map(\.narrative)
    let opponent = list.filter { $0.roles.contains(.opponent) }.map(\.narrative)
    guard !helper.isEmpty, !opponent.isEmpty, Set(helper) != Set(opponent) else { return nil }
    return Territory.SideChange(actorID: id, helperIn: helper, opponentIn: opponent)
  }
}

extension Territory.NarrativeRef {
  init(_ narrative: Narrative, of action: Action) {
    self.init(
      actionID: action.id, actionTitle: action.title?.value ?? action.id, file: narrative.file,
      stance: narrative.effectiveStance, narratorID: action.resolvedNarrator(of: narrative)?.id,
      name: Anchors.baseName(of: narrative))
  }
}
