import Foundation
import RecitTestSupport
import Testing

/// The test runner itself: a program that fills standard error before it writes standard
/// output must not hang the suite (the old runner read stdout to its end first).
@Suite struct ProcessRunnerTests {
  @Test(.timeLimit(.minutes(1))) func largeStandardErrorDoesNotHang() throws {
    let result = try ProcessRunner.run(
      "/bin/sh", ["-c", "head -c 300000 /dev/zero | tr '\\0' e >&2; echo fini"])
    #expect(result.status == 0)
    #expect(result.stdout == "fini\n")
    #expect(result.stderr.utf8.count == 300_000)
  }

  /// `recit build` prints the errors that stop it on standard error: hundreds of them pass
  /// 64 KiB (its warnings are summed up in one line).
  @Test(.timeLimit(.minutes(1))) func buildWithManyErrorsCompletes() throws {
    let folder = try TemporaryFolder()
    let sample = PackageRoot.path + "/Samples/malaunay"
    let project = folder.path + "/malaunay"
    try FileManager.default.copyItem(atPath: sample, toPath: project)
    let file = project + "/actions/creation-amap/mairie.md"
    let prompts = (1...400).map { "Avec @inconnu-\($0), partie \($0) du récit.\n" }.joined()
    let text = try String(contentsOfFile: file, encoding: .utf8) + "\n" + prompts
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner().run(["build", "--format", "json"], in: project)
    #expect(result.status == 1, "\(result.stderr.suffix(500))")
    #expect(result.stderr.utf8.count > 64 * 1024)
    #expect(
      result.stderr.contains(
        "Par règle :\n  400 × acteur-inconnu (erreur)\nVérification : 400 erreurs"))
    #expect(
      result.stderr.hasSuffix("rien n'a été écrit : corrigez d'abord les erreurs ci-dessus\n"))
  }
}
