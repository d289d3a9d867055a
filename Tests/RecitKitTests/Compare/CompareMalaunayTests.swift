import Foundation
import Testing

@testable import RecitKit

/// The key case: the town hall, the AMAP and the producers tell the market three ways.
@Suite struct CompareMalaunayTests {
  let comparison: Comparison

  init() throws {
    let path = Fixtures.packageRoot.appendingPathComponent("Samples/malaunay").path
    let project = try ProjectLoader().load(path: path).get()
    let action = try #require(project.actions.first { $0.id == "marche-centre-ville" })
    comparison = Comparison(project: project, action: action)
  }

  /// The role one actor plays in the narrative of one narrator.
  private func roles(of actor: String, toldBy narrator: String) throws -> [Comparison.PlayedRole] {
    let row = try #require(comparison.row(for: actor))
    let column = try #require(comparison.narratives.firstIndex { $0.narrator?.id == narrator })
    return row.cells[column]
  }

  @Test func columnsPutTheCarriedNarrativeFirst() {
    #expect(comparison.narratives.map(\.narrator?.id) == ["mairie", "amap", "producteurs"])
    #expect(comparison.narratives.map(\.stance) == [.carried, .contradictory, .alternative])
    #expect(!comparison.isSinglePointOfView)
  }

  @Test func theAMAPOpposesTheTownHallAndTheTownHallTheAMAP() throws {
    #expect(try roles(of: "amap", toldBy: "mairie") == [.opponent])
    #expect(try roles(of: "mairie", toldBy: "amap") == [.opponent])
    #expect(try roles(of: "amap", toldBy: "amap") == [.subject])
    #expect(comparison.row(for: "amap")?.zone == .conflit)
    #expect(comparison.row(for: "mairie")?.zone == .conflit)
  }

  @Test func theProducersHelpTheTownHallAndLeaveTheAMAPOut() throws {
    #expect(try roles(of: "producteurs", toldBy: "mairie") == [.receiver, .helper])
    #expect(try roles(of: "producteurs", toldBy: "producteurs") == [.subject, .receiver])
    #expect(try roles(of: "mairie", toldBy: "producteurs") == [.sender, .helper])
    #expect(try roles(of: "amap", toldBy: "producteurs") == [])
    #expect(comparison.row(for: "producteurs")?.zone == .divergent)
    let opponents = comparison.disagreements.first { $0.subject == .role(.opponents) }
    #expect(opponents?.items.map(\.narrator?.id) == ["amap", "producteurs"])
  }

  @Test func residentsAreAZoneOfCooperation() {
    #expect(comparison.row(for: "habitants")?.zone == .cooperation)
  }

  @Test func rowsFollowFirstAppearance() {
    #expect(
      comparison.rows.map(\.actor.id) == [
        "mairie", "maire", "habitants", "commercants", "producteurs", "services", "amap",
        "zones-commerciales", "adherents", "maraicher",
      ])
  }

  @Test func subjectsObjectsAndSteps() {
    #expect(!comparison.subjectsAgree)
    #expect(!comparison.objectsAgree)
    #expect(comparison.steps.map(\.label) == ["4"])
    #expect(comparison.steps.first?.told == [true, false, true])
  }

  @Test func disagreementsAreGroupedRolesFirstThenQuest() {
    #expect(
      comparison.disagreements.map(\.subject) == [
        .role(.object), .role(.receivers), .role(.opponents), .quest,
      ])
  }

  @Test func summaryRecordsTheArbitrationAndCountsByCategory() throws {
    #expect(comparison.summary.arbitrationRecorded)
    #expect(comparison.arbitration?.contains("chacun a cédé") == true)
    #expect(comparison.summary.conflicts == 2)
    #expect(comparison.summary.categories.map(\.category) == ActorCategory.allCases)
    let elus = try #require(comparison.summary.categories.first { $0.category == .elected })
    #expect((elus.actors, elus.divergences, elus.conflicts) == (2, 2, 1))
    let sentences = comparison.summary.sentences
    #expect(sentences.map(\.actorID) == ["mairie", "habitants", "amap"])
    #expect(
      sentences.last?.text.fr
        == "Zone de conflit — AMAP de Malaunay : opposant selon Mairie de Malaunay ; sujet selon AMAP de Malaunay."
    )
    #expect(
      sentences.last?.text.en
        == "Zone of conflict — AMAP de Malaunay: opponent according to Mairie de Malaunay; subject according to AMAP de Malaunay."
    )
  }
}
