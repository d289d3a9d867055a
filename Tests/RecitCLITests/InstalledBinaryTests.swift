import Foundation
import Testing

/// The binary works away from the source tree: copied to another folder and run from a third,
/// it creates, checks and exports a project with everything it needs inside itself.
@Suite struct InstalledBinaryTests {
  @Test func copiedBinaryInitChecksAndBuildsElsewhere() throws {
    let bin = try TemporaryFolder()
    let work = try TemporaryFolder()
    let installed = bin.path + "/recit"
    try FileManager.default.copyItem(atPath: CommandRunner.binary, toPath: installed)
    let recit = CommandRunner(executable: installed)

    let version = try recit.run(["--version"], in: work.path)
    #expect(version.status == 0)
    #expect(version.stdout.contains("0."))

    let balises = try recit.run(["balises"], in: work.path)
    #expect(balises.status == 0)
    #expect(balises.stdout.contains("engagement/2"))
    #expect(balises.stdout.contains("Construire le récit"))
    let markers = try recit.run(["markers", "--lang", "en"], in: work.path)
    #expect(markers.stdout.contains("Build the narrative"))

    let created = try recit.run(
      ["init", "mon-territoire", "--territoire", "Le Mené"], in: work.path)
    #expect(created.status == 0, "\(created.stderr)")
    let check = try recit.run(["check", "mon-territoire"], in: work.path)
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("0 erreur"))
    #expect(check.stdout.contains("[a-completer]"))

    let build = try recit.run(
      ["build", "mon-territoire", "--format", "json", "--out", "sortie"], in: work.path)
    #expect(build.status == 0, "\(build.stderr)")
    let json = try String(
      contentsOfFile: work.path + "/sortie/json/premiere-action.json", encoding: .utf8)
    #expect(json.contains("\"territory\": \"Le Mené\""))

    let again = try recit.run(
      ["build", "mon-territoire", "--format", "json", "--out", "sortie"], in: work.path)
    #expect(again.stdout.contains("Rien n'a changé"))
  }

  @Test func initNeverOverwritesAProject() throws {
    let work = try TemporaryFolder()
    let recit = CommandRunner()
    try recit.run(["init", "p"], in: work.path)
    let settings = work.path + "/p/recit.yml"
    try "territoire: À moi\n".write(toFile: settings, atomically: true, encoding: .utf8)
    let second = try recit.run(["init", "p"], in: work.path)
    #expect(second.status == 1)
    #expect(try String(contentsOfFile: settings, encoding: .utf8) == "territoire: À moi\n")
  }

  @Test func missingPathExitsWithTwo() throws {
    let work = try TemporaryFolder()
    let result = try CommandRunner().run(["check", "nulle-part"], in: work.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("n'existe pas"))
  }

  @Test func actionFileFindsItsProjectByWalkingUp() throws {
    let work = try TemporaryFolder()
    let recit = CommandRunner()
    try recit.run(["init", "p", "--territory", "Loos"], in: work.path)
    let result = try recit.run(
      ["build", "actions/premiere-action/habitants.md", "--format", "json", "--out", "../sortie"],
      in: work.path + "/p")
    #expect(result.status == 0, "\(result.stderr)")
    let json = try String(
      contentsOfFile: work.path + "/sortie/json/premiere-action.json", encoding: .utf8)
    // Shared actors from acteurs.yml resolved although only one file was named.
    #expect(json.contains("\"name\": \"Mairie de Loos\""))
  }
}
