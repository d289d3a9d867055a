import RecitModel

/// The partials each template includes, checked as a whole before any rendering: no template
/// may include itself, directly or through others (swift-mustache would recurse until the
/// stack overflows), and no template may expand into more than ``maximumExpansion`` templates
/// (partials that each include the next twice grow as 2ⁿ).
struct PartialGraph {
  static let maximumExpansion = 10_000

  /// Template name → the partials it names.
  var references: [String: [PartialNames.Reference]] = [:]
  /// Template name → its text's length in UTF-8 bytes.
  var lengths: [String: Int] = [:]

  /// Checks recursion and expansion, then returns each template's expanded length (its text
  /// and its partials', once each), after refusing one longer than `maximumBytes`.
  func check(maximumBytes: Int = TemplateEngine.maximumOutputBytes) throws -> [String: Int] {
    var expansion: [String: Int] = [:]
    var visiting: [String] = []
    for name in references.keys.sorted() {
      _ = try size(of: name, expansion: &expansion, visiting: &visiting)
    }
    var bytes: [String: Int] = [:]
    for name in references.keys.sorted() {
      _ = try expandedLength(of: name, maximumBytes: maximumBytes, memo: &bytes)
    }
    return bytes
  }

  /// Finite: `check` refused recursion first.
  private func expandedLength(of name: String, maximumBytes: Int, memo: inout [String: Int])
    throws -> Int
  {
    if let known = memo[name] { return known }
    var total = lengths[name] ?? 0
    for reference in references[name] ?? [] where references[reference.name] != nil {
      total += try expandedLength(of: reference.name, maximumBytes: maximumBytes, memo: &memo)
      if total > maximumBytes {
        throw TemplateError(
          location: reference.location,
          message: TemplateEngine.tooLongMessage(name, maximumBytes: maximumBytes))
      }
    }
    memo[name] = total
    return total
  }

  /// How many templates `name` expands into, counting itself.
  private func size(of name: String, expansion: inout [String: Int], visiting: inout [String])
    throws -> Int
  {
    if let known = expansion[name] { return known }
    var total = 1
    visiting.append(name)
    for reference in references[name] ?? [] where references[reference.name] != nil {
      if let start = visiting.firstIndex(of: reference.name) {
        let cycle = (visiting[start...] + [reference.name]).joined(separator: " → ")
        throw TemplateError(
          location: reference.location,
          message: LocalizedText(
            fr: "ce modèle s'inclut lui-même (\(cycle)) : son rendu ne finirait jamais",
            en: "this template includes itself (\(cycle)): rendering it would never end"))
      }
      total += try size(of: reference.name, expansion: &expansion, visiting: &visiting)
      if total > Self.maximumExpansion {
        throw TemplateError(
          location: reference.location,
          message: LocalizedText(
            fr:
              "ce modèle s'étend en plus de \(Self.maximumExpansion) modèles inclus : réduisez les inclusions répétées",
            en:
              "this template expands into more than \(Self.maximumExpansion) included templates: reduce repeated inclusions"
          ))
      }
    }
    visiting.removeLast()
    expansion[name] = total
    return total
  }
}
