import RecitModel

/// One quest's steps sorted out by their labels, shared by the four `etape-…` rules: the
/// malformed labels, the repeated ones, and the valid steps that the other checks look at.
struct QuestNumbering {
  /// Steps whose label is not a step number, in order.
  private(set) var invalid: [QuestStep] = []
  /// Steps whose label was already used, with where it was first used.
  private(set) var duplicates: [(step: QuestStep, first: SourceLocation)] = []
  /// The other steps, in order.
  private(set) var valid: [QuestStep] = []
  /// Canonical label → where a valid step has it.
  private(set) var seen: [String: SourceLocation] = [:]

  init(_ quest: [QuestStep]) {
    for step in quest {
      let label = step.label.value
      guard label.isValid else {
        invalid.append(step)
        continue
      }
      if let first = seen[label.canonical] {
        duplicates.append((step, first))
        continue
      }
      seen[label.canonical] = step.label.location
      valid.append(step)
    }
  }
}
