/// The label of a quest step as the Fabrique writes them: `0`, `1`, `2 bis`, `2 ter`...
public struct StepLabel: Hashable, Sendable {
  /// Latin ordinal suffixes, in order.
  public static let suffixes = [
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies",
  ]

  /// The label as written.
  public var text: String
  /// The number, when the label is well formed.
  public var number: Int?
  /// The suffix (`bis`, `ter`...), when there is one.
  public var suffix: String?

  /// Parses a label; a malformed one keeps its text with no number.
  public init(_ text: String) {
    self.text = text
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard let first = parts.first, first.allSatisfy(\.isASCII), let number = Int(first),
      number >= 0, parts.count <= 2
    else { return }
    if parts.count == 2 {
      let suffix = parts[1].lowercased()
      guard Self.suffixes.contains(suffix) else { return }
      self.suffix = suffix
    }
    self.number = number
  }

  public var isValid: Bool { number != nil }

  /// 0 for the plain number, 1 for `bis`, 2 for `ter`...
  public var suffixRank: Int {
    suffix.flatMap { Self.suffixes.firstIndex(of: $0).map { $0 + 1 } } ?? 0
  }

  /// The same label with canonical spacing (`2  bis` → `2 bis`).
  public var canonical: String {
    guard let number else { return text }
    return suffix.map { "\(number) \($0)" } ?? "\(number)"
  }
}

/// One step of the quest: who acts, what they do, whom it influences.
public struct QuestStep: Hashable, Sendable {
  public var label: Located<StepLabel>
  public var actors: [Reference]
  public var action: Text?
  public var influences: [Reference]
  public var location: SourceLocation

  public init(
    label: Located<StepLabel>, actors: [Reference], action: Text?, influences: [Reference],
    location: SourceLocation
  ) {
    self.label = label
    self.actors = actors
    self.action = action
    self.influences = influences
    self.location = location
  }
}

/// "A une influence sur...": a link from an actor or step to another.
public struct Influence: Hashable, Sendable {
  public var from: Reference
  public var to: Reference
  public var text: Text?
  public var location: SourceLocation

  public init(from: Reference, to: Reference, text: Text?, location: SourceLocation) {
    self.from = from
    self.to = to
    self.text = text
    self.location = location
  }
}
