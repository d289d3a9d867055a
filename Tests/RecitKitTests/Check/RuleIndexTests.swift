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

  @Test func idsAreTheCaseNamesInKebabCase() {
    let unit = RuleIndex.Unit(typeName: "ACompleter", caseName: "aCompleter", severity: "warning")
    #expect(unit.id == "a-completer")
    let other = RuleIndex.Unit(
      typeName: "DestinataireSansBenefice", caseName: "destinataireSansBenefice", severity: "note")
    #expect(other.id == "destinataire-sans-benefice")
  }
}
