import Foundation
import RecitTestSupport
import Testing

/// `recit build` draws a progress bar on standard error when it is a terminal and the build
/// takes over a second, erases it before it prints anything else, and draws nothing in a pipe
/// or with `--quiet`.
@Suite struct ProgressBarTests {
  let recit = CommandRunner()

  /// A generated project of 40 actions (the bar is asked to show at once:
  /// `RECIT_PROGRESS_AFTER=0`).
  func corpus(in folder: TemporaryFolder) throws -> String {
    let root = folder.path + "/corpus"
    let made = try ProcessRunner.run(
      ExternalTool.path("python3"),
      [PackageRoot.path + "/scripts/generate-project.py", "-n", "40", "--seed", "7", root])
    #expect(made.status == 0, "\(made.stderr)")
    return root
  }

  @Test func aTerminalSeesTheBarAPipeDoesNot() throws {
    let folder = try TemporaryFolder()
    let root = try corpus(in: folder)
    try "".write(toFile: folder.path + "/answers", atomically: true, encoding: .utf8)
    let terminal = try ProcessRunner.run(
      ExternalTool.path("python3"),
      [
        PackageRoot.path + "/Tests/Fixtures/tools/pty-drive.py", folder.path + "/answers",
        CommandRunner.binary, "build", "--format", "html", "--out", folder.path + "/tty",
      ], in: root,
      environment: [
        "LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin", "RECIT_PROGRESS_AFTER": "0",
      ])
    #expect(terminal.status == 0, "\(terminal.stdout)\(terminal.stderr)")
    #expect(terminal.stdout.contains("\r\u{1B}[KConstruction "))
    #expect(terminal.stdout.contains(" 40/40 actions"))
    // Erased at the end: after the last erasure, no bar is drawn again.
    let tail = terminal.stdout.components(separatedBy: "\r\u{1B}[K").last ?? ""
    #expect(!tail.contains("█"), "\(tail)")

    let piped = try recit.run(
      ["build", "--format", "html", "--out", folder.path + "/pipe"], in: root,
      environment: ["RECIT_PROGRESS_AFTER": "0"])
    #expect(piped.status == 0)
    #expect(!piped.stderr.contains("Construction"))
    #expect(!piped.stderr.contains("\u{1B}"))

    let quiet = try ProcessRunner.run(
      ExternalTool.path("python3"),
      [
        PackageRoot.path + "/Tests/Fixtures/tools/pty-drive.py", folder.path + "/answers",
        CommandRunner.binary, "build", "--format", "html", "--out", folder.path + "/quiet", "-q",
      ], in: root,
      environment: [
        "LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin", "RECIT_PROGRESS_AFTER": "0",
      ])
    #expect(quiet.status == 0)
    #expect(!quiet.stdout.contains("Construction"))
  }
}
