import Foundation
import RecitTestSupport
import Testing

/// The first-hour guides are followed as written: their commands are run in order, their
/// files are the ones they show, and what they say `recit` answers is what it answers.
@Suite struct GettingStartedTests {
  let recit = CommandRunner()

  /// The fenced blocks of a guide, in order, by their info string.
  static func blocks(_ language: String, in guide: String) throws -> [String] {
    let text = try String(contentsOfFile: PackageRoot.path + "/docs/" + guide, encoding: .utf8)
    var found: [String] = []
    var current: [String]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line == "```" + language {
        current = []
      } else if current != nil, line == "```" {
        found.append(current!.joined(separator: "\n") + "\n")
        current = nil
      } else {
        current?.append(String(line))
      }
    }
    return found
  }

  @Test(arguments: ["premiers-pas.fr.md", "getting-started.en.md"])
  func theGuideIsTrue(_ guide: String) throws {
    let files = try Self.blocks("markdown", in: guide)
    let yaml = try Self.blocks("yaml", in: guide)
    let commands = try Self.blocks("sh", in: guide).flatMap { $0.split(separator: "\n") }
    #expect(files.count == 2 && yaml.count == 2)
    for command in [
      "recit init mon-territoire --territoire \"Malaunay\"", "rm -r actions/premiere-action",
      "recit new action \"Le marché du samedi matin\" --id marche-du-samedi",
      "recit new recit marche-du-samedi --narrateur producteurs --posture alternatif",
      "recit check", "recit build",
    ] {
      #expect(commands.contains(Substring(command)), "\(command)")
    }
    let work = try TemporaryFolder()
    let project = work.path + "/mon-territoire"
    let created = try recit.run(
      ["init", "mon-territoire", "--territoire", "Malaunay"], in: work.path)
    #expect(created.stdout.contains("Projet créé dans mon-territoire :"))
    // acteurs.yml as the guide shows it, then with the guide's two actors added.
    let actors = try String(contentsOfFile: project + "/acteurs.yml", encoding: .utf8)
    #expect(actors.hasSuffix(yaml[0]))
    try (actors + yaml[1]).write(
      toFile: project + "/acteurs.yml", atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: project + "/actions/premiere-action")
    let made = try recit.run(
      ["new", "action", "Le marché du samedi matin", "--id", "marche-du-samedi"], in: project)
    #expect(made.stdout.contains("Créé : actions/marche-du-samedi/action.md"))
    let action = project + "/actions/marche-du-samedi/action.md"
    let scaffold = try String(contentsOfFile: action, encoding: .utf8)
    for role in [
      "  destinateur: mairie\n", "  sujet: service-commerce\n", "  destinataires: habitants\n",
    ] {
      #expect(scaffold.contains(role), "\(role)")
    }
    // The filled action; then the typo of section 6 and its exact message.
    try files[0].write(toFile: action, atomically: true, encoding: .utf8)
    try files[0].replacingOccurrences(of: "sujet: service-commerce", with: "sujet: service-comerce")
      .write(toFile: action, atomically: true, encoding: .utf8)
    let typo = try recit.run(["check"], in: project)
    #expect(typo.status == 1)
    #expect(
      typo.stdout.contains(
        """
        actions/marche-du-samedi/action.md:12:10: erreur: acteur inconnu « service-comerce » (sujet) : il n'est déclaré ni dans l'action ni dans acteurs.yml [acteur-inconnu]
          12 |   sujet: service-comerce
             |          ^
          aide: vouliez-vous dire « service-commerce » ?
        """), "\(typo.stdout)")
    #expect(typo.stdout.contains("1 erreur, 1 avertissement, 1 note dans 3 fichiers"))
    let refused = try recit.run(["build"], in: project)
    #expect(refused.stderr.contains("rien n'a été écrit : corrigez d'abord les erreurs ci-dessus"))
    try files[0].write(toFile: action, atomically: true, encoding: .utf8)
    let added = try recit.run(
      [
        "new", "recit", "marche-du-samedi", "--narrateur", "producteurs", "--posture", "alternatif",
      ],
      in: project)
    #expect(added.stdout.contains("Créé : actions/marche-du-samedi/producteurs.md"))
    try files[1].write(
      toFile: project + "/actions/marche-du-samedi/producteurs.md", atomically: true,
      encoding: .utf8)
    let clean = try recit.run(["check"], in: project)
    #expect(clean.stdout.contains("0 erreur, 0 avertissement, 1 note dans 4 fichiers"))
    let built = try recit.run(["build"], in: project)
    #expect(built.status == 0, "\(built.stderr)")
    #expect(FileManager.default.fileExists(atPath: project + "/build/html/index.html"))
    #expect(FileManager.default.fileExists(atPath: project + "/build/html/style.css"))
    let page = try String(
      contentsOfFile: project + "/build/html/marche-du-samedi.html", encoding: .utf8)
    #expect(page.contains("Le marché vu de derrière les étals"))
  }
}
