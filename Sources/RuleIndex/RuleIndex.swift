import Foundation

/// Writes the two Swift files that list the rules — the ids (`Sources/RecitModel/Rule.swift`)
/// and the registry of units (`Sources/RecitKit/Check/Rules/RuleRegistry.swift`) — from the
/// rule units' own files, so that adding a rule is one unit file (plus its explanations and its
/// test row).
///
/// It reads the sources as text, not the compiled library: a new unit names a `Rule` case
/// that does not exist yet, so the library does not compile until this has run. Each unit
/// file holds `struct NAME: …` with `static let id = "ID"` and `static let severity =
/// Severity.LEVEL`; the `Rule` case is NAME in lower camel case.
/// Rules keep the order and groups of the current `Rule.swift`; a new rule goes at the end.
public enum RuleIndex {
  public struct Unit: Equatable, Sendable {
    public var typeName: String
    public var id: String
    public var severity: String
    /// The `Rule` case: the unit's name in lower camel case (`MissingSubject` →
    /// `missingSubject`, `InvalidYAML` → `invalidYAML`).
    public var caseName: String { typeName.prefix(1).lowercased() + typeName.dropFirst() }

    public init(typeName: String, id: String, severity: String) {
      self.typeName = typeName
      self.id = id
      self.severity = severity
    }
  }

  public static let rulePath = "Sources/RecitModel/Rule.swift"
  public static let registryPath = "Sources/RecitKit/Check/Rules/RuleRegistry.swift"
  static let unitsFolder = "Sources/RecitKit/Check/Rules"

  public struct Problem: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
  }

  /// The generated files (path relative to the package root → content).
  public static func generate(packageRoot root: String) throws -> [(path: String, content: String)]
  {
    let units = try scan(root + "/" + unitsFolder)
    let previous = (try? String(contentsOfFile: root + "/" + rulePath, encoding: .utf8)) ?? ""
    let groups = arrange(units, groups: groups(in: previous))
    return [(rulePath, ruleFile(groups)), (registryPath, registryFile(groups))]
  }

  /// Every unit declared in the folder's Swift files.
  static func scan(_ folder: String) throws -> [Unit] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".swift")
    }.sorted()
    var units: [Unit] = []
    for name in names {
      let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      guard let id = quoted(after: "\n  static let id = ", in: text) else { continue }
      guard let typeName = value(after: "\nstruct ", in: text) else {
        throw Problem(description: "\(name): a rule unit must be a `struct`")
      }
      guard let severity = value(after: "\n  static let severity = Severity.", in: text),
        ["error", "warning", "note"].contains(severity)
      else {
        throw Problem(description: "\(name): missing `static let severity = Severity.…`")
      }
      units.append(Unit(typeName: typeName, id: id, severity: severity))
    }
    return units
  }

  /// The identifier that follows `marker` in `text`.
  static func value(after marker: String, in text: String) -> String? {
    guard let range = text.range(of: marker) else { return nil }
    let name = text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
    return name.isEmpty ? nil : String(name)
  }

  /// The string literal that follows `marker` in `text`.
  static func quoted(after marker: String, in text: String) -> String? {
    guard let range = text.range(of: marker + "\"") else { return nil }
    let literal = text[range.upperBound...].prefix { $0 != "\"" && $0 != "\n" }
    return literal.isEmpty ? nil : String(literal)
  }

  /// The groups of the current file: each comment line and the rule ids under it.
  static func groups(in previous: String) -> [(title: String, cases: [String])] {
    var groups: [(String, [String])] = []
    for line in previous.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("// "), line.hasPrefix("  //") {
        groups.append((String(trimmed.dropFirst(3)), []))
      } else if trimmed.hasPrefix("case "), trimmed.contains(" = \""), !groups.isEmpty {
        groups[groups.count - 1].1.append(quoted(after: " = ", in: trimmed) ?? "")
      }
    }
    return groups
  }

  /// The units in the groups' order; units no group names go at the end of the last group.
  static func arrange(_ units: [Unit], groups: [(title: String, cases: [String])]) -> [(
    title: String, units: [Unit]
  )] {
    let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var arranged = groups.map { group in (group.title, group.cases.compactMap { byID[$0] }) }
    if arranged.isEmpty { arranged = [("Rules", [])] }
    let placed = Set(arranged.flatMap { $0.1.map(\.id) })
    arranged[arranged.count - 1].1 += units.filter { !placed.contains($0.id) }
    return arranged.filter { !$0.1.isEmpty }
  }
}
