import Foundation
import Mustache

/// The cap on what one rendering may write (`TemplateEngine.maximumOutputBytes`), enforced while
/// swift-mustache renders, which has no hook of its own: values and lists reach it wrapped.
///
/// Every text value charges its length (in UTF-8 bytes) when it is written, and every turn of a
/// section over a list charges the literal text of the largest section of that name
/// (`SectionCharges`, with its partials expanded). Once the budget is spent, values write
/// nothing and lists stop, so the rendering ends with bounded memory; `TemplateEngine` then
/// reports the template and the limit instead of its output. The charges over-count (a turn
/// charges text a nested section charges again), never under-count.
final class OutputBudget {
  let limit: Int
  private(set) var spent = 0
  var exceeded: Bool { spent > limit }

  init(limit: Int) { self.limit = limit }

  /// Charges `bytes`; false when the budget is spent.
  func charge(_ bytes: Int) -> Bool {
    spent += bytes
    return !exceeded
  }
}

/// A text value that charges its budget when written (`{{x}}`, `{{{x}}}`, `{{.}}`).
///
/// It is a parent with no members, as a text is: a lookup that climbs past it in a section
/// (`{{#titre}}{{id}}{{/titre}}`) goes on to the objects around it, and swift-mustache does
/// not reflect on the wrapper's own stored properties.
struct BudgetedText: MustacheCustomRenderable, MustacheTransformable, MustacheParent {
  let text: String
  let budget: OutputBudget

  func child(named name: String) -> Any? { nil }

  var renderText: String { budget.charge(text.utf8.count) ? text : "" }
  var isNull: Bool { false }

  func transform(_ name: String) -> Any? { text.transform(name) }
}

/// An object of the context whose members become Mustache values only when a layout looks
/// them up: an index or a book reads a few members of each action's large value, and the
/// rest is never converted. The first member of a name wins, as in the JSON export.
struct BudgetedObject: MustacheParent, MustacheTransformable {
  let members: [(String, JSONValue)]
  let budget: OutputBudget
  let charges: SectionCharges

  func child(named name: String) -> Any? {
    guard let member = members.first(where: { $0.0 == name }) else { return nil }
    return member.1.mustacheValue(budget: budget, charges: charges, key: name)
  }

  /// `count` and `empty`, as swift-mustache gives them for a dictionary.
  func transform(_ name: String) -> Any? {
    switch name {
    case "count": Set(members.map(\.0)).count
    case "empty": members.isEmpty
    default: nil
    }
  }
}

/// A list whose section charges its budget at every turn and stops once it is spent.
/// Like a text, it has no members of its own for lookups.
struct BudgetedList: MustacheSequence, MustacheTransformable, MustacheParent {
  let items: [Any]
  let charge: Int
  let budget: OutputBudget

  func child(named name: String) -> Any? { nil }

  func makeIterator() -> Iterator { Iterator(items: items, charge: charge, budget: budget) }

  func transform(_ name: String) -> Any? { items.transform(name) }

  struct Iterator: IteratorProtocol {
    let items: [Any]
    let charge: Int
    let budget: OutputBudget
    var index = 0

    mutating func next() -> Any? {
      guard index < items.count, budget.charge(charge) else { return nil }
      defer { index += 1 }
      return items[index]
    }
  }
}

/// Section name → the most literal text (UTF-8 bytes, partials expanded) one turn of a section
/// of that name writes, over every template of a set.
///
/// A turn charges at least `minimumTurnBytes`: a turn costs work even when it writes little,
/// and sections nested over the same list multiply their turns (`{{#acteurs}}` fourteen times
/// over three actors is 3¹⁴ turns of one byte each). With the floor, the 64 MiB cap is at most
/// about a million turns, a few seconds of rendering, whatever the nesting.
struct SectionCharges {
  static let minimumTurnBytes = 64

  private(set) var byName: [String: Int] = [:]
  /// For a list reached by no name (`{{#.}}` over a list of lists).
  private(set) var largest = 1

  func charge(for name: String?) -> Int {
    max(name.map { byName[$0] ?? 1 } ?? largest, Self.minimumTurnBytes)
  }

  /// Scans `templates` (name → text); `expanded` gives a partial's expanded literal size.
  init(templates: [String: String], expanded: (String) -> Int) {
    for (_, text) in templates.sorted(by: { $0.key < $1.key }) {
      scan(text, expanded: expanded)
    }
    largest = max(1, byName.values.max() ?? 1)
  }

  private mutating func scan(_ text: String, expanded: (String) -> Int) {
    var open: [(name: String, bytes: Int)] = []
    func add(_ bytes: Int) {
      for index in open.indices { open[index].bytes += bytes }
    }
    let bytes = Array(text.utf8)
    var index = 0
    var literalStart = 0
    while index + 1 < bytes.count {
      guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
        index += 1
        continue
      }
      add(index - literalStart)
      var end = index + 2
      while end + 1 < bytes.count,
        !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}"))
      {
        end += 1
      }
      let tag = String(decoding: bytes[min(index + 2, end)..<end], as: UTF8.self)
      let sigil = tag.first
      let name = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
      switch sigil {
      case "#", "^":
        open.append((Self.key(name), 0))
      case "/":
        if let last = open.popLast() {
          // Its text was added to the sections around it as it was read.
          byName[last.name] = max(byName[last.name] ?? 0, last.bytes, 1)
        }
      case ">", "<":
        add(expanded(name))
      default:
        break
      }
      index = min(bytes.count, end + 2)
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1 }  // `}}}`
      literalStart = index
    }
    add(bytes.count - literalStart)
    for section in open { byName[section.name] = max(byName[section.name] ?? 0, section.bytes, 1) }
  }

  /// The key a section looks up: `a.b` → `b`; `empty(x)` → `x`.
  static func key(_ name: String) -> String {
    var name = Substring(name)
    while let open = name.firstIndex(of: "("), name.last == ")" {
      name = name[name.index(after: open)..<name.index(before: name.endIndex)]
    }
    return String(name.split(separator: ".").last ?? name)
  }
}
