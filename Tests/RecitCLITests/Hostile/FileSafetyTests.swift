import Foundation
import RecitTestSupport
import Testing

/// Projects come from many hands: reading stays inside the project, writing stays inside the
/// output folder, and a failed or interrupted build never leaves the folder half-written.
@Suite struct FileSafetyTests {
  /// A copy of the Malaunay sample in a fresh folder.
  private func sample() throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    let project = folder.path + "/malaunay"
    try FileManager.default.copyItem(
      atPath: PackageRoot.path + "/Samples/malaunay", toPath: project)
    return (folder, project)
  }

  @Test func linkToASystemFileIsNotRead() throws {
    let (folder, project) = try sample()
    _ = folder
    try FileManager.default.createSymbolicLink(
      atPath: project + "/actions/fuite.md", withDestinationPath: "/etc/passwd")
    let check = try HostileRun.recit(["check"], in: project)
    #expect(check.status == 0)
    #expect(
      check.stdout.contains(
        "actions/fuite.md:1:1: avertissement: « actions/fuite.md » est un lien qui mène hors du projet : il est ignoré [fichier-illisible]"
      ))
    #expect(!check.stdout.contains("root:"))
    let build = try HostileRun.recit(["build", "--format", "html,json"], in: project)
    #expect(build.status == 0)
    #expect(!FileManager.default.fileExists(atPath: project + "/build/html/fuite.html"))
    let index = try String(contentsOfFile: project + "/build/html/index.html", encoding: .utf8)
    #expect(!index.contains("fuite"))
  }

  @Test func linkedFolderOutsideTheProjectIsNotRead() throws {
    let (folder, project) = try sample()
    try FileManager.default.createDirectory(
      atPath: folder.path + "/ailleurs", withIntermediateDirectories: true)
    try "---\ntitre: Secret\n---\nTexte privé.\n".write(
      toFile: folder.path + "/ailleurs/action.md", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: project + "/actions/secret", withDestinationPath: folder.path + "/ailleurs")
    let check = try HostileRun.recit(["check", "--format", "json"], in: project)
    #expect(check.stdout.contains("« actions/secret » est un lien qui mène hors du projet"))
    #expect(!check.stdout.contains("Secret"))
  }

  @Test func linkInsideTheProjectIsRead() throws {
    let (folder, project) = try sample()
    _ = folder
    try FileManager.default.moveItem(
      atPath: project + "/actions/creation-amap", toPath: project + "/archives-amap")
    try FileManager.default.createSymbolicLink(
      atPath: project + "/actions/creation-amap", withDestinationPath: "../archives-amap")
    let check = try HostileRun.recit(["check"], in: project)
    #expect(check.status == 0)
    #expect(check.stdout.contains("0 erreur, 0 avertissement"))
  }

  @Test func outputLinkShippedByTheProjectIsNotFollowed() throws {
    let (folder, project) = try sample()
    let victim = folder.path + "/victime"
    try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: true)
    try "à moi".write(toFile: victim + "/creation-amap.json", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: project + "/build", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: project + "/build/json", withDestinationPath: victim)
    let build = try HostileRun.recit(["build", "--format", "json"], in: project)
    #expect(build.status == 1)
    #expect(build.stderr.contains("est un lien symbolique : recit n'écrit pas à travers un lien"))
    #expect(try String(contentsOfFile: victim + "/creation-amap.json", encoding: .utf8) == "à moi")
  }

  @Test(arguments: [
    ("", 2, "dossier de sortie vide"),
    ("/", 2, "racine du système de fichiers"),
    (".", 2, "le projet lui-même"),
    ("actions/sortie", 2, "est dans actions/"),
    ("templates", 2, "est dans templates/"),
  ])
  func unsafeOutputFolderIsRefusedBeforeWriting(out: String, status: Int32, message: String)
    throws
  {
    let (folder, project) = try sample()
    _ = folder
    let before = try FileManager.default.subpathsOfDirectory(atPath: project).sorted()
    let build = try HostileRun.recit(["build", "--out", out], in: project)
    #expect(build.status == status)
    #expect(build.stderr.contains(message), "\(build.stderr)")
    #expect(try FileManager.default.subpathsOfDirectory(atPath: project).sorted() == before)
  }

  @Test func emptyFormatListIsRefused() throws {
    let (folder, project) = try sample()
    _ = folder
    let build = try HostileRun.recit(["build", "--format", ""], in: project)
    #expect(build.status == 2)
    #expect(build.stderr.contains("aucun format demandé"))
    #expect(!FileManager.default.fileExists(atPath: project + "/build"))
  }

  @Test func folderWithoutProjectIsAnError() throws {
    let folder = try TemporaryFolder()
    for command in [["check"], ["build"]] {
      let run = try HostileRun.recit(command, in: folder.path)
      #expect(run.status == 2)
      #expect(run.stderr.contains("aucun projet trouvé pour « . »"))
    }
  }

  @Test func fullStandardOutputIsAClearError() throws {
    let (folder, project) = try sample()
    _ = folder
    let run = try HostileRun.recit(["check"], in: project, stdoutPath: "/dev/full")
    #expect(run.status == 74)
    #expect(
      run.stderr == "recit: impossible d'écrire sur la sortie standard (No space left on device)\n")
  }

  @Test func leftoversOfAKilledBuildAreRemoved() throws {
    let (folder, project) = try sample()
    _ = folder
    #expect(try HostileRun.recit(["build", "--format", "html"], in: project).status == 0)
    let leftover = project + "/build/html/.creation-amap.html.0000-1111.recit-tmp"
    try "à moitié".write(toFile: leftover, atomically: false, encoding: .utf8)
    #expect(try HostileRun.recit(["build", "--format", "html"], in: project).status == 0)
    #expect(!FileManager.default.fileExists(atPath: leftover))
  }

  @Test func failedWriteLeavesTheFolderAsItWas() throws {
    let (folder, project) = try sample()
    _ = folder
    #expect(try HostileRun.recit(["build", "--format", "html"], in: project).status == 0)
    let out = project + "/build/html"
    let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted().map {
      ($0, FileManager.default.contents(atPath: out + "/" + $0))
    }
    // Every page changes (the territory's name is on each), but one cannot be replaced.
    let settings = project + "/recit.yml"
    let text = try String(contentsOfFile: settings, encoding: .utf8)
    try text.replacingOccurrences(of: "Malaunay", with: "Malaunay-sur-Cailly").write(
      toFile: settings, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: out + "/paniers-bibliotheque.html")
    try FileManager.default.createDirectory(
      atPath: out + "/paniers-bibliotheque.html", withIntermediateDirectories: false)
    let build = try HostileRun.recit(["build", "--format", "html"], in: project)
    #expect(build.status == 1)
    #expect(build.stderr.contains("le dossier est resté tel quel"))
    let after = try FileManager.default.contentsOfDirectory(atPath: out).sorted().map {
      ($0, FileManager.default.contents(atPath: out + "/" + $0))
    }
    #expect(after.map(\.0) == before.map(\.0))
    for ((name, old), (_, new)) in zip(before, after) where name != "paniers-bibliotheque.html" {
      #expect(old == new, "\(name) changed")
    }
  }
}
