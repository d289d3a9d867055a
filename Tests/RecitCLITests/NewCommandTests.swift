import Foundation
import RecitTestSupport
import Testing

/// `recit new`: from arguments, and interactively through a real pseudo-terminal (the pipe
/// and the rest of drafting: `DraftingTests`).
@Suite struct NewCommandTests {
  let recit = CommandRunner()

  @Test func interactiveModeAsksInATerminalAndWritesTheAnswers() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p", "--territoire", "Malaunay"], in: work.path)
    let answers = [
      "Un marché au centre",  // title
      "",  // date: today
      "",  // summary: later
      "",  // balises: the template's
      "amap", "AMAP de Malaunay", "citoyen", "habitant",  // actor, with one wrong category
      "producteurs", "Petits producteurs", "acteur-socio-economique",
      "",  // no more actors
      "",  // sender: the suggested mairie
      "mairie",  // subject
      "Rendre le centre-ville attractif",  // object
      "habitants, inconnu", "habitants, producteurs",  // receivers, once with an unknown id
      "producteurs",  // helpers
      "amap",  // opponents
      "",  // no step
      "",  // no other narrator
    ].joined(separator: "\n")
    let answersFile = work.path + "/answers.txt"
    try answers.write(toFile: answersFile, atomically: true, encoding: .utf8)
    let result = try ExternalTool.run(
      "python3",
      [
        PackageRoot.path + "/Tests/Fixtures/tools/pty-drive.py", answersFile, CommandRunner.binary,
        "new", "action", "--interactif", "--in", work.path + "/p",
      ])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("Catégorie inconnue"))
    #expect(result.output.contains("Inconnu : inconnu"))
    #expect(result.output.contains("Qui confie la mission (destinateur) ? [mairie]"))
    let file = work.path + "/p/actions/un-marche-au-centre/action.md"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.contains("amap: { nom: \"AMAP de Malaunay\", categorie: habitant }"))
    #expect(text.contains("  destinateur: mairie\n"))
    #expect(text.contains("  objet: \"Rendre le centre-ville attractif\""))
    #expect(text.contains("  destinataires: [habitants, producteurs]"))
    #expect(text.contains("  opposants: amap"))
    let check = try recit.run(["check", "p"], in: work.path)
    #expect(check.status == 0, "\(check.stdout)")
  }

  @Test func newRecitAddsANarrativeAndUnknownActionsGetAHint() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    let added = try recit.run(
      ["new", "recit", "premiere-action", "--narrateur", "mairie", "--posture", "alternatif"],
      in: work.path + "/p")
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("actions/premiere-action/mairie.md"))
    let unknown = try recit.run(
      ["new", "recit", "premiere-actoin", "--narrator", "mairie"], in: work.path + "/p")
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("premiere-action"))
  }

  @Test func templatesListShowsOriginsAndShowPrintsOne() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    let override = work.path + "/p/templates/scaffolds/action.fr.mustache"
    try FileManager.default.createDirectory(
      atPath: (override as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "{{! description: Le modèle de la mairie }}\n---\ntitre: {{titre_yaml}}\n---\n".write(
      toFile: override, atomically: true, encoding: .utf8)
    let list = try recit.run(["templates"], in: work.path + "/p")
    #expect(list.stdout.contains("templates/scaffolds/action.fr.mustache"))
    #expect(list.stdout.contains("Le modèle de la mairie"))
    #expect(list.stdout.contains("scaffolds/action.en "))
    let show = try recit.run(
      ["templates", "show", "scaffolds/territoire.fr"], in: work.path + "/p")
    #expect(show.stdout.contains("cailloux blancs") || show.stdout.contains("caillou"))
    let context = try recit.run(["templates", "context", "premiere-action"], in: work.path + "/p")
    #expect(context.status == 0)
    #expect(context.stdout.contains("\"recits\""))
  }
}
