import Foundation
import RuleIndex
import Testing

/// The `Rule` enum and the registry are what `scripts/generate.sh` writes from the units.
@Suite struct RuleIndexTests {
  @Test func committedRuleFilesAreUpToDate() throws {
    for file in try RuleIndex.generate(packageRoot: Fixtures.packageRoot.path) {
      let committed = try String(
        contentsOfFile: Fixtures.packageRoot.appendingPathComponent(file.path).path,
        encoding: .utf8)
      #expect(committed == file.content, "\(file.path) is stale: run scripts/generate.sh")
    }
  }

  @Test func casesAreTheUnitNamesInLowerCamelCase() {
    let unit = RuleIndex.Unit(typeName: "MissingSubject", id: "sujet-manquant", severity: "error")
    #expect(unit.caseName == "missingSubject")
    #expect(
      RuleIndex.Unit(typeName: "InvalidYAML", id: "yaml-invalide", severity: "error").caseName
        == "invalidYAML")
  }
}
