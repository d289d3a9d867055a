import Foundation
import RecitModel

extension Workspace {
  /// Every diagnostic of the project, as `recit check` reports them: the per-action rules run
  /// again only for actions whose inputs changed since the last check. When the workspace was
  /// opened on one action, no project-wide rule runs (see ``isWholeProject``).
  public func check(disabled: Set<Rule> = []) async -> [Diagnostic] {
    let checker = Checker(disabled: disabled)
    let project = self.project
    let keyed = project.actions.map { ($0, inputDigests[$0.id] ?? inputDigest(of: $0)) }
    let stale = keyed.filter { action, key in checks[action.id]?.key != key }
    let fresh =
      (try? await ParallelMap.map(stale) { action, _ in checker.checkAction(action, in: project) })
      ?? []
    counters.actionsChecked += stale.count
    for ((action, key), result) in zip(stale, fresh) {
      count(checks[action.id]?.result.referenced ?? [], by: -1)
      count(result.referenced, by: 1)
      checks[action.id] = (key, result)
    }
    if checks.count > project.actions.count {
      // Changed in place: filtering would copy a thousand results on every check.
      let ids = Set(project.actions.map(\.id))
      for id in checks.keys.filter({ !ids.contains($0) }) {
        count(checks.removeValue(forKey: id)?.result.referenced ?? [], by: -1)
      }
    }
    return checker.combine(
      project.actions.compactMap { checks[$0.id]?.result }, in: project,
      wholeProject: isWholeProject, referenced: Set(referencedCounts.keys))
  }

  /// Keeps `referencedCounts` (how many checked actions refer to each actor id) as results
  /// come and go, so that the project-wide rules get the union without walking every action.
  private func count(_ ids: Set<String>, by step: Int) {
    for id in ids {
      let count = (referencedCounts[id] ?? 0) + step
      referencedCounts[id] = count > 0 ? count : nil
    }
  }
}

extension Workspace {
  /// Whether the workspace holds every action of its project (opened on the project folder),
  /// rather than one action folder or file.
  public nonisolated var isWholeProject: Bool { locator.target == .all }
}
