import Foundation
import RecitKit
import RecitTestSupport
import Testing

/// Whether libxml2 lets separate validation contexts share one parsed RELAX NG schema, as
/// `RelaxNGSchema` does without a lock. The Swift thread sanitizer cannot see inside libxml2
/// (it is not instrumented), so a small C program does the sharing and valgrind's two race
/// detectors watch it; a planted race proves that they would speak.
@Suite(.serialized) struct RelaxNGSharingTests {
  static let source = PackageRoot.path + "/Tests/Fixtures/tools/relaxng-stress.c"

  private func compile(planted: Bool) throws -> String {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("relaxng-stress-\(planted ? "planted-" : "")\(UUID().uuidString)")
      .path
    let flags = try ExternalTool.run("pkg-config", ["--cflags", "--libs", "libxml-2.0"])
    #expect(flags.status == 0)
    var arguments = ["-O1", "-g", Self.source, "-o", output, "-lpthread"]
    if planted { arguments.append("-DPLANTED_RACE") }
    arguments += flags.output.split(whereSeparator: \.isWhitespace).map(String.init)
    let compiled = try ExternalTool.run("gcc", arguments)
    #expect(compiled.status == 0, "\(compiled.output)")
    return output
  }

  private func detect(_ tool: String, _ program: String) throws -> (
    status: Int32, output: String
  ) {
    try ExternalTool.run(
      "valgrind",
      [
        "--tool=\(tool)", "--error-exitcode=3", program, DocBookValidator.schemaPath, "3", "10",
      ])
  }

  @Test(arguments: ["helgrind", "drd"])
  func sharedSchemaHasNoRace(tool: String) throws {
    let program = try compile(planted: false)
    defer { try? FileManager.default.removeItem(atPath: program) }
    let run = try detect(tool, program)
    #expect(run.status == 0, "\(run.output.suffix(3000))")
  }

  @Test(arguments: ["helgrind", "drd"])
  func plantedRaceIsReported(tool: String) throws {
    let program = try compile(planted: true)
    defer { try? FileManager.default.removeItem(atPath: program) }
    let run = try detect(tool, program)
    #expect(run.status == 3, "\(run.output.suffix(3000))")
  }

  /// The same verdicts from one validator used by many tasks at once as from one at a time.
  @Test func concurrentVerdictsMatchSequentialOnes() async throws {
    let validator = DocBookValidator()
    let valid = """
      <article xmlns="http://docbook.org/ns/docbook" version="5.0"><title>T</title>\
      <para>a</para></article>
      """
    let invalid = """
      <article xmlns="http://docbook.org/ns/docbook" version="5.0"><para>no title</para>\
      <bogus/></article>
      """
    let documents = (0..<200).map { $0 % 3 == 0 ? invalid : valid }
    let sequential = try documents.map { try validator.validate($0).isEmpty }
    let concurrent = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
      for (index, document) in documents.enumerated() {
        group.addTask { (index, try validator.validate(document).isEmpty) }
      }
      var verdicts = [Bool](repeating: false, count: documents.count)
      for try await (index, verdict) in group { verdicts[index] = verdict }
      return verdicts
    }
    #expect(concurrent == sequential)
    #expect(sequential.filter { !$0 }.count == 67)
  }
}
