import Foundation
import Testing

@testable import RecitKit

/// Every action of every sample compared, its JSON held in a golden file
/// (`Tests/Fixtures/compare.golden/<sample>/<action>.json`; `RECIT_UPDATE_GOLDEN=1` rewrites).
@Suite struct CompareGoldenTests {
  /// The sample projects: each folder of `Samples/` that holds a `recit.yml`.
  static let samples: [String] = {
    let folder = Fixtures.packageRoot.appendingPathComponent("Samples").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { FileManager.default.fileExists(atPath: "\(folder)/\($0)/recit.yml") }
      .sorted()
  }()

  static func load(_ sample: String) throws -> Project {
    try ProjectLoader().load(
      path: Fixtures.packageRoot.appendingPathComponent("Samples/\(sample)").path
    ).get()
  }

  static func golden(_ name: String) -> String { Fixtures.path("compare.golden/\(name)") }

  @Test func samplesAreThere() {
    #expect(Self.samples.contains("malaunay"))
    #expect(Self.samples.count >= 5)
  }

  @Test(arguments: samples) func jsonMatchesGoldenFiles(sample: String) throws {
    let project = try Self.load(sample)
    #expect(!project.actions.isEmpty)
    for action in project.actions {
      let document = Comparison.jsonDocument(
        [Comparison(project: project, action: action)], generator: "recit test")
      try Fixtures.expectGolden(
        document.rendered(), at: Self.golden("\(sample)/\(action.id).json"))
    }
  }

  /// The other renderings of the key case, held whole so that a change shows in review.
  @Test func malaunayRenderingsMatchGoldenFiles() throws {
    let project = try Self.load("malaunay")
    let action = try #require(project.actions.first { $0.id == "marche-centre-ville" })
    let comparison = Comparison(project: project, action: action)
    let base = "malaunay/marche-centre-ville"
    try Fixtures.expectGolden(comparison.text(in: .fr), at: Self.golden("\(base).fr.txt"))
    try Fixtures.expectGolden(comparison.text(in: .en), at: Self.golden("\(base).en.txt"))
    try Fixtures.expectGolden(comparison.markdown(in: .fr), at: Self.golden("\(base).md"))
    try Fixtures.expectGolden(comparison.htmlFragment(in: .fr), at: Self.golden("\(base).html"))
    try Fixtures.expectGolden(
      ConflictGraph(comparison: comparison).svg(in: .fr), at: Self.golden("\(base).svg"))
  }
}
