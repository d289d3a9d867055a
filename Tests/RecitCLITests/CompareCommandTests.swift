import Foundation
import Testing

/// `recit compare` as users run it: by id, by path, alone, in every format, and its errors.
@Suite struct CompareCommandTests {
  let recit = CommandRunner()
  let malaunay = PackageRoot.path + "/Samples/malaunay"

  @Test func comparesAnActionByIdInTheCurrentProject() throws {
    let result = try recit.run(["compare", "marche-centre-ville"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Points de vue — Un marché de petits producteurs"))
    #expect(result.stdout.contains("Zone de conflit — AMAP de Malaunay : opposant selon Mairie"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
  }

  @Test func jsonByPathIsOneVersionedDocument() throws {
    let result = try recit.run(
      ["compare", "Samples/malaunay/actions/marche-centre-ville", "--format", "json"],
      in: PackageRoot.path)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    let comparisons = object?["comparisons"] as? [[String: Any]]
    #expect(comparisons?.count == 1)
    #expect(
      (comparisons?.first?["action"] as? [String: Any])?["id"] as? String == "marche-centre-ville")
  }

  @Test func aloneItComparesEveryActionOfTheProject() throws {
    let result = try recit.run(["compare", "--format", "markdown", "--lang", "en"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.components(separatedBy: "## Points of view — ").count == 4)
    #expect(result.stdout.contains("| --- |"))
  }

  @Test func htmlIsASection() throws {
    let result = try recit.run(
      ["compare", "actions/marche-centre-ville/amap.md", "--format", "html"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<section class=\"recit-compare\""))
    #expect(result.stdout.contains("<th scope=\"col\">"))
  }

  @Test func unknownActionExitsTwoWithTheClosestId() throws {
    let result = try recit.run(["compare", "marche-centre"], in: malaunay)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("aucune action « marche-centre »"))
    #expect(result.stderr.contains("vouliez-vous dire « marche-centre-ville » ?"))
    let english = try recit.run(["compare", "paniers-biblio", "--lang", "en"], in: malaunay)
    #expect(english.status == 2)
    #expect(english.stderr.contains("did you mean “paniers-bibliotheque”?"))
  }

  @Test func anIdNamesAnActionOfTheWholeProjectFromAnyFolder() throws {
    let result = try recit.run(
      ["compare", "creation-amap", "--format", "json"],
      in: malaunay + "/actions/marche-centre-ville")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"id\": \"creation-amap\""))
  }

  @Test func missingPathExitsTwo() throws {
    let result = try recit.run(["compare", "nulle/part"], in: malaunay)
    #expect(result.status == 2)
    #expect(result.stderr.contains("n'existe pas"))
  }
}
