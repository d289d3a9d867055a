import Foundation
import RecitModel

extension Project {
  /// The project as a build publishes it: draft actions (`brouillon: true`) and draft
  /// narratives left out unless `includingDrafts`, and the actions in reading order
  /// (`readsBefore`). Diagnostics and actors are kept as they are.
  public func published(includingDrafts: Bool) -> Project {
    var memo: ReadingOrderMemo?
    return published(includingDrafts: includingDrafts, memo: &memo)
  }

  /// ``published(includingDrafts:)``, reusing the order of `memo` when the actions' keys are
  /// those it was sorted for (a workspace keeps it from build to build: titles compare by
  /// locale, which costs more than the rest of an edit's index).
  func published(includingDrafts: Bool, memo: inout ReadingOrderMemo?) -> Project {
    let kept =
      includingDrafts
      ? actions
      : actions.filter { !$0.isDraft }.map { action in
        action.narratives.contains(where: \.isDraft)
          ? action.with(narratives: action.narratives.filter { !$0.isDraft }) : action
      }
    return Project(
      root: root, hasSettingsFile: hasSettingsFile, settings: settings, actors: actors,
      actions: ReadingOrderMemo.order(of: kept, memo: &memo).map { kept[$0] },
      files: files, diagnostics: diagnostics)
  }
}

/// The last reading order computed: the keys sorted and, for each place, the index of the
/// action that goes there.
struct ReadingOrderMemo: Sendable {
  fileprivate var keys: [ReadingKey]
  fileprivate var order: [Int]

  /// The indices of `actions` in reading order.
  fileprivate static func order(of actions: [Action], memo: inout ReadingOrderMemo?) -> [Int] {
    let keys = actions.map(ReadingKey.init)
    if let memo, memo.keys == keys { return memo.order }
    // Small keys are sorted rather than the actions.
    let order = keys.enumerated().sorted { $0.element.readsBefore($1.element) }.map(\.offset)
    memo = ReadingOrderMemo(keys: keys, order: order)
    return order
  }
}

extension Action {
  /// The order of the index and the book: the territory's narrative first; then by `ordre`
  /// (actions without one after those with one), by date (undated last), for one date the
  /// Fabrique's notes in their order of writing (intention, cadrage, faisabilité), then by
  /// title (ignoring case and accents) and id.
  public static func readsBefore(_ lhs: Action, _ rhs: Action) -> Bool {
    ReadingKey(lhs).readsBefore(ReadingKey(rhs))
  }

  /// Titles compare as French does, made once rather than per comparison.
  fileprivate static let titleLocale = Locale(identifier: "fr_FR")

  /// The Fabrique's notes come in the order they are written: intention, cadrage, faisabilité.
  fileprivate var noteRank: Int {
    switch effectiveType {
    case .intentionNote: 0
    case .framingNote: 1
    case .feasibilityNote: 2
    default: 3
    }
  }
}

/// What the reading order compares of an action (``Action/readsBefore(_:_:)``).
private struct ReadingKey: Equatable, Sendable {
  let isTerritory: Bool
  let order: Int?
  let date: PartialDate?
  let noteRank: Int
  let title: String
  let id: String

  init(_ action: Action) {
    isTerritory = action.effectiveType == .territory
    order = action.order
    date = action.date?.value ?? nil
    noteRank = action.noteRank
    title = action.title?.value ?? action.id
    id = action.id
  }

  func readsBefore(_ other: ReadingKey) -> Bool {
    if isTerritory != other.isTerritory { return isTerritory }
    if order != other.order {
      guard let left = order else { return false }
      guard let right = other.order else { return true }
      return left < right
    }
    if date != other.date {
      guard let left = date else { return false }
      guard let right = other.date else { return true }
      return left < right
    }
    if noteRank != other.noteRank { return noteRank < other.noteRank }
    let titles = title.compare(
      other.title, options: [.caseInsensitive, .diacriticInsensitive], locale: Action.titleLocale)
    if titles != .orderedSame { return titles == .orderedAscending }
    return id < other.id
  }
}
