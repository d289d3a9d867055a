import RecitModel

extension Comparison {
  /// A quest step that some narratives tell and others omit.
  ///
  /// Steps are compared by canonical label (`2  bis` is `2 bis`) over each narrative's
  /// resolved quest: a narrative that tells no quest of its own tells the action's.
  public struct StepDifference: Hashable, Sendable {
    /// The canonical label.
    public let label: String
    /// Whether each narrative tells the step, aligned with `Comparison.narratives`.
    public let told: [Bool]
  }

  static func stepDifferences(action: Action) -> [StepDifference] {
    var labels: [String: StepLabel] = [:]
    let quests = action.narratives.map { narrative in
      Set(
        action.resolvedQuest(of: narrative).map { step in
          let label = step.label.value
          labels[label.canonical] = labels[label.canonical] ?? label
          return label.canonical
        })
    }
    let ordered = labels.values.sorted { a, b in
      (a.number ?? Int.max, a.suffixRank, a.canonical) < (
        b.number ?? Int.max, b.suffixRank, b.canonical
      )
    }
    return ordered.compactMap { label in
      let told = quests.map { $0.contains(label.canonical) }
      return told.allSatisfy { $0 } ? nil : StepDifference(label: label.canonical, told: told)
    }
  }
}
