import RecitModel

/// The actors of an action and how its narratives relate them, drawn from a `Comparison`.
///
/// In each narrative, a subject is allied with the sender, the helpers and the other subjects,
/// and opposed to the opponents (Greimas's axes of power and communication); receivers alone
/// relate to nobody. An edge joins two actors that at least one narrative relates: an
/// *alliance* when every such narrative allies them, an *opposition* when every one opposes
/// them, *contested* when narratives disagree.
public struct ConflictGraph: Hashable, Sendable {
  /// How one narrative relates two actors.
  public enum Relation: String, Hashable, Sendable {
    case alliance
    case opposition
  }

  /// How the narratives, together, relate two actors.
  public enum EdgeKind: String, Hashable, Sendable, CaseIterable {
    case alliance
    case opposition
    case contested
  }

  /// Two actors that some narrative relates; `from` comes before `to` in the matrix.
  public struct Edge: Hashable, Sendable {
    public let from: Int
    public let to: Int
    /// The relation each narrative states, aligned with `Comparison.narratives`.
    public let relations: [Relation?]

    public var kind: EdgeKind {
      let stated = Set(relations.compactMap { $0 })
      return stated.count > 1 ? .contested : stated.first == .alliance ? .alliance : .opposition
    }
  }

  /// The comparison drawn: nodes are its rows, in order.
  public let comparison: Comparison
  public let edges: [Edge]

  public init(comparison: Comparison) {
    self.comparison = comparison
    let count = comparison.narratives.count
    var relations: [[Int]: [Relation?]] = [:]
    for column in 0..<count {
      let subjects = comparison.rows.indices.filter {
        comparison.rows[$0].cells[column].contains(.subject)
      }
      for subject in subjects {
        for (other, row) in comparison.rows.enumerated() where other != subject {
          let roles = row.cells[column]
          let relation: Relation? =
            roles.contains(.opponent)
            ? .opposition : roles.contains(where: \.supportsQuest) ? .alliance : nil
          guard let relation else { continue }
          let key = [min(subject, other), max(subject, other)]
          var stated = relations[key] ?? Array(repeating: nil, count: count)
          if stated[column] != .opposition { stated[column] = relation }
          relations[key] = stated
        }
      }
    }
    edges = relations.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map {
      Edge(from: $0.key[0], to: $0.key[1], relations: $0.value)
    }
  }

  public var nodes: [Comparison.Row] { comparison.rows }

  /// The edges of one kind.
  public func edges(_ kind: EdgeKind) -> [Edge] { edges.filter { $0.kind == kind } }
}
