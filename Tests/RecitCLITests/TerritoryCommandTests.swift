import Foundation
import Testing

/// `recit acteurs` and `recit couverture` as users run them, in the Malaunay sample.
@Suite struct TerritoryCommandTests {
  let recit = CommandRunner()
  let malaunay = PackageRoot.path + "/Samples/malaunay"

  @Test func actorsListsEveryActorWithItsIdFamilyAndTheSideChangers() throws {
    let result = try recit.run(["acteurs"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Les acteurs\n"))
    #expect(result.stdout.contains("AMAP de Malaunay"))
    #expect(result.stdout.contains("zones-commerciales"))
    #expect(result.stdout.contains("Acteurs qui changent de camp"))
    // The AMAP helps in the library's narratives and opposes in the market's carried one.
    let sides = try #require(
      result.stdout.components(separatedBy: "Acteurs qui changent de camp").last)
    #expect(sides.contains("AMAP de Malaunay"))
    #expect(sides.contains("Adjuvant dans") && sides.contains("Opposant dans"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
    let english = try recit.run(["actors", "--lang", "en"], in: malaunay)
    #expect(english.status == 0)
    #expect(english.stdout.hasPrefix("The actors\n"))
    #expect(english.stdout.contains("Actors who change side"))
  }

  @Test func oneActorShowsItsPartsNarrativesMentionsAndSteps() throws {
    let result = try recit.run(["acteurs", "amap"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("AMAP de Malaunay\n"))
    for part in [
      "Ses rôles, récit par récit", "Les récits qu'il porte", "Les récits qui le contestent",
      "Où les récits le mentionnent", "Les étapes de quête où il agit",
      "actions/creation-amap/mairie.md:42:20", "destinateur, opposants",
    ] {
      #expect(result.stdout.contains(part), "\(part)")
    }
    let json = try recit.run(["acteurs", "amap", "--format", "json"], in: malaunay)
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 2)
    let actor = object?["actor"] as? [String: Any]
    #expect(actor?["id"] as? String == "amap")
    #expect((actor?["appearances"] as? [Any])?.count == 6)
  }

  @Test func anUnknownActorIsStatusTwoWithTheClosestId() throws {
    let result = try recit.run(["acteurs", "amapp"], in: malaunay)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("aucun acteur « amapp »"))
    #expect(result.stderr.contains("vouliez-vous dire « amap » ?"))
  }

  @Test func coverageShowsTheBalisesNoActionClaimsAndTheFamilies() throws {
    let result = try recit.run(["couverture"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("13 des 23 balises"))
    #expect(result.stdout.contains("Balises qu'aucune action ne travaille"))
    #expect(result.stdout.contains("cooperation/6 Jouer le temps et le territoire"))
    #expect(result.stdout.contains("État territorial"))
    let json = try recit.run(["coverage", "--format", "json"], in: malaunay)
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((object?["coverage"] as? [Any])?.count == 23)
    #expect((object?["unclaimed"] as? [String])?.count == 10)
    let families = object?["families"] as? [[String: Any]]
    #expect(families?.allSatisfy { ($0["missing"] as? [String])?.contains("etat") == true } == true)
  }

  @Test func outsideAProjectBothCommandsSayItAndExitTwo() throws {
    let folder = try TemporaryFolder()
    for command in ["acteurs", "couverture"] {
      let result = try recit.run([command], in: folder.path)
      #expect(result.status == 2, "\(command): \(result.stderr)")
    }
  }
}
