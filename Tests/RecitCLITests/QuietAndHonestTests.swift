import Foundation
import RecitTestSupport
import Testing

/// `check` and `build` that say what matters: quiet, summed up, honest about where they
/// looked, and usage errors in French and English.
@Suite struct QuietAndHonestTests {
  let recit = CommandRunner()

  /// 25 prompts left in Malaunay's mayor narrative: 25 `a-completer` warnings.
  private func sampleWithPrompts() throws -> ProjectCopy {
    let copy = try ProjectCopy()
    let prompts = (1...25).map { "\n[[À compléter : la partie \($0) du récit]]\n" }.joined()
    try copy.append(prompts, to: "actions/creation-amap/mairie.md")
    return copy
  }

  @Test func aLongReportEndsWithACountPerRule() throws {
    let copy = try sampleWithPrompts()
    let result = try recit.run(["check"], in: copy.root)
    #expect(result.status == 0)
    #expect(result.stdout.contains("\nPar règle :\n  25 × a-completer (avertissement)\n"))
    #expect(result.stdout.hasSuffix("0 erreur, 25 avertissements, 5 notes dans 10 fichiers\n"))
    let english = try recit.run(["check", "--lang", "en"], in: copy.root)
    #expect(english.stdout.contains("\nBy rule:\n  25 × a-completer (warning)\n"))
    let short = try recit.run(["check"], in: PackageRoot.path + "/Samples/malaunay")
    #expect(!short.stdout.contains("Par règle"))
  }

  @Test func quietPrintsErrorsOnly() throws {
    let copy = try sampleWithPrompts()
    let quiet = try recit.run(["check", "-q"], in: copy.root)
    #expect(quiet.status == 0)
    #expect(quiet.stdout == "", "no error: nothing to say")
    try copy.append("\nAvec @inconnu-du-projet.\n", to: "actions/creation-amap/mairie.md")
    let withError = try recit.run(["check", "--quiet"], in: copy.root)
    #expect(withError.status == 1)
    #expect(withError.stdout.contains(": erreur: "))
    #expect(withError.stdout.contains("[acteur-inconnu]"))
    #expect(!withError.stdout.contains(": avertissement: "))
    #expect(withError.stdout.hasSuffix("1 erreur, 25 avertissements, 5 notes dans 10 fichiers\n"))
    // With --strict, warnings fail the check: they are shown.
    let strict = try recit.run(["check", "-q", "--strict"], in: copy.root)
    #expect(strict.stdout.contains(": avertissement: "))
    #expect(strict.stdout.contains("Par règle :"))
  }

