import Foundation
import RecitTestSupport
import Testing

/// A build's bytes do not depend on how many workers made it: every sample built with
/// `RECIT_JOBS=1` and `RECIT_JOBS=2`, in every format, gives the same files, byte for byte.
@Suite struct ParallelOutputTests {
  let recit = CommandRunner()

  static let samples = [
    "grande-synthe", "le-mene", "loos-en-gohelle", "malaunay", "pole-territorial-tarn",
  ]

  @Test(arguments: samples)
  func oneAndTwoWorkersWriteTheSameBytes(_ sample: String) throws {
    let folder = try TemporaryFolder()
    let project = PackageRoot.path + "/Samples/" + sample
    var outputs: [[String: Data]] = []
    for jobs in ["1", "2"] {
      let out = folder.path + "/jobs-" + jobs
      let result = try recit.run(
        ["build", "--format", "html,docbook,svg,markdown,json", "--out", out, "-q"],
        in: project, environment: ["RECIT_JOBS": jobs])
      #expect(result.status == 0, "\(result.stderr)")
      outputs.append(try ProjectCopy.files(in: out))
    }
    #expect(outputs[0].count > 10)
    #expect(Set(outputs[0].keys) == Set(outputs[1].keys))
    let differing = outputs[0].keys.filter { outputs[0][$0] != outputs[1][$0] }.sorted()
    #expect(differing.isEmpty, "\(differing)")
  }
}
