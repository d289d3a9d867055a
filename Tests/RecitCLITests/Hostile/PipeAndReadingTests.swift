import Foundation
import RecitTestSupport
import Testing

/// A standard output that is full or closed ends every command with one clear line and exit
/// status 74, never a crash (before: SIGILL and a backtrace).
@Suite(.serialized) struct StandardOutputTests {
  static let commands: [[String]] = [
    ["check"], ["check", "--format", "json"], ["compare"], ["compare", "--format", "html"],
    ["explain"], ["explain", "sujet-manquant"], ["balises"], ["templates", "list"],
    ["build", "--format", "json"],
  ]

  /// `build` says its check on standard error first (its files are written by then).
  static func checkLine(_ arguments: [String]) -> String {
    arguments.first == "build"
      ? "Vérification : 0 erreur, 0 avertissement, 5 notes dans 10 fichiers ; « recit check » pour le détail\n"
      : ""
  }

  @Test(arguments: commands)
  func aFullStandardOutputIsAClearError(_ arguments: [String]) throws {
    let project = try ProjectCopy()
    let run = try HostileRun.recit(arguments, in: project.root, stdoutPath: "/dev/full")
    #expect(run.status == 74)
    #expect(
      run.stderr
        == Self.checkLine(arguments)
        + "recit: impossible d'écrire sur la sortie standard (No space left on device)\n")
  }

  @Test(arguments: commands)
  func aClosedStandardOutputIsAClearError(_ arguments: [String]) throws {
    let project = try ProjectCopy()
    let run = try HostileRun.recit(arguments, in: project.root, closedStdout: true)
    #expect(run.status == 74)
    #expect(
      run.stderr
        == Self.checkLine(arguments)
        + "recit: impossible d'écrire sur la sortie standard (Broken pipe)\n")
  }
}

/// Files a project may hold that are not text files: each is one diagnostic at its name, read
/// without waiting or reading forever, and the other actions are read.
@Suite(.serialized) struct SpecialFileTests {
  private func expectUnreadable(
    _ name: String, _ make: (String) throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let project = try ProjectCopy()
    try make(project.root + "/actions/" + name)
    let run = try HostileRun.recit(["check"], in: project.root, sourceLocation: sourceLocation)
    #expect(run.status == 1, sourceLocation: sourceLocation)
    #expect(
      run.stdout.contains(
        "actions/\(name):1:1: erreur: le fichier ne peut pas être lu [fichier-illisible]"),
      "\(run.stdout)", sourceLocation: sourceLocation)
    #expect(
      run.stdout.hasSuffix("1 erreur, 0 avertissement, 5 notes dans 11 fichiers\n"),
      "\(run.stdout)", sourceLocation: sourceLocation)
  }

  /// A named pipe nobody writes to: opening it would wait forever.
  @Test func aNamedPipeIsNotWaitedFor() throws {
    try expectUnreadable("tube.md") { path in
      #expect(mkfifo(path, 0o644) == 0)
    }
  }

  @Test func aLinkToItselfIsUnreadable() throws {
    try expectUnreadable("boucle.md") { path in
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "boucle.md")
    }
  }

  @Test func aDanglingLinkIsUnreadable() throws {
    try expectUnreadable("casse.md") { path in
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "absent.md")
    }
  }

  /// A link in `templates/` to a system file is not read, listed nor published.
  @Test func aTemplateLinkLeadingOutIsNotPublished() throws {
    let project = try ProjectCopy()
    try FileManager.default.createDirectory(
      atPath: project.root + "/templates/partials", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: project.root + "/templates/partials/fuite.mustache",
      withDestinationPath: "/etc/passwd")
    let list = try HostileRun.recit(["templates", "list"], in: project.root)
    #expect(list.status == 0)
    #expect(!list.stdout.contains("fuite"))
    let show = try HostileRun.recit(["templates", "show", "partials/fuite"], in: project.root)
    #expect(show.status == 2)
    #expect(!show.stdout.contains("root:"))
    let build = try HostileRun.recit(["build", "--format", "html"], in: project.root)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(
      build.stderr.hasPrefix("Vérification : 0 erreur, 1 avertissement, 5 notes dans 10 fichiers"),
      "the link is counted: \(build.stderr)")
    let html = project.root + "/build/html"
    for page in FileManager.default.subpaths(atPath: html) ?? [] where page.hasSuffix(".html") {
      let text = try String(contentsOfFile: html + "/" + page, encoding: .utf8)
      #expect(!text.contains("root:x:0:0"), "\(page)")
    }
  }

  /// The C0 control U+0001, written as a YAML escape, in a title and an object: every format
  /// is written (XML cannot carry it: it is replaced), no internal error.
  @Test func aControlCharacterInValuesStillBuildsEveryFormat() throws {
    let folder = try TerminalInertnessTests.escapedFileProject()
    let build = try HostileRun.recit(
      ["build", "--format", "html,docbook,svg,json"], in: folder.path)
    #expect(build.status == 0, "\(build.stderr)")
    let docbook = try String(
      contentsOfFile: folder.path + "/build/docbook/rouge\u{1B}[31m.xml", encoding: .utf8)
    #expect(!docbook.contains("\u{1}"))
    #expect(docbook.contains("rouge"))
  }
}

/// The project's own files, `recit.yml` and `acteurs.yml`, as links leading out of it.
@Suite(.serialized) struct ProjectFileLinkTests {
  @Test(arguments: ["acteurs.yml", "recit.yml"])
  func aProjectFileLinkingOutIsNotRead(_ name: String) throws {
    let project = try ProjectCopy()
    let outside = project.folder.path + "/ailleurs-" + name
    try "secret: { nom: Secret, categorie: elu }\n".write(
      toFile: outside, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: project.root + "/" + name)
    try FileManager.default.createSymbolicLink(
      atPath: project.root + "/" + name, withDestinationPath: outside)
    let run = try HostileRun.recit(["check"], in: project.root)
    #expect(
      run.stdout.contains(
        "\(name):1:1: avertissement: « \(name) » est un lien qui mène hors du projet : il est ignoré [fichier-illisible]"
      ), "\(run.stdout)")
    #expect(!run.stdout.contains("Secret"))
  }
}