  @Test func buildSumsTheCheckUpInOneLine() throws {
    let copy = try sampleWithPrompts()
    let build = try recit.run(["build", "--format", "json", "--out", "sortie"], in: copy.root)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(
      build.stderr
        == "Vérification : 0 erreur, 25 avertissements, 5 notes dans 10 fichiers ; « recit check » pour le détail\n"
    )
    #expect(build.stdout.contains("json/creation-amap.json"))
    let quiet = try recit.run(
      ["build", "--format", "json", "--out", "sortie", "-q"], in: copy.root)
    #expect(quiet.status == 0)
    #expect(quiet.stdout == "")
    #expect(quiet.stderr == "")
    // Errors that stop the build are printed in full, then the one line.
    try copy.append("\nAvec @inconnu-du-projet.\n", to: "actions/creation-amap/mairie.md")
    let refused = try recit.run(["build", "--format", "json", "--out", "autre"], in: copy.root)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains(": erreur: "))
    #expect(refused.stderr.contains("[acteur-inconnu]"))
    #expect(!refused.stderr.contains(": avertissement: "))
    #expect(refused.stderr.contains("Vérification : 1 erreur, 25 avertissements"))
    #expect(refused.stderr.contains("rien n'a été écrit"))
    #expect(!FileManager.default.fileExists(atPath: copy.root + "/autre"))
  }

  @Test func checkingOneActionRunsNoProjectWideRule() throws {
    let copy = try ProjectCopy()
    try copy.append(
      "fantome:\n  nom: Association fantôme\n  categorie: habitant\n", to: "acteurs.yml")
    let whole = try recit.run(["check"], in: copy.root)
    #expect(
      whole.stdout.contains(
        "l'acteur commun « fantome » ne joue de rôle dans aucune action [acteur-inutilise]"))
    for part in ["actions/creation-amap", "actions/creation-amap/action.md"] {
      let one = try recit.run(["check", part], in: copy.root)
      #expect(one.status == 0, "\(one.stdout)")
      // The shared actors that only the other actions use are not "unused".
      #expect(!one.stdout.contains("acteur-inutilise"), "\(part): \(one.stdout)")
      // The notes left are the action's own: roles-non-dits on the town hall's narrative, and
      // famille-absente (no État actor in the action).
      #expect(one.stdout.hasSuffix("0 erreur, 0 avertissement, 2 notes dans 4 fichiers\n"))
    }
  }

  @Test func noProjectFoundSaysWhereItLookedAndExitsTwo() throws {
    let folder = try TemporaryFolder()
    let inner = folder.path + "/notes/brouillons"
    try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
    try "---\ntitre: Une note\n---\nTexte.\n".write(
      toFile: inner + "/note.md", atomically: true, encoding: .utf8)
    for (arguments, directory, shown) in [
      (["check"], inner, "."), (["check", "note.md"], inner, "note.md"),
      (["build"], inner, "."), (["check", inner], folder.path, inner),
      (["new", "action", "Un marché"], inner, "."),
    ] {
      let result = try recit.run(arguments, in: directory)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stdout == "")
      let resolved = URL(fileURLWithPath: inner).standardizedFileURL.path
      #expect(
        result.stderr.hasPrefix(
          "recit: aucun projet trouvé pour « \(shown) » : pas de fichier recit.yml dans « \(resolved) », « \((resolved as NSString).deletingLastPathComponent) », "
        ), "\(result.stderr)")
      #expect(result.stderr.contains("« / »\n"))
      #expect(result.stderr.contains("créez un projet avec « recit init »"))
    }
    let english = try recit.run(["check", "--lang", "en"], in: inner)
    #expect(english.stderr.hasPrefix("recit: no project found for “.”: no recit.yml file in “"))
    #expect(english.stderr.contains("make a project with “recit init”"))
  }

  @Test(arguments: [
    (["chek"], "commande inconnue « chek » / unknown command “chek”", "check"),
    (["buid", "--out", "x"], "commande inconnue « buid » / unknown command “buid”", "build"),
    (["check", "--strik"], "option inconnue « --strik » / unknown option “--strik”", "--strict"),
    (
      ["check", "--format", "jsno"],
      "valeur « jsno » invalide pour « --format <format> » (valeurs possibles : text, json, sarif) / invalid value “jsno” for “--format <format>” (possible values: text, json, sarif)",
      "json"
    ),
    (
      ["build", "--format", "htm,json"],
      "format inconnu « htm » (html, docbook, markdown, json, svg, pdf, epub, docx, odt, hugo) / unknown format “htm” (html, docbook, markdown, json, svg, pdf, epub, docx, odt, hugo)",
      "html"
    ),
    (
      ["check", "--disable", "opposant-manquan"],
      "règle inconnue « opposant-manquan » / unknown rule “opposant-manquan”",
      "opposant-manquant"
    ),
  ])
  func usageErrorsInFrenchAndEnglishWithASuggestion(
    arguments: [String], problem: String, suggestion: String
  ) throws {
    let result = try recit.run(arguments, in: PackageRoot.path + "/Samples/malaunay")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("recit: " + problem + "\n"), "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "  vouliez-vous dire « \(suggestion) » ? / did you mean “\(suggestion)”?\n"))
    #expect(result.stderr.contains("  utilisation / usage: recit"))
    #expect(result.stderr.contains("  aide / help: recit"))
    #expect(!result.stderr.contains("Error:"), "no English-only parser text")
  }

  @Test(arguments: [
    (
      ["check", "--format"],
      "il manque la valeur de « --format <format> » / missing value for “--format <format>”"
    ),
    (
      ["check", "--strict=oui"],
      "l'option « --strict » ne prend pas de valeur (« oui » donné) / the option “--strict” takes no value (“oui” given)"
    ),
    (["check", "--format", "xml"], "valeur « xml » invalide pour « --format <format> »"),
    (
      ["check", "--format", "l'x\u{1B}[31m"],
      "valeur « l'x␛[31m » invalide pour « --format <format> »"
    ),
    (["init", "a", "b"], "argument en trop « b » / unexpected argument “b”"),
  ])
  func otherUsageErrorsExitTwo(arguments: [String], problem: String) throws {
    let result = try recit.run(arguments, in: PackageRoot.path + "/Samples/malaunay")
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("recit: " + problem), "\(result.stderr)")
    #expect(!result.stderr.contains("vouliez-vous dire"))
  }

  @Test func helpAndVersionStillExitZero() throws {
    let help = try recit.run(["check", "--help"], in: PackageRoot.path)
    #expect(help.status == 0)
    #expect(help.stdout.contains("--corriger"))
    #expect(try recit.run(["--version"], in: PackageRoot.path).status == 0)
  }
}

/// `recit check --corriger` from the command line. The rules' fixes come with another change;
/// here, what the command does on a project with nothing to fix.
@Suite struct FixCommandTests {
  let recit = CommandRunner()

  @Test func fixWithNothingToFixChangesNoByteAndReportsTheCheck() throws {
    let copy = try ProjectCopy()
    let before = try copy.snapshot()
    for flag in ["--corriger", "--fix"] {
      let result = try recit.run(["check", flag], in: copy.root)
      #expect(result.status == 0)
      #expect(result.stdout.hasPrefix("Aucune correction automatique possible.\n\n"))
      #expect(result.stdout.hasSuffix("0 erreur, 0 avertissement, 5 notes dans 10 fichiers\n"))
    }
    let dryRun = try recit.run(["check", "--corriger", "--dry-run"], in: copy.root)
    #expect(dryRun.status == 0)
    #expect(dryRun.stdout == "", "the diff alone, and there is none")
    #expect(dryRun.stderr == "Aucune correction automatique possible.\n")
    #expect(try copy.snapshot() == before)
  }

  @Test func fixKeepsTheExitStatusOfWhatRemains() throws {
    let copy = try ProjectCopy()
    try copy.append("\nAvec @inconnu-du-projet.\n", to: "actions/creation-amap/mairie.md")
    let result = try recit.run(["check", "--corriger", "--format", "json"], in: copy.root)
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("{"), "JSON alone on standard output")
    #expect(result.stderr.contains("Aucune correction automatique possible."))
  }
}
