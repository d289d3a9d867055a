import RecitModel

extension Comparison {
  /// A part an actor plays in one narrative's resolved schema (the object names no actor).
  public enum PlayedRole: String, Hashable, Sendable, CaseIterable, Comparable {
    case sender = "destinateur"
    case subject = "sujet"
    case receiver = "destinataire"
    case helper = "adjuvant"
    case opponent = "opposant"

    /// The schema role this part comes from.
    public var role: Role {
      switch self {
      case .sender: .sender
      case .subject: .subject
      case .receiver: .receivers
      case .helper: .helpers
      case .opponent: .opponents
      }
    }

    /// On the quest's side: gives it, carries it or helps it.
    public var supportsQuest: Bool { self == .sender || self == .subject || self == .helper }

    public var label: LocalizedText {
      switch self {
      case .sender: LocalizedText(fr: "destinateur", en: "sender")
      case .subject: LocalizedText(fr: "sujet", en: "subject")
      case .receiver: LocalizedText(fr: "destinataire", en: "receiver")
      case .helper: LocalizedText(fr: "adjuvant", en: "helper")
      case .opponent: LocalizedText(fr: "opposant", en: "opponent")
      }
    }

    public static func < (lhs: PlayedRole, rhs: PlayedRole) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// How an actor's row reads across narratives.
  public enum Zone: String, Hashable, Sendable, CaseIterable {
    /// Opponent in one narrative, and sender, subject or helper in another (an actor that
    /// two narratives both make helper and opponent at once is not a conflict between them).
    case conflit
    /// Helper or receiver in every narrative (at least two), and opponent in none.
    case cooperation
    /// Other differences: absent from some narratives, or in other roles.
    case divergent
    /// The same roles in every narrative.
    case stable

    public var label: LocalizedText {
      switch self {
      case .conflit: LocalizedText(fr: "conflit", en: "conflict")
      case .cooperation: LocalizedText(fr: "coopération", en: "cooperation")
      case .divergent: LocalizedText(fr: "divergent", en: "divergent")
      case .stable: LocalizedText(fr: "stable", en: "stable")
      }
    }
  }

  /// One actor across the narratives.
  public struct Row: Hashable, Sendable {
    public let actor: ActorRef
    /// The roles played in each narrative, aligned with `Comparison.narratives`; empty when
    /// the actor is absent from that narrative's schema.
    public let cells: [[PlayedRole]]
    public let zone: Zone

    init(actor: ActorRef, cells: [[PlayedRole]]) {
      self.actor = actor
      self.cells = cells
      zone = Self.zone(of: cells)
    }

    static func zone(of cells: [[PlayedRole]]) -> Zone {
      guard cells.count > 1 else { return .stable }
      // Which side each narrative puts the actor on: against the quest, for it, or both.
      let sides = cells.map { ($0.contains(.opponent), $0.contains(where: \.supportsQuest)) }
      let conflict = sides.indices.contains { o in
        sides[o].0 && sides.indices.contains { s in sides[s].1 && sides[s] != sides[o] }
      }
      if conflict { return .conflit }
      let helped = cells.allSatisfy { $0.contains(.helper) || $0.contains(.receiver) }
      if helped && !sides.contains(where: \.0) { return .cooperation }
      return Set(cells).count == 1 ? .stable : .divergent
    }
  }

  /// Rows for every actor named in a resolved schema or as a narrator, in order of first
  /// appearance: column by column, narrator first, then the roles in schema order.
  static func matrix(action: Action, columns: [Column], actors: [String: Actor]) -> [Row] {
    var order: [String] = []
    var cells: [String: [Set<PlayedRole>]] = [:]
    func note(_ id: String) {
      guard cells[id] == nil else { return }
      order.append(id)
      cells[id] = Array(repeating: [], count: columns.count)
    }
    for (index, narrative) in action.narratives.enumerated() {
      if let narrator = columns[index].narrator { note(narrator.id) }
      let schema = action.resolvedSchema(of: narrative)
      for played in PlayedRole.allCases {
        for reference in schema.actors(in: played.role) ?? [] {
          note(reference.id)
          cells[reference.id]![index].insert(played)
        }
      }
    }
    return order.map { id in
      Row(actor: ActorRef(id, actors: actors), cells: cells[id]!.map { $0.sorted() })
    }
  }
}
