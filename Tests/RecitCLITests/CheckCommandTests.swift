import Foundation
import RecitTestSupport
import Testing

/// `recit check` as users and CI run it: text, JSON and SARIF outputs, exit statuses.
@Suite struct CheckCommandTests {
  let recit = CommandRunner()

  /// A project with one error (unknown actor), one warning (no opponent) and one note.
  private func brokenProject() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let files = [
      "recit.yml": "territoire: Essai\n",
      "actions/marche/action.md": """
      ---
      titre: Un marché
      acteurs:
        mairie: { nom: Mairie, categorie: elu }
        amap: { nom: AMAP, categorie: habitant }
        oublie: { nom: Oublié }
      schema:
        destinateur: mairie
        sujet: mairie
        objet: Un centre vivant
        destinataires: [amap]
        adjuvants: [prodcteurs]
      benefices:
        - pour: amap
          dimension: effets-utiles
      ---
      Texte.

      """,
      "actions/marche/amap.md": "---\nnarrateur: amap\n---\nNotre version.\n",
    ]
    for (path, content) in files {
      let full = folder.path + "/" + path
      try FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try content.write(toFile: full, atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test func textOutputLooksLikeACompilersAndExitsOne() throws {
    let project = try brokenProject()
    let result = try recit.run(["check"], in: project.path)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "actions/marche/action.md:12:15: erreur: acteur inconnu « prodcteurs » (adjuvants)"))
    #expect(result.stdout.contains("  12 |   adjuvants: [prodcteurs]\n     |               ^"))
    #expect(result.stdout.contains("aide: vouliez-vous dire « producteurs » ?") == false)
    #expect(result.stdout.contains("[acteur-inconnu]"))
    #expect(result.stdout.contains("1 erreur, 1 avertissement, 2 notes dans 3 fichiers"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
  }

  @Test func englishMessagesWithLang() throws {
    let project = try brokenProject()
    let result = try recit.run(["check", "--lang", "en"], in: project.path)
    #expect(result.stdout.contains(": error: "))
    #expect(result.stdout.contains("1 error, 1 warning, 2 notes in 3 files"))
  }

  @Test func strictFailsOnWarningsAndDisableSilencesRules() throws {
    let project = try brokenProject()
    let disabled = try recit.run(
      ["check", "--disable", "acteur-inconnu"], in: project.path)
    #expect(disabled.status == 0)
    let strict = try recit.run(
      ["check", "--strict", "--disable", "acteur-inconnu"], in: project.path)
    #expect(strict.status == 1)
    let clean = try recit.run(
      ["check", "--strict", "--disable", "acteur-inconnu", "opposant-manquant"], in: project.path)
    #expect(clean.status == 0)
    let usage = try recit.run(["check", "--disable", "pas-une-regle"], in: project.path)
    #expect(usage.status == 2)
  }

  @Test func jsonOutputValidatesAgainstTheShippedSchema() throws {
    let project = try brokenProject()
    let result = try recit.run(["check", "--format", "json"], in: project.path)
    #expect(result.status == 1)
    let file = project.path + "/check.json"
    try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
    let validation = try ExternalTool.run(
      "check-jsonschema",
      ["--schemafile", PackageRoot.path + "/schemas/check-v1.schema.json", file])
    #expect(validation.status == 0, "\(validation.output)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let summary = object?["summary"] as? [String: Int]
    #expect(summary == ["errors": 1, "warnings": 1, "notes": 2, "files": 3])
  }

  @Test func sarifOutputValidatesAgainstSARIF210() throws {
    let project = try brokenProject()
    let result = try recit.run(["check", "--format", "sarif"], in: project.path)
    let file = project.path + "/check.sarif"
    try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
    let validation = try ExternalTool.run("sarif-kit", ["validate", file])
    #expect(validation.status == 0, "\(validation.output)")
    #expect(result.stdout.contains("\"ruleId\": \"acteur-inconnu\""))
    // The validator is a real client: a broken log is refused.
    let broken = result.stdout.replacingOccurrences(
      of: "\"level\": \"error\"", with: "\"level\": \"fatal\"")
    try broken.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try ExternalTool.run("sarif-kit", ["validate", file]).status != 0)
  }

  @Test func everySampleChecksStrictlyClean() throws {
    let samples = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path + "/Samples")
      .filter { !$0.hasPrefix(".") }.sorted()
    #expect(samples.count == 5)
    for sample in samples {
      let result = try recit.run(["check", "--strict", "Samples/" + sample], in: PackageRoot.path)
      #expect(result.status == 0, "\(sample): \(result.stdout)")
    }
  }

  @Test func explainPrintsBothLanguages() throws {
    let result = try recit.run(["explain", "opposant-manquant"], in: PackageRoot.path)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Pourquoi"))
    #expect(result.stdout.contains("Why"))
    let unknown = try recit.run(["explain", "opposant-manquan"], in: PackageRoot.path)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("opposant-manquant"))
  }
}

/// `recit build` from the command line: checks first, writes nothing on errors.
@Suite struct BuildCommandTests {
  let recit = CommandRunner()

  @Test func buildWithErrorsWritesNothingAndExitsOne() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    try "---\ntitre: Sans sujet\n---\nTexte\n".write(
      toFile: work.path + "/p/actions/cassee.md", atomically: true, encoding: .utf8)
    let result = try recit.run(["build", "p", "--out", "sortie"], in: work.path)
    #expect(result.status == 1)
    #expect(result.stderr.contains("[sujet-manquant]"))
    #expect(result.stderr.contains("rien n'a été écrit"))
    #expect(!FileManager.default.fileExists(atPath: work.path + "/sortie"))
  }

  @Test func defaultBuildWritesHTMLAndDocBookAndSaysWhenNothingChanged() throws {
    let work = try TemporaryFolder()
    let first = try recit.run(
      ["build", PackageRoot.path + "/Samples/le-mene", "--out", "sortie"], in: work.path)
    #expect(first.status == 0, "\(first.stderr)")
    for path in [
      "html/index.html", "html/style.css", "docbook/projet.xml", "svg/plan-energie/action.svg",
    ] {
      #expect(FileManager.default.fileExists(atPath: work.path + "/sortie/" + path), "\(path)")
    }
    #expect(!FileManager.default.fileExists(atPath: work.path + "/sortie/json"))
    let second = try recit.run(
      ["build", PackageRoot.path + "/Samples/le-mene", "--out", "sortie"], in: work.path)
    #expect(second.stdout.contains("Rien n'a changé"))
    let unknown = try recit.run(
      ["build", PackageRoot.path + "/Samples/le-mene", "--template", "inconnu"], in: work.path)
    #expect(unknown.status == 2)
    let badFormat = try recit.run(
      ["build", PackageRoot.path + "/Samples/le-mene", "--format", "rtf"], in: work.path)
    #expect(badFormat.status == 2)
  }
}
