import Foundation
import RecitModel

/// An in-memory copy of a YAML text with two common slips repaired, so that libyaml can read
/// the rest: tabs used as indentation become spaces, and a colon inside a plain value stands
/// as ``colon`` (one scalar for one, so columns do not move) until the scalar is read back.
///
/// Only lines that libyaml refuses are touched; the user's file is never written here (the fixes
/// go to the diagnostics, for `recit check --corriger`).
struct YAMLRepair {
  /// How a line's indentation was repaired.
  struct Indentation {
    /// The whitespace as written (tabs and spaces).
    var text: String
    /// Its length in scalars.
    var original: Int
    /// The number of spaces it was read as.
    var width: Int
    /// Where its first tab stands (0-based).
    var firstTab: Int
  }

  /// Stands for a colon of a value while the repaired text is read (a private-use scalar).
  static let colon: Unicode.Scalar = "\u{E000}"

  private(set) var lines: [[Unicode.Scalar]]
  private(set) var indentation: [Int: Indentation] = [:]

  init(text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0.unicodeScalars)
    }
  }

  var text: String {
    var view = String.UnicodeScalarView()
    for (index, line) in lines.enumerated() {
      if index > 0 { view.append("\n") }
      view.append(contentsOf: line)
    }
    return String(view)
  }

  /// Replaces the tabs in the indentation of every line that has some content; each tab counts
  /// as the indentation step the rest of the text uses (the smallest indentation in spaces,
  /// else 2). Returns the lines repaired.
  @discardableResult
  mutating func replaceIndentationTabs() -> [Int] {
    let unit = Self.indentationUnit(lines)
    var repaired: [Int] = []
    for index in lines.indices {
      let line = lines[index]
      let run = line.prefix { $0 == " " || $0 == "\t" }
      guard run.contains("\t"), run.count < line.count, line[run.count] != "#" else { continue }
      let tabs = run.filter { $0 == "\t" }.count
      let width = run.count - tabs + tabs * unit
      var written = String.UnicodeScalarView()
      written.append(contentsOf: run)
      indentation[index] = Indentation(
        text: String(written), original: run.count, width: width,
        firstTab: run.firstIndex(of: "\t") ?? 0)
      lines[index] = Array(repeating: " ", count: width) + line[run.count...]
      repaired.append(index)
    }
    return repaired
  }

  private static func indentationUnit(_ lines: [[Unicode.Scalar]]) -> Int {
    var unit = Int.max
    for line in lines {
      let run = line.prefix { $0 == " " }
      guard !run.isEmpty, run.count < line.count, line[run.count] != "\t",
        line[run.count] != "#"
      else { continue }
      unit = min(unit, run.count)
    }
    return unit == .max ? 2 : unit
  }

  /// Replaces the colon at `column` of `line` (0-based) by ``colon`` when it stands inside the
  /// plain value of a `key: value` line (or of a list item `- key: value`); false otherwise,
  /// and nothing changes.
  mutating func neutraliseColon(line: Int, column: Int) -> Bool {
    guard lines.indices.contains(line), lines[line].indices.contains(column),
      lines[line][column] == ":", let start = Self.valueStart(of: lines[line]), start < column
    else { return false }
    let value = lines[line][start..<column]
    // A comment ends the value before the colon: the slip is elsewhere.
    for index in value.indices.dropFirst() where value[index] == "#" && value[index - 1] == " " {
      return false
    }
    lines[line][column] = Self.colon
    return true
  }

  /// Where the value of a `key: value` line starts, when it is a plain scalar.
  static func valueStart(of line: [Unicode.Scalar]) -> Int? {
    var index = 0
    func skipSpaces() { while index < line.count, line[index] == " " { index += 1 } }
    skipSpaces()
    while index + 1 < line.count, line[index] == "-", line[index + 1] == " " {
      index += 2
      skipSpaces()
    }
    let keyStart = index
    guard keyStart < line.count, !"\"'[]{},#&*!|>%@`?".unicodeScalars.contains(line[keyStart])
    else { return nil }
    while index < line.count, line[index] != ":" { index += 1 }
    guard index > keyStart, index + 1 < line.count, line[index + 1] == " " else { return nil }
    index += 1
    skipSpaces()
    guard index < line.count, !"\"'[]{},#&*!|>%@`".unicodeScalars.contains(line[index]) else {
      return nil
    }
    return index
  }

  /// The plain scalar of `root` that starts last on `location`'s line, before it.
  static func plainScalar(before location: SourceLocation, in root: YAMLNode) -> YAMLNode? {
    var best: YAMLNode?
    func visit(_ node: YAMLNode) {
      switch node.content {
      case .scalar(_, .plain):
        let start = node.location
        let bestColumn = best?.location.column ?? 0
        if start.line == location.line, (start.column < location.column),
          (start.column > bestColumn)
        {
          best = node
        }
      case .scalar: break
      case .sequence(let items): items.forEach(visit)
      case .mapping(let pairs):
        pairs.forEach {
          visit($0.key)
          visit($0.value)
        }
      }
    }
    visit(root)
    return best
  }

  /// `text` as a quoted YAML scalar that reads back as `text`.
  static func quoted(_ text: String) -> String {
    if !text.contains("\""), !text.contains("\\") { return "\"\(text)\"" }
    return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
