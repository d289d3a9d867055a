import Foundation
import RecitTestSupport
import Testing

/// The shipped JSON Schemas agree with what recit reads and writes, checked by a real
/// validator (`check-jsonschema`, installed by the test command).
@Suite struct SchemaValidationTests {
  let recit = CommandRunner()
  static let projects = [
    "Samples/grande-synthe", "Samples/le-mene", "Samples/loos-en-gohelle", "Samples/malaunay",
    "Samples/pole-territorial-tarn", "Tests/Fixtures/every-key",
  ]

  private func validate(_ schema: String, _ files: [String]) throws {
    guard !files.isEmpty else { return }
    let result = try ExternalTool.run(
      "check-jsonschema", ["--schemafile", PackageRoot.path + "/schemas/" + schema] + files)
    #expect(result.status == 0, "\(schema): \(result.output)")
  }

  @Test func schemasAreValidSchemas() throws {
    let schemas = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path + "/schemas")
      .filter { $0.hasSuffix(".json") }.map { PackageRoot.path + "/schemas/" + $0 }
    #expect(schemas.count >= 7)
    let result = try ExternalTool.run("check-jsonschema", ["--check-metaschema"] + schemas)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func jsonExportsValidateAgainstExportV2() throws {
    let work = try TemporaryFolder()
    var files: [String] = []
    for (index, project) in Self.projects.enumerated() {
      let out = work.path + "/\(index)"
      let build = try recit.run(
        ["build", PackageRoot.path + "/" + project, "--format", "json", "--out", out], in: work.path
      )
      #expect(build.status == 0, "\(project): \(build.stderr)")
      files += try FileManager.default.contentsOfDirectory(atPath: out + "/json").map {
        out + "/json/" + $0
      }
    }
    #expect(files.count > 15)
    try validate("export-v2.schema.json", files)
  }

  @Test func sampleFilesValidateAgainstTheEditorSchemas() throws {
    let work = try TemporaryFolder()
    var actions: [String] = []
    var narratives: [String] = []
    var settings: [String] = []
    var actors: [String] = []
    for project in Self.projects {
      let root = PackageRoot.path + "/" + project
      settings.append(root + "/recit.yml")
      if FileManager.default.fileExists(atPath: root + "/acteurs.yml") {
        actors.append(root + "/acteurs.yml")
      }
      let enumerator = FileManager.default.enumerator(atPath: root + "/actions")
      while let relative = enumerator?.nextObject() as? String {
        guard relative.hasSuffix(".md") else { continue }
        let text = try String(contentsOfFile: root + "/actions/" + relative, encoding: .utf8)
        let parts = text.components(separatedBy: "\n---\n")
        guard text.hasPrefix("---\n"), parts.count > 1 else { continue }
        let yaml = String(parts[0].dropFirst(4)) + "\n"
        let target = work.path + "/" + UUID().uuidString + ".yml"
        try yaml.write(toFile: target, atomically: true, encoding: .utf8)
        let isMain = relative.hasSuffix("/action.md") || !relative.contains("/")
        if isMain { actions.append(target) } else { narratives.append(target) }
      }
    }
    #expect(actions.count > 15 && narratives.count > 15)
    try validate("recit.schema.json", settings)
    try validate("acteurs.schema.json", actors)
    try validate("action.schema.json", actions)
    try validate("recit-secondaire.schema.json", narratives)
  }
}
