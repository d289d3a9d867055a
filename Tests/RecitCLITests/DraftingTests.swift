import Foundation
import RecitTestSupport
import Testing

/// Drafting with `recit new`: ids, the project's actors offered, a scaffold per stance, and the
/// interview read from a pipe.
@Suite struct DraftingTests {
  let recit = CommandRunner()

  /// A whole interview read from a pipe: every question, a wrong answer to each kind of
  /// question, and a second narrator; the result checks and holds the answers.
  @Test func interactiveSessionFromAPipeWritesEveryAnswer() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p", "--territoire", "Malaunay"], in: work.path)
    let answers = [
      "",  // no title: asked again
      "Un marché de producteurs le samedi",
      "mars 2019x", "2019-03",  // a wrong date, then a right one
      "Chaque samedi, la place accueille les producteurs des environs.",
      "2, 99", "2 7 engagement/2",  // 99 is not in the list; 7 is systemique/1; engagement/2 twice
      "producteurs", "Petits producteurs locaux", "acteur-socio-economique",
      "",  // no more actors
      "",  // sender: the suggested mairie
      "mairie",  // subject
      "Faire revivre le centre-ville",  // object
      "",  // receivers: the suggested habitants
      "producteurs",  // helpers
      "-",  // opponents: later
      "La mairie propose un marché au conseil", "", "producteurs",  // step 0
      "Les producteurs s'installent sur la place", "marie", "producteurs", "0",  // step 1
      "",  // end of the quest
      "personne", "producteurs",  // another narrator, once unknown
      "critique", "contradictoire",  // its stance, once wrong
    ].joined(separator: "\n")
    let result = try recit.run(
      ["new", "action", "--interactif", "--in", "p"], in: work.path, input: answers + "\n")
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    for reason in [
      "Il faut un titre", "« mars 2019x » n'est pas une date", "Pas dans la liste : 99",
      "Inconnu : marie", "Inconnu : personne", "Répondez alternatif ou contradictoire",
    ] {
      #expect(result.stdout.contains(reason), "\(reason)")
    }
    #expect(result.stdout.contains("Étape suivante (n° 0, vide pour finir)"))
    #expect(result.stdout.contains("   2. engagement/2"))
    let id = "un-marche-de-producteurs-le-samedi"
    let text = try String(
      contentsOfFile: work.path + "/p/actions/\(id)/action.md", encoding: .utf8)
    for expected in [
      "titre: \"Un marché de producteurs le samedi\"\n", "date: 2019-03\n",
      "resume: \"Chaque samedi, la place accueille les producteurs des environs.\"\n",
      "balises: [engagement/2, systemique/1]\n",
      "  producteurs: { nom: \"Petits producteurs locaux\", categorie: acteur-socio-economique }",
      "  destinateur: mairie\n", "  sujet: mairie\n",
      "  objet: \"Faire revivre le centre-ville\"\n", "  destinataires: habitants\n",
      "  adjuvants: producteurs\n", "  opposants: [obstacle]\n",
      """
        - etape: "0"
          acteurs: [mairie]
          action: "La mairie propose un marché au conseil"
          influence: [producteurs]
        - etape: "1"
          acteurs: [producteurs]
          action: "Les producteurs s'installent sur la place"
          influence: [0]

      """,
      "  - pour: habitants\n", "### Étape 1 : Les producteurs s'installent sur la place\n",
    ] {
      #expect(text.contains(expected), "\(expected)\n---\n\(text)")
    }
    #expect(!text.contains("initiateur"))
    let other = try String(
      contentsOfFile: work.path + "/p/actions/\(id)/producteurs.md", encoding: .utf8)
    #expect(other.contains("narrateur: producteurs\n"))
    #expect(other.contains("posture: contradictoire\n"))
    #expect(result.stdout.contains("actions/\(id)/producteurs.md"))
    let check = try recit.run(["check", "p"], in: work.path)
    #expect(check.status == 0, "\(check.stdout)")
    #expect(!check.stdout.contains("erreur :"), "\(check.stdout)")
  }

  @Test func interviewEndsCleanlyAtTheEndOfInput() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    let nothing = try recit.run(
      ["new", "action", "--interactive", "--in", "p"], in: work.path, input: "")
    #expect(nothing.status == 2)
    #expect(nothing.stderr.contains("rien n'a été créé"), "\(nothing.stderr)")
    let actions = try FileManager.default.contentsOfDirectory(atPath: work.path + "/p/actions")
    #expect(actions == ["premiere-action"])
    // Only the title and the date: the rest is left to complete, with the suggested actors.
    let short = try recit.run(
      ["new", "action", "--interactive", "--in", "p"], in: work.path, input: "Titre court\n2024")
    #expect(short.status == 0, "\(short.stderr)")
    let text = try String(
      contentsOfFile: work.path + "/p/actions/titre-court/action.md", encoding: .utf8)
    #expect(text.contains("date: 2024\n"))
    #expect(text.contains("  destinateur: mairie\n"))
    #expect(text.contains("resume: \"[[À compléter"))
    #expect(try recit.run(["check", "p"], in: work.path).status == 0)
  }

  @Test func interviewSpeaksEnglishWithLangueEn() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    let result = try recit.run(
      ["new", "action", "--interactive", "--langue", "en", "--in", "p"], in: work.path,
      input: "A market\nsoon\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Title of the action?"))
    #expect(result.stdout.contains("“soon” is not a date"))
    #expect(!result.stdout.contains("Titre"))
  }

  /// In an English project the scaffold is English and balises are written with the
  /// invariants' English names.
  @Test func interviewInAnEnglishProjectWritesEnglishKeys() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    let settings = work.path + "/p/recit.yml"
    let text = try String(contentsOfFile: settings, encoding: .utf8)
    try text.replacingOccurrences(of: "langue: fr", with: "langue: en").write(
      toFile: settings, atomically: true, encoding: .utf8)
    let answers = ["A Saturday market", "2019", "", "7 19", "", "", "", "Bring people back"]
    let result = try recit.run(
      ["new", "action", "--interactive", "--in", "p"], in: work.path,
      input: answers.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Who gives the mission (sender)? [mairie]"))
    let action = try String(
      contentsOfFile: work.path + "/p/actions/a-saturday-market/action.md", encoding: .utf8)
    for expected in [
      "title: \"A Saturday market\"\n", "date: 2019\n", "markers: [systemic/1, value/2]\n",
      "  sender: mairie\n", "  object: \"Bring people back\"\n", "  receivers: habitants\n",
      "  - for: habitants\n",
    ] {
      #expect(action.contains(expected), "\(expected)\n---\n\(action)")
    }
    let check = try recit.run(["check", "p"], in: work.path)
    #expect(check.status == 0, "\(check.stdout)")
  }

  @Test func idOptionIsCheckedAndUsed() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    let project = work.path + "/p"
    let made = try recit.run(
      ["new", "action", "Le marché du samedi", "--id", "marche-2019"], in: project)
    #expect(made.status == 0, "\(made.stderr)")
    #expect(FileManager.default.fileExists(atPath: project + "/actions/marche-2019/action.md"))
    let taken = try recit.run(
      ["new", "action", "Autre", "--id", "premiere-action"], in: project)
    #expect(taken.status == 2)
    #expect(
      taken.stderr.contains(
        "l'identifiant « premiere-action » est déjà pris par actions/premiere-action"),
      "\(taken.stderr)")
    for wrong in ["Marché", "marche_2019", "-marche", "marche--2019"] {
      let refused = try recit.run(["new", "action", "Autre", "--id=\(wrong)"], in: project)
      #expect(refused.status == 2, "\(wrong)")
      #expect(
        refused.stderr.contains("l'identifiant « \(wrong) » ne convient pas"),
        "\(refused.stderr)")
    }
    // A taken id is said before any question is asked.
    let asked = try recit.run(
      ["new", "action", "--interactif", "--id", "marche-2019"], in: project, input: "Titre\n")
    #expect(asked.status == 2)
    #expect(!asked.stdout.contains("Titre de l'action"))
    let actions = try FileManager.default.contentsOfDirectory(atPath: project + "/actions")
    #expect(actions.sorted() == ["marche-2019", "premiere-action"])
  }

  @Test func generatedIdsStopAtAWordWithinFortyCharacters() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    let long = "Créer un marché de producteurs locaux au centre-ville à partir du titre"
    let made = try recit.run(["new", "action", long], in: work.path + "/p")
    #expect(made.stdout.contains("actions/creer-un-marche-de-producteurs-locaux/action.md"))
    let again = try recit.run(["new", "action", long], in: work.path + "/p")
    #expect(again.stdout.contains("actions/creer-un-marche-de-producteurs-locaux-2/action.md"))
    let text = try String(
      contentsOfFile: work.path + "/p/actions/creer-un-marche-de-producteurs-locaux/action.md",
      encoding: .utf8)
    #expect(text.contains("titre: \"\(long)\""))
  }

  @Test func scaffoldsOfferTheProjectsActors() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p", "--territoire", "Malaunay"], in: work.path)
    try recit.run(["new", "action", "Un marché"], in: work.path + "/p")
    let text = try String(
      contentsOfFile: work.path + "/p/actions/un-marche/action.md", encoding: .utf8)
    #expect(
      text.contains(
        "#   mairie : Mairie de Malaunay (elu)\n#   habitants : Les habitants (habitant)"))
    #expect(text.contains("  destinateur: mairie\n"))
    #expect(text.contains("  destinataires: habitants\n"))
    #expect(text.contains("  - pour: habitants\n"))
    #expect(!text.contains("initiateur"))
    #expect(!text.contains("beneficiaires"))
    // No department in acteurs.yml: the subject stays a question.
    #expect(text.contains("  sujet: porteur\n"))
    let check = try recit.run(["check", "p"], in: work.path)
    #expect(check.status == 0, "\(check.stdout)")
    #expect(!check.stdout.contains("acteur-inconnu"), "\(check.stdout)")
  }

  @Test func eachStanceHasItsOwnScaffold() throws {
    let work = try TemporaryFolder()
    try recit.run(["init", "p"], in: work.path)
    let project = work.path + "/p"
    let alternative = try recit.run(
      ["new", "recit", "premiere-action", "--narrateur", "mairie", "--posture", "alternatif"],
      in: project)
    #expect(alternative.status == 0, "\(alternative.stderr)")
    let contradictory = try recit.run(
      ["new", "recit", "premiere-action", "--narrator", "mairie", "--stance", "contradictory"],
      in: project)
    #expect(contradictory.status == 0, "\(contradictory.stderr)")
    let seen = try String(
      contentsOfFile: project + "/actions/premiere-action/mairie.md", encoding: .utf8)
    #expect(seen.contains("posture: alternatif\n"))
    #expect(seen.contains("## Ce que nous voyons autrement"))
    #expect(seen.contains("## Ce que nous y ajoutons"))
    #expect(!seen.contains("Ce que nous contestons"))
    #expect(!seen.contains("desaccords"))
    let contested = try String(
      contentsOfFile: project + "/actions/premiere-action/mairie-2.md", encoding: .utf8)
    #expect(contested.contains("posture: contradictoire\n"))
    #expect(contested.contains("## Ce que nous contestons"))
    let check = try recit.run(["check", "p"], in: work.path)
    #expect(check.status == 0, "\(check.stdout)")
    #expect(!check.stdout.contains("erreur :"), "\(check.stdout)")
  }
}
