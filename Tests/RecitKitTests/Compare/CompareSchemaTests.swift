import Foundation
import RecitTestSupport
import Testing

@testable import RecitKit

/// The JSON of every sample validates against `schemas/compare-v1.schema.json`, checked by
/// `check-jsonschema` (installed by `scripts/test.sh`; the test fails without it).
@Suite struct CompareSchemaTests {
  static let schema = Fixtures.packageRoot.appendingPathComponent(
    "schemas/compare-v1.schema.json"
  ).path

  /// Runs `check-jsonschema`; fails the test when it is not installed.
  private func checkJSONSchema(_ arguments: [String]) throws -> (Int32, String) {
    try ExternalTool.run("check-jsonschema", arguments)
  }

  @Test func schemaIsValidDraft07() throws {
    let (status, output) = try checkJSONSchema(["--check-metaschema", Self.schema])
    #expect(status == 0, "\(output)")
  }

  @Test func everySampleValidates() throws {
    let folder = try TemporaryProject([:])
    var files: [String] = []
    for sample in CompareGoldenTests.samples {
      let project = try CompareGoldenTests.load(sample)
      let comparisons = project.actions.map { Comparison(project: project, action: $0) }
      let path = folder.root + "/\(sample).json"
      try folder.write(Comparison.jsonDocument(comparisons).rendered(), to: "\(sample).json")
      files.append(path)
    }
    let (status, output) = try checkJSONSchema(["--schemafile", Self.schema] + files)
    #expect(status == 0, "\(output)")
  }

  @Test func aBrokenDocumentIsRejected() throws {
    let folder = try TemporaryProject(["bad.json": #"{"version": 1, "comparisons": []}"#])
    let (status, _) = try checkJSONSchema(["--schemafile", Self.schema, folder.root + "/bad.json"])
    #expect(status != 0, "generator is required")
  }
}
