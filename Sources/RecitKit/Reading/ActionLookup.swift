import RecitModel

/// Finds an action that a user names by id.
public enum ActionLookup {
  /// The action with this id, if the project has one.
  public static func action(_ id: String, in project: Project) -> Action? {
    project.actions.first { $0.id == id }
  }

  /// The id closest to a mistyped or shortened one, as a hint (« vouliez-vous dire … ? »):
  /// the nearest by edit distance, else the first id that contains it.
  public static func closestID(to id: String, in project: Project) -> String? {
    let ids = project.actions.map(\.id)
    let folded = id.lowercased()
    return EditDistance.closest(to: id, among: ids)
      ?? ids.first { !folded.isEmpty && $0.lowercased().contains(folded) }
  }
}
