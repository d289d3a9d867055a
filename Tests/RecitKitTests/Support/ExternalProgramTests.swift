import Foundation
import RecitModel
import Testing

@testable import RecitKit

/// ExternalProgram runs real programs of the system (sh, cat, sleep): what WeasyPrint and
/// pandoc go through.
@Suite struct ExternalProgramTests {
  private let hint = LocalizedText(fr: "installez-le", en: "install it")

  private func program(_ name: String) -> ExternalProgram {
    ExternalProgram(name: name, installHint: hint)
  }

  @Test func aProgramMissingFromThePathSaysHowToInstallIt() throws {
    let missing = program("recit-no-such-program")
    #expect(missing.locate() == nil)
    #expect(throws: ExternalProgram.Failure.missing(name: "recit-no-such-program", hint: hint)) {
      try missing.run([])
    }
    let message = ExternalProgram.Failure.missing(name: "x", hint: hint).message
    #expect(message.fr.contains("installez-le") && message.en.contains("install it"))
  }

  @Test func theFirstExecutableOnThePathIsFound() throws {
    let found = program("sh").locate(environment: ["PATH": "/nonexistent:/usr/bin:/bin"])
    #expect(found == "/usr/bin/sh" || found == "/bin/sh")
    #expect(program("sh").locate(environment: ["PATH": "/nonexistent"]) == nil)
  }

  @Test func outputAndInputGoThroughWithoutAShell() throws {
    let output = try program("cat").run([], input: Data("« bonjour » $(x)\n".utf8))
    #expect(String(decoding: output.stdout, as: UTF8.self) == "« bonjour » $(x)\n")
    let echoed = try program("sh").run(["-c", "printf '%s' \"$1\"", "sh", "a b; $(c)"])
    #expect(String(decoding: echoed.stdout, as: UTF8.self) == "a b; $(c)")
  }

  @Test func bothPipesAreDrainedAtOnce() throws {
    // 1 MiB on each pipe: reading one to its end before the other would deadlock.
    let script = "head -c 1048576 /dev/zero; head -c 1048576 /dev/zero >&2"
    let output = try program("sh").run(["-c", script])
    #expect(output.stdout.count == 1_048_576)
    #expect(output.stderr.utf8.count == 1_048_576)
  }

  @Test func aFailureKeepsTheLastLinesOfWhatTheProgramSaid() throws {
    let script = "for i in $(seq 1 40); do echo ligne $i >&2; done; exit 3"
    do {
      _ = try program("sh").run(["-c", script])
      Issue.record("a failing program must throw")
    } catch let ExternalProgram.Failure.failed(name, status, stderr) {
      #expect(name == "sh" && status == 3)
      #expect(stderr.hasSuffix("ligne 40") && !stderr.contains("ligne 28\n"))
      #expect(stderr.split(separator: "\n").count == 12)
    }
  }

  /// `false` exits without reading: writing 1 MiB to its input meets a closed pipe, which must
  /// be a failure of the program, not a SIGPIPE that ends the test process.
  @Test func aProgramThatDoesNotReadItsInputFailsCleanly() throws {
    #expect(throws: ExternalProgram.Failure.failed(name: "false", status: 1, stderr: "")) {
      try program("false").run([], input: Data(repeating: 0x61, count: 1 << 20))
    }
  }

  @Test func aProgramPastItsTimeIsStopped() throws {
    let start = Date()
    #expect(throws: ExternalProgram.Failure.timedOut(name: "sleep", seconds: 1)) {
      try program("sleep").run(["30"], timeLimit: 1)
    }
    #expect(Date().timeIntervalSince(start) < 10)
  }
}
