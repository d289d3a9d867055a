import RecitModel

extension RuleRegistry {
  /// The rules checked over each action, in registry order.
  static let actionRules: [any ActionRule.Type] = all.compactMap { $0 as? any ActionRule.Type }
  /// The rules checked over the whole project, in registry order.
  static let projectRules: [any ProjectRule.Type] = all.compactMap { $0 as? any ProjectRule.Type }
  /// The rules reported while reading.
  static let readingRules: [any ReadingRule.Type] = all.compactMap { $0 as? any ReadingRule.Type }

  /// The unit of `rule`.
  static func unit(of rule: Rule) -> any RuleUnit.Type {
    all.first { $0.rule == rule }!
  }
}
