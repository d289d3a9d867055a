import RecitModel

extension Comparison {
  /// The comparison in a few numbers and sentences, in French and English.
  public struct Summary: Hashable, Sendable {
    public let narratives: Int
    /// Rows by zone.
    public let conflicts: Int
    public let cooperations: Int
    public let divergent: Int
    public let stable: Int
    public let arbitrationRecorded: Bool
    /// Every category, in the référentiel's order; actors without a declared category (or not
    /// declared at all) count as `autre`.
    public let categories: [CategoryCount]
    /// One line that says it all, or the short answer for a single point of view.
    public let headline: LocalizedText
    /// One sentence per zone of conflict or cooperation, in row order.
    public let sentences: [ZoneSentence]

    init(rows: [Row], columns: [Column], arbitrated: Bool) {
      func count(_ zone: Zone) -> Int { rows.filter { $0.zone == zone }.count }
      narratives = columns.count
      conflicts = count(.conflit)
      cooperations = count(.cooperation)
      divergent = count(.divergent)
      stable = count(.stable)
      arbitrationRecorded = arbitrated
      categories = ActorCategory.allCases.map { category in
        let mine = rows.filter { ($0.actor.category ?? .other) == category }
        return CategoryCount(
          category: category, actors: mine.count,
          divergences: mine.filter { $0.zone == .conflit || $0.zone == .divergent }.count,
          conflicts: mine.filter { $0.zone == .conflit }.count)
      }
      sentences = rows.compactMap { ZoneSentence(row: $0, columns: columns) }
      headline = ComparisonWording.headline(
        columns: columns, conflicts: conflicts, cooperations: cooperations,
        divergent: divergent, arbitrated: arbitrated)
    }
  }

  /// How many actors of one category the narratives place differently.
  public struct CategoryCount: Hashable, Sendable {
    public let category: ActorCategory
    public let actors: Int
    /// Rows in conflict or divergent.
    public let divergences: Int
    public let conflicts: Int
  }

  /// The sentence that states one zone of conflict or cooperation.
  public struct ZoneSentence: Hashable, Sendable {
    public let zone: Zone
    public let actorID: String
    public let text: LocalizedText

    init?(row: Row, columns: [Column]) {
      guard row.zone == .conflit || row.zone == .cooperation else { return nil }
      zone = row.zone
      actorID = row.actor.id
      text =
        row.zone == .conflit
        ? ComparisonWording.conflict(row, columns: columns)
        : ComparisonWording.cooperation(row, narratives: columns.count)
    }
  }
}
