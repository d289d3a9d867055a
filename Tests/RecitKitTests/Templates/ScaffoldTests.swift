import Foundation
import Testing

@testable import RecitKit

/// Each scaffold, created in a fresh project, checks with no error (prompts reported as
/// `a-completer`); filled in, it checks clean.
@Suite struct ScaffoldTests {
  static let scaffolds = Scaffolder.actionScaffolds.flatMap { [($0, "fr"), ($0, "en")] }.map {
    "\($0.0).\($0.1)"
  }

  @Test(arguments: scaffolds)
  func freshScaffoldHasNoErrorAndEveryPromptIsReported(_ name: String) throws {
    let parts = name.split(separator: ".")
    let project = try TemporaryProject([
      "recit.yml": "territoire: Loos-en-Gohelle\nlangue: \(parts[1])\n"
    ])
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    let path = try scaffolder.newAction(title: "Essai", scaffold: String(parts[0]))
    let loaded = try project.load()
    let found = Checker().check(loaded)
    #expect(
      found.filter { $0.severity == .error }.isEmpty,
      "\(found.filter { $0.severity == .error }.map { "\($0.location) \($0.message.fr)" })")
    let text = try String(contentsOfFile: project.root + "/" + path, encoding: .utf8)
    let prompts = text.components(separatedBy: "[[").count - 1
    #expect(prompts > 3)
    #expect(found.filter { $0.rule == .toComplete }.count == prompts)
    if parts[1] == "fr" {
      for english in ["To complete", "title:", "subject:", "Who ", "What "] {
        #expect(!text.contains(english), "English “\(english)” in a French scaffold")
      }
    }
  }

  @Test(arguments: scaffolds)
  func filledScaffoldChecksCleanAndExports(_ name: String) throws {
    let parts = name.split(separator: ".")
    let project = try TemporaryProject(["recit.yml": "territoire: Loos\nlangue: \(parts[1])\n"])
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    let path = try scaffolder.newAction(title: "Essai", scaffold: String(parts[0]))
    // Fill every prompt as a user would, and add a second point of view.
    let text = try String(contentsOfFile: project.root + "/" + path, encoding: .utf8)
    let filled = Self.fill(text)
    try filled.write(toFile: project.root + "/" + path, atomically: true, encoding: .utf8)
    let action = try #require(try project.load().actions.first)
    let narrator = action.schema.helpers?.first?.id ?? "appui"
    let other = try scaffolder.newNarrative(of: action, narrator: narrator, stance: .contradictory)
    let otherText = try String(contentsOfFile: project.root + "/" + other, encoding: .utf8)
    try Self.fill(otherText).write(
      toFile: project.root + "/" + other, atomically: true, encoding: .utf8)
    let loaded = try project.load()
    let found = Checker().check(loaded)
    #expect(
      found.filter { $0.severity != .note }.isEmpty,
      "\(found.map { "\($0.location) \($0.rule.rawValue) \($0.message.fr)" })")
    // It exports in every format; the DocBook is validated on the way.
    let files = try Builder(
      project: loaded, outputFolder: "",
      formats: Set(ExportFormat.allCases).subtracting(ExportFormat.binary),
      engine: try TemplateEngine(templates: .builtIn)
    ).render()
    #expect(files.contains { $0.path == "docbook/\(loaded.actions[0].id).xml" })
    #expect(files.contains { $0.path == "html/\(loaded.actions[0].id).html" })
  }

  /// A project with the shared actors of a commune: an elected official, a department, two
  /// groups of residents and a business.
  static func communeProject(language: String) throws -> TemporaryProject {
    try TemporaryProject([
      "recit.yml": "territoire: Malaunay\nlangue: \(language)\n",
      "acteurs.yml": """
      mairie: { nom: Mairie de Malaunay, categorie: elu, nature: institution }
      service-transition: { nom: Service transition, categorie: agent }
      habitants: { nom: Les habitants, categorie: habitant }
      parents: { nom: Parents d'élèves, categorie: habitant }
      biocoop: { nom: Biocoop, categorie: acteur-socio-economique }

      """,
    ])
  }

  @Test(arguments: scaffolds)
  func scaffoldOffersTheSharedActorsAndStillChecks(_ name: String) throws {
    let parts = name.split(separator: ".")
    let project = try Self.communeProject(language: String(parts[1]))
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    let suggested = scaffolder.suggestions(for: String(parts[0]))
    let path = try scaffolder.newAction(title: "Essai", scaffold: String(parts[0]))
    let text = try String(contentsOfFile: project.root + "/" + path, encoding: .utf8)
    // Every shared actor is listed, to be named by its id.
    for line in [
      "#   mairie", "#   service-transition", "#   habitants", "#   parents", "#   biocoop",
    ] {
      #expect(text.contains(line), "\(line)")
    }
    let loaded = try project.load()
    let action = try #require(loaded.actions.first)
    #expect(
      action.schema.senders?.map(\.id) == suggested.senders ?? action.schema.senders?.map(\.id))
    if let subjects = suggested.subjects {
      #expect(action.schema.subjects?.map(\.id) == subjects)
    }
    if let receivers = suggested.receivers {
      #expect(action.schema.receivers?.map(\.id) == receivers)
      #expect(action.benefits.map(\.receiver.id) == receivers)
    }
    // Actors the project declares are never declared again by the scaffold.
    let shared = Set(loaded.actors.map(\.id))
    #expect(action.actors.filter { shared.contains($0.id) }.isEmpty)
    let found = Checker().check(loaded)
    #expect(
      found.filter { $0.severity == .error }.isEmpty,
      "\(found.filter { $0.severity == .error }.map { "\($0.location) \($0.message.fr)" })")
    let prompts = text.components(separatedBy: "[[").count - 1
    #expect(found.filter { $0.rule == .toComplete }.count == prompts)
    // Filled in, with an alternative narrative, it checks with notes at most.
    try Self.fill(text).write(
      toFile: project.root + "/" + path, atomically: true, encoding: .utf8)
    let other = try scaffolder.newNarrative(
      of: try #require(try project.load().actions.first), narrator: "biocoop",
      stance: .alternative)
    let otherText = try String(contentsOfFile: project.root + "/" + other, encoding: .utf8)
    #expect(otherText.contains(parts[1] == "fr" ? "posture: alternatif" : "stance: alternative"))
    try Self.fill(otherText).write(
      toFile: project.root + "/" + other, atomically: true, encoding: .utf8)
    let filled = Checker().check(try project.load())
    #expect(
      filled.filter { $0.severity != .note }.isEmpty,
      "\(filled.map { "\($0.location) \($0.rule.rawValue) \($0.message.fr)" })")
  }

  @Test func suggestionsFollowTheCategoryEachScaffoldAsksFor() throws {
    let project = try Self.communeProject(language: "fr")
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    let action = scaffolder.suggestions(for: "action")
    #expect(action.senders == ["mairie"])
    #expect(action.subjects == ["service-transition"])
    #expect(action.receivers == ["habitants", "parents"])
    #expect(action.helpers == nil && action.opponents == nil)
    // The territory's narrative starts from an event or an idea, not from an actor.
    #expect(scaffolder.suggestions(for: "territoire").senders == nil)
    #expect(scaffolder.suggestions(for: "territoire").subjects == ["mairie"])
    #expect(scaffolder.suggestions(for: "retour-experience") == ScaffoldAnswers())
  }

  @Test func givenIDsAreCheckedAgainstTheFolderAndTheFormat() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n", "actions/Marche.md": "---\ntitre: x\n---\n",
    ])
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    // Taken whatever the case: the two would give the same page.
    #expect(
      scaffolder.problem(withID: "marche")?.fr.contains("déjà pris par actions/Marche.md") == true)
    #expect(scaffolder.problem(withID: "marché")?.fr.contains("ne convient pas") == true)
    #expect(scaffolder.problem(withID: String(repeating: "a", count: 81)) != nil)
    #expect(scaffolder.problem(withID: "marche-2") == nil)
    #expect(throws: ScaffoldError.self) {
      try scaffolder.newAction(title: "Un marché", id: "marche")
    }
    #expect(
      try scaffolder.newAction(title: "Un marché", id: "marche-2") == "actions/marche-2/action.md")
  }

  @Test func actionIDsStopAtAWordBoundary() {
    #expect(
      Slug.actionID(
        fromTitle: "Créer un marché de producteurs locaux au centre-ville à partir du titre")
        == "creer-un-marche-de-producteurs-locaux")
    #expect(Slug.actionID(fromTitle: "Un marché à Malaunay") == "un-marche-a-malaunay")
    #expect(Slug.actionID(fromTitle: "L'Œuvre des habitants") == "l-oeuvre-des-habitants")
    for title in [
      "Une école qui mange bio, local et de saison grâce aux parents d'élèves",
      "Reconversion du site de la filature en tiers-lieu et pépinière",
    ] {
      let id = Slug.actionID(fromTitle: title)
      #expect(id.count <= 40)
      #expect(Slug.make(title).hasPrefix(id + "-"), "\(id) is not cut at a word boundary")
      #expect(!Slug.danglingWords.contains(String(id.split(separator: "-").last ?? "")))
    }
    #expect(Slug.actionID(fromTitle: "«»") == "sans-titre")
    // Numbered to be unique, an id still stays within 40 characters, cut at a word.
    let title = "Des composteurs collectifs dans la cour"
    #expect(Slug.actionID(fromTitle: title) == "des-composteurs-collectifs-dans-la-cour")
    let taken: Set = ["des-composteurs-collectifs-dans-la-cour", "des-composteurs-collectifs-2"]
    #expect(Scaffolder.freshID(for: title) { taken.contains($0) } == "des-composteurs-collectifs-3")
    #expect(Slug.actionID(fromTitle: String(repeating: "x", count: 50)).count == 40)
    #expect(Slug.isIdentifier("marche-2019"))
    for wrong in ["", "Marche", "marche--2019", "-marche", "marche-", "marché", "marche_2019"] {
      #expect(!Slug.isIdentifier(wrong), "\(wrong)")
    }
  }

  /// Replaces each `[[…]]` prompt by a plain answer.
  static func fill(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "[["),
      let end = rest.range(of: "]]", range: start.upperBound..<rest.endIndex)
    {
      result += rest[..<start.lowerBound] + "Réponse écrite par l'équipe"
      rest = rest[end.upperBound...]
    }
    return result + rest
  }

  @Test func newNarrativeTurnsASingleFileActionIntoAFolderByteForByte() throws {
    let original =
      "---\r\ntitre: Fifty-fifty\r\nacteurs:\r\n  riverains: { nom: Riverains }\r\n---\r\nTexte\u{00A0}exact\r\n"
    let project = try TemporaryProject([
      "recit.yml": "territoire: Loos\n", "actions/fifty.md": original,
    ])
    let loaded = try project.load()
    let scaffolder = Scaffolder(project: loaded, engine: try TemplateEngine(templates: .builtIn))
    let path = try scaffolder.newNarrative(
      of: loaded.actions[0], narrator: "riverains", stance: .alternative)
    #expect(path == "actions/fifty/riverains.md")
    #expect(!FileManager.default.fileExists(atPath: project.root + "/actions/fifty.md"))
    let moved = try Data(
      contentsOf: URL(fileURLWithPath: project.root + "/actions/fifty/action.md"))
    #expect(moved == Data(original.utf8))
    let again = try scaffolder.newNarrative(
      of: try project.load().actions[0], narrator: "riverains", stance: .alternative)
    #expect(again == "actions/fifty/riverains-2.md")
    let reloaded = try project.load()
    #expect(reloaded.actions[0].narratives.count == 3)
    #expect(reloaded.actions[0].narratives[1].effectiveStance == .alternative)
  }

  @Test func newActionNamesAreUniqueSlugs() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n", "actions/un-marche-a-l-ete.md": "---\ntitre: x\n---\n",
    ])
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    #expect(
      try scaffolder.newAction(title: "Un marché à l'été")
        == "actions/un-marche-a-l-ete-2/action.md")
    #expect(
      try scaffolder.newAction(title: "Un marché à l'été")
        == "actions/un-marche-a-l-ete-3/action.md")
  }
}
