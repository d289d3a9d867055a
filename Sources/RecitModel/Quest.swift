/// The label of a quest step as the Fabrique writes them: `0`, `1`, `2 bis`, `2 ter`...
///
/// The suffix may be glued to the number or capitalised (`2bis`, `2 Bis`, `2TER`): such a label
/// is accepted and normalised (`2 bis`).
public struct StepLabel: Hashable, Sendable {
  /// Latin ordinal suffixes, in order.
  public static let suffixes = [
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies",
  ]

  /// The label: normalised (`2 bis`) when well formed, else as written.
  public let text: String
  /// The label as written (spaces around it removed).
  public let written: String
  /// The number, when the label is well formed.
  public let number: Int?
  /// The suffix (`bis`, `ter`...), when there is one.
  public let suffix: String?

  /// Parses a label; a malformed one keeps its text with no number.
  public init(_ text: String) {
    written = text
    if let parsed = Self.parse(text, separators: [" ", "\u{00A0}"]) {
      (self.number, self.suffix) = (parsed.0, parsed.1)
      self.text = parsed.1.map { "\(parsed.0) \($0)" } ?? "\(parsed.0)"
    } else {
      (self.number, self.suffix) = (nil, nil)
      self.text = text
    }
  }

  /// The number and the suffix of `text`, the suffix glued to the number or after one of
  /// `separators`; nil when malformed.
  private static func parse(_ text: String, separators: Set<Character>) -> (Int, String?)? {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, let number = Int(digits) else { return nil }
    var rest = text[digits.endIndex...]
    while let first = rest.first, separators.contains(first) { rest.removeFirst() }
    if rest.isEmpty { return digits.endIndex == text.endIndex ? (number, nil) : nil }
    let suffix = rest.lowercased()
    guard suffixes.contains(suffix) else { return nil }
    return (number, suffix)
  }

  /// A malformed label that stands for one label only (`2-bis`, `2.ter`, `2_bis`): the label to
  /// write instead (`2 bis`); nil otherwise.
  public static func nearMiss(_ text: String) -> String? {
    guard !StepLabel(text).isValid,
      let parsed = parse(text, separators: [" ", "\u{00A0}", "-", ".", "_", "/"])
    else { return nil }
    return parsed.1.map { "\(parsed.0) \($0)" } ?? "\(parsed.0)"
  }

  public var isValid: Bool { number != nil }

  /// 0 for the plain number, 1 for `bis`, 2 for `ter`...
  public var suffixRank: Int {
    suffix.flatMap { Self.suffixes.firstIndex(of: $0).map { $0 + 1 } } ?? 0
  }

  /// The same label with canonical spacing (`2  bis`, `2bis` → `2 bis`).
  public var canonical: String { text }
}

/// One step of the quest: who acts, what they do, whom it influences.
public struct QuestStep: Hashable, Sendable {
  public let label: Located<StepLabel>
  public let actors: [Reference]
  public let action: Text?
  public let influences: [Reference]
  /// `date:`, when the step is dated (the timeline of the territory places it); nil inside
  /// when written but not a date (reported `date-invalide`).
  public let date: Located<PartialDate?>?
  public let location: SourceLocation

  public init(
    label: Located<StepLabel>, actors: [Reference], action: Text?, influences: [Reference],
    date: Located<PartialDate?>? = nil, location: SourceLocation
  ) {
    self.label = label
    self.actors = actors
    self.action = action
    self.influences = influences
    self.date = date
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
