/// The label of a quest step as the Fabrique writes them: `0`, `1`, `2 bis`, `2 ter`...
public struct StepLabel: Hashable, Sendable {
  /// Latin ordinal suffixes, in order.
  public static let suffixes = [
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies",
  ]

  /// The label as written.
  public let text: String
  /// The number, when the label is well formed.
  public let number: Int?
  /// The suffix (`bis`, `ter`...), when there is one.
  public let suffix: String?

  /// Parses a label; a malformed one keeps its text with no number.
  public init(_ text: String) {
    self.text = text
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    let suffix = parts.count == 2 ? parts[1].lowercased() : nil
    guard let first = parts.first, first.allSatisfy(\.isASCII), let number = Int(first),
      number >= 0, parts.count <= 2, suffix.map(Self.suffixes.contains) ?? true
    else {
      (self.number, self.suffix) = (nil, nil)
      return
    }
    (self.number, self.suffix) = (number, suffix)
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
  public let label: Located<StepLabel>
  public let actors: [Reference]
  public let action: Text?
  public let influences: [Reference]
  public let location: SourceLocation

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
  public let from: Reference
  public let to: Reference
  public let text: Text?
  public let location: SourceLocation

  public init(from: Reference, to: Reference, text: Text?, location: SourceLocation) {
    self.from = from
    self.to = to
    self.text = text
    self.location = location
  }
}
