extension RuleIndex {
  static let banner =
    "// Generated from the rule units by `scripts/generate.sh`: do not edit by hand."

  static func ruleFile(_ groups: [(title: String, units: [Unit])]) -> String {
    var out = """
      \(banner)

      /// Every rule `recit` checks, by its stable id.
      ///
      /// Parse problems and schema checks share this one list so that `recit.yml` can turn any of
      /// them off or change its severity, and `recit explain` can describe each. Each rule's
      /// title, messages, severity and logic live in its unit under
      /// `Sources/RecitKit/Check/Rules/`, its explanation in `Explanations/`.
      public enum Rule: String, Sendable, Codable, CaseIterable {

      """
    for group in groups {
      out += "  // \(group.title)\n"
      for unit in group.units { out += "  case \(unit.caseName) = \"\(unit.id)\"\n" }
    }
    out += "\n  /// The severity each unit declares.\n"
    out += "  public var defaultSeverity: Severity {\n    switch self {\n"
    let all = groups.flatMap(\.units)
    for level in ["error", "warning", "note"] {
      let names = all.filter { $0.severity == level }.map { "." + $0.caseName }
      guard !names.isEmpty else { continue }
      out += "    case " + names.joined(separator: ",\n      ") + ":\n      .\(level)\n"
    }
    return out + "    }\n  }\n}\n"
  }

  static func registryFile(_ groups: [(title: String, units: [Unit])]) -> String {
    var out = """
      \(banner)

      import RecitModel

      /// Every rule unit, in the order of ``Rule/allCases``.
      enum RuleRegistry {
        static let all: [any RuleUnit.Type] = [

      """
    for group in groups {
      out += "    // \(group.title)\n"
      for unit in group.units { out += "    \(unit.typeName).self,\n" }
    }
    return out + "  ]\n}\n"
  }
}
