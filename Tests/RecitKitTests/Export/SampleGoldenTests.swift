import Foundation
import Testing

@testable import RecitKit

/// Every sample rendered in every format matches its committed golden files
/// (`RECIT_UPDATE_GOLDEN=1 swift test --filter SampleGolden` rewrites them on purpose).
@Suite struct SampleGoldenTests {
  static let samples = [
    "grande-synthe", "le-mene", "loos-en-gohelle", "malaunay", "pole-territorial-tarn",
  ]

  static func render(_ sample: String) throws -> [(path: String, content: String)] {
    let project = try ProjectLoader().load(
      path: Fixtures.packageRoot.appendingPathComponent("Samples/\(sample)").path
    ).get()
    let builder = Builder(
      project: project, outputFolder: "",
      formats: Set(ExportFormat.allCases).subtracting(ExportFormat.binary),
      engine: try TemplateEngine(templates: .builtIn))
    return try builder.render()
  }

  @Test(arguments: samples)
  func sampleMatchesItsGoldenFiles(_ sample: String) throws {
    let files = try Self.render(sample)
    let folder = Fixtures.path("samples.golden/\(sample)")
    for file in files {
      try Fixtures.expectGolden(file.content, at: folder + "/" + file.path)
    }
    if Fixtures.updating { return }
    let committed = Set(
      (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter {
        !ProjectLocator.isDirectory(folder + "/" + $0)
      })
    #expect(committed == Set(files.map(\.path)), "files added or removed: update the golden files")
  }

  @Test(arguments: samples)
  func everyFormatIsProducedForEveryAction(_ sample: String) throws {
    let files = Set(try Self.render(sample).map(\.path))
    let project = try ProjectLoader().load(
      path: Fixtures.packageRoot.appendingPathComponent("Samples/\(sample)").path
    ).get()
    #expect(files.contains("html/index.html"))
    #expect(files.contains("html/style.css"))
    #expect(files.contains("docbook/projet.xml"))
    for action in project.actions {
      for path in [
        "html/\(action.id).html", "docbook/\(action.id).xml", "markdown/\(action.id).md",
        "json/\(action.id).json", "svg/\(action.id)/action.svg",
        "hugo/content/actions/\(action.id)/index.md",
        "hugo/content/actions/\(action.id)/action.svg",
      ] {
        #expect(files.contains(path), "\(sample): no \(path)")
      }
    }
  }

  @Test func renderingIsDeterministic() throws {
    let first = try Self.render("malaunay")
    let second = try Self.render("malaunay")
    #expect(first.map(\.path) == second.map(\.path))
    #expect(first.map(\.content) == second.map(\.content))
  }
}
