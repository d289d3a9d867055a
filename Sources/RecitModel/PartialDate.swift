/// A date as territories write them: a year, a month or a day (`2019`, `2019-03`, `2019-03-12`).
///
/// Besides the ISO forms, the French ones are accepted: `02/09/2024`, `09/2024`,
/// `septembre 2024`, `sept. 2024`, `2 septembre 2024`, `1er septembre 2024`.
public struct PartialDate: Hashable, Sendable, Comparable {
  public let year: Int
  public let month: Int?
  public let day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses an ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a French one; nil when malformed
  /// or out of range.
  public init?(_ text: String) {
    guard let date = Self.iso(text) ?? Self.french(text) else { return nil }
    self = date
  }

  /// A date written in a near-miss form that maps to one date only (`2024/09`, `2024-9-2`,
  /// `02-09-2024`, `02.09.2024`): what a fix may write instead, in ISO form. Nil for a date that
  /// is accepted as written, or that cannot be read unambiguously.
  public static func nearMiss(_ text: String) -> PartialDate? {
    guard PartialDate(text) == nil else { return nil }
    let trimmed = text.trimmingSpaces
    for separator: Character in ["/", ".", "-", "_"] {
      let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
      guard (2...3).contains(parts.count), parts.allSatisfy(\.isDigits) else { continue }
      let numbers = parts.compactMap { Int($0) }
      // Year first (`2024/09/02`, `2024-9`), or year last (`02-09-2024`, `02.09.2024`, `9.2024`).
      if parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count <= 2 }) {
        return valid(year: numbers[0], month: numbers[1], day: numbers.count > 2 ? numbers[2] : nil)
      }
      if parts.last!.count == 4, parts.dropLast().allSatisfy({ $0.count <= 2 }) {
        return numbers.count == 3
          ? valid(year: numbers[2], month: numbers[1], day: numbers[0])
          : valid(year: numbers[1], month: numbers[0], day: nil)
      }
    }
    return nil
  }

  /// The date in ISO form (`2024-09-02`), as `date:` is best written.
  public var iso: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var text = String(year)
    if let month { text += "-" + two(month) }
    if let day { text += "-" + two(day) }
    return text
  }

  private static func iso(_ text: String) -> PartialDate? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2, 2]
    guard (1...3).contains(parts.count) else { return nil }
    var numbers: [Int] = []
    for (part, width) in zip(parts, widths) {
      guard part.count == width, part.isDigits, let value = Int(part) else { return nil }
      numbers.append(value)
    }
    return valid(
      year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
      day: numbers.count > 2 ? numbers[2] : nil)
  }

  /// `02/09/2024`, `2/9/2024`, `09/2024`; `septembre 2024`, `sept. 2024`, `2 septembre 2024`,
  /// `1er septembre 2024` (case and accents aside).
  private static func french(_ text: String) -> PartialDate? {
    let slashes = text.split(separator: "/", omittingEmptySubsequences: false)
    if (2...3).contains(slashes.count) {
      guard slashes.allSatisfy(\.isDigits), slashes.last!.count == 4,
        slashes.dropLast().allSatisfy({ (1...2).contains($0.count) })
      else { return nil }
      let numbers = slashes.compactMap { Int($0) }
      return numbers.count == 3
        ? valid(year: numbers[2], month: numbers[1], day: numbers[0])
        : valid(year: numbers[1], month: numbers[0], day: nil)
    }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
    guard (2...3).contains(words.count), words.last!.count == 4, words.last!.isDigits,
      let year = Int(words.last!), let month = monthNumber(words[words.count - 2])
    else { return nil }
    guard words.count == 3 else { return valid(year: year, month: month, day: nil) }
    var dayText = Substring(words[0].lowercased())
    if dayText == "1er" { dayText = "1" }
    guard (1...2).contains(dayText.count), dayText.isDigits, let day = Int(dayText) else {
      return nil
    }
    return valid(year: year, month: month, day: day)
  }

  /// Month names and their usual abbreviations, French (and English names in full).
  private static let monthNames: [String: Int] = {
    let names: [[String]] = [
      ["janvier", "janv", "jan", "january"], ["fevrier", "fevr", "fev", "february"],
      ["mars", "march"], ["avril", "avr", "april"], ["mai", "may"], ["juin", "june"],
      ["juillet", "juil", "july"], ["aout", "august"], ["septembre", "sept", "sep", "september"],
      ["octobre", "oct", "october"], ["novembre", "nov", "november"],
      ["decembre", "dec", "december"],
    ]
    var table: [String: Int] = [:]
    for (index, forms) in names.enumerated() {
      for form in forms { table[form] = index + 1 }
    }
    return table
  }()

  private static func monthNumber(_ word: Substring) -> Int? {
    var folded = String.UnicodeScalarView()
    for scalar in word.lowercased().unicodeScalars {
      switch scalar {
      case "é", "è", "ê", "ë": folded.append("e")
      case "û", "ù", "ü": folded.append("u")
      case "ô": folded.append("o")
      case "î", "ï": folded.append("i")
      default: folded.append(scalar)
      }
    }
    var name = String(folded)
    if name.hasSuffix(".") { name.removeLast() }
    return monthNames[name]
  }

  private static func valid(year: Int, month: Int?, day: Int?) -> PartialDate? {
    guard (0...9999).contains(year) else { return nil }
    if let month, !(1...12).contains(month) { return nil }
    if let month, let day {
      let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      guard (1...lengths[month - 1]).contains(day) else { return nil }
    }
    if month == nil, day != nil { return nil }
    return PartialDate(year: year, month: month, day: day)
  }

  private static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}

extension Substring {
  fileprivate var isDigits: Bool { !isEmpty && allSatisfy { $0.isASCII && $0.isNumber } }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var result = Substring(self)
    while let first = result.first, first.isWhitespace { result.removeFirst() }
    while let last = result.last, last.isWhitespace { result.removeLast() }
    return String(result)
  }
}
