import Foundation
import RecitModel

extension Project {
  /// The project as a build publishes it: draft actions (`brouillon: true`) and draft
  /// narratives left out unless `includingDrafts`, and the actions in reading order
  /// (`readsBefore`). Diagnostics and actors are kept as they are.
  public func published(includingDrafts: Bool) -> Project {
    let kept =
      includingDrafts
      ? actions
      : actions.filter { !$0.isDraft }.map { action in
        action.narratives.contains(where: \.isDraft)
          ? action.with(narratives: action.narratives.filter { !$0.isDraft }) : action
      }
    return Project(
      root: root, hasSettingsFile: hasSettingsFile, settings: settings, actors: actors,
      // Positions are sorted rather than the actions, which are large values to move.
      actions: kept.indices.sorted { Action.readsBefore(kept[$0], kept[$1]) }.map { kept[$0] },
      files: files, diagnostics: diagnostics)
  }
}

extension Action {
  /// The order of the index and the book: the territory's narrative first; then by `ordre`
  /// (actions without one after those with one), by date (undated last), for one date the
  /// Fabrique's notes in their order of writing (intention, cadrage, faisabilité), then by
  /// title (ignoring case and accents) and id.
  public static func readsBefore(_ lhs: Action, _ rhs: Action) -> Bool {
    let leftTerritory = lhs.effectiveType == .territory
    let rightTerritory = rhs.effectiveType == .territory
    if leftTerritory != rightTerritory { return leftTerritory }
    if lhs.order != rhs.order {
      guard let left = lhs.order else { return false }
      guard let right = rhs.order else { return true }
      return left < right
    }
    let leftDate = lhs.date?.value ?? nil
    let rightDate = rhs.date?.value ?? nil
    if leftDate != rightDate {
      guard let left = leftDate else { return false }
      guard let right = rightDate else { return true }
      return left < right
    }
    if lhs.noteRank != rhs.noteRank { return lhs.noteRank < rhs.noteRank }
    let titles = (lhs.title?.value ?? lhs.id).compare(
      rhs.title?.value ?? rhs.id, options: [.caseInsensitive, .diacriticInsensitive],
      locale: titleLocale)
    if titles != .orderedSame { return titles == .orderedAscending }
    return lhs.id < rhs.id
  }

  /// Titles compare as French does, made once rather than per comparison.
  private static let titleLocale = Locale(identifier: "fr_FR")

  /// The Fabrique's notes come in the order they are written: intention, cadrage, faisabilité.
  private var noteRank: Int {
    switch effectiveType {
    case .intentionNote: 0
    case .framingNote: 1
    case .feasibilityNote: 2
    default: 3
    }
  }
}
