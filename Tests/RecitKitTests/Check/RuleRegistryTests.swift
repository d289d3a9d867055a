import Foundation
import Testing

@testable import RecitKit

/// The registry lists every rule unit once, each where it is reported, with its title.
@Suite struct RuleRegistryTests {
  @Test func registryCoversExactlyEveryRuleInOrder() {
    #expect(RuleRegistry.all.map { $0.rule } == Rule.allCases)
  }

  @Test func everyUnitIsCheckedOrReportedWhileReading() {
    for unit in RuleRegistry.all {
      let reading = unit is any ReadingRule.Type
      let checked = unit is any ActionRule.Type || unit is any ProjectRule.Type
      #expect(reading != checked, "\(unit.rule.rawValue)")
    }
    #expect(
      RuleRegistry.readingRules.count
        + Set(
          (RuleRegistry.actionRules.map { $0.rule } + RuleRegistry.projectRules.map { $0.rule })
        ).count == Rule.allCases.count)
  }

  @Test func defaultSeverityComesFromTheRule() {
    for unit in RuleRegistry.all {
      #expect(unit.defaultSeverity == unit.rule.defaultSeverity)
      #expect(
        unit.diagnostic(at: .start(of: "x"), LocalizedText(fr: "a", en: "b")).severity
          == unit.defaultSeverity)
    }
  }

  @Test func everyUnitHasATitleInBothLanguages() {
    for unit in RuleRegistry.all {
      #expect(!unit.title.fr.isEmpty && !unit.title.en.isEmpty, "\(unit.rule.rawValue)")
      #expect(!unit.title.fr.hasSuffix(".") && !unit.title.en.hasSuffix("."))
    }
  }

  @Test func readingRulesNameSourceFilesThatReportThem() throws {
    let sources = Fixtures.packageRoot.appending(path: "Sources/RecitKit")
    for unit in RuleRegistry.readingRules {
      #expect(!unit.reportedBy.isEmpty)
      for path in unit.reportedBy {
        let text = try String(contentsOf: sources.appending(path: path), encoding: .utf8)
        let name = "\(unit.rule)"
        #expect(text.contains("." + name), "\(path) does not report \(unit.rule.rawValue)")
      }
    }
  }
}
