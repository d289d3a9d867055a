import Foundation
import Testing

@testable import RecitKit
@testable import RecitModel

/// The territory as a whole on a small fixture: an actor that helps in one action and opposes
/// in another is on both sides of the map, with the narratives that say so.
@Suite struct TerritoryTests {
  static let files: [String: String] = [
    "recit.yml": "territoire: Val-Test\n",
    "acteurs.yml": """
    mairie: { nom: Mairie, categorie: elu }
    ecole: { nom: École Jules-Ferry, categorie: acteur-socio-economique }
    services: { nom: Services techniques, categorie: agent }
    ddt: { nom: DDT, categorie: etat }
    parents: { nom: Parents d'élèves, categorie: habitant }

    """,
    "actions/jardin/action.md": """
    ---
    titre: Un jardin à l'école
    date: 2021-03
    balises: [cooperation/1]
    schema:
      destinateur: mairie
      sujet: mairie
      objet: Ouvrir un jardin partagé
      destinataires: [parents]
      adjuvants: [ecole, services]
      opposants: []
    quete:
      - etape: "0"
        acteurs: [mairie]
        action: Propose le jardin
        date: 2021-01
      - etape: "1"
        acteurs: [ecole, parents]
        action: Plantent les premiers bacs
        date: 2021-04
    ---

    La mairie travaille avec @ecole et @ddt.

    """,
    "actions/cantine/action.md": """
    ---
    titre: Une cantine bio
    date: 2022
    balises: [valeur/2]
    schema:
      destinateur: mairie
      sujet: mairie
      objet: Servir des repas bio
      destinataires: [parents]
      adjuvants: [services]
      opposants: [ecole]
    ---

    Les @parents suivent le projet.

    """,
    "actions/cantine/parents.md": """
    ---
    narrateur: parents
    posture: contradictoire
    schema:
      adjuvants: [ecole]
      opposants: [mairie]
    ---

    Nous soutenons l'école.

    """,
  ]

  static func territory() throws -> (TemporaryProject, Territory) {
    let project = try TemporaryProject(files)
    return (project, Territory(project: try project.load().published(includingDrafts: false)))
  }

  @Test func anActorThatHelpsHereAndOpposesThereChangesSide() throws {
    let (_, territory) = try Self.territory()
    let change = try #require(territory.sideChanges.first { $0.actorID == "ecole" })
    #expect(
      change.helperIn.map(\.file).sorted() == [
        "actions/cantine/parents.md", "actions/jardin/action.md",
      ])
    #expect(change.opponentIn.map(\.file) == ["actions/cantine/action.md"])
    #expect(!territory.sideChanges.contains { $0.actorID == "services" })
    let record = try #require(territory.record("ecole"))
    #expect(record.actionIDs.sorted() == ["cantine", "jardin"])
    #expect(record.mentions.map(\.location.line) == [23])
    #expect(record.steps.map(\.label) == ["1"])
    // The parents' contradictory narrative names the mairie an opponent: it contests it.
    #expect(territory.record("mairie")?.contestedBy.map(\.file) == ["actions/cantine/parents.md"])
  }

  @Test func theMapShowsTheActorOnBothSidesWithItsNarratives() throws {
    let (project, _) = try Self.territory()
    let loaded = try project.load()
    let files = Dictionary(
      uniqueKeysWithValues: try Builder(
        project: loaded, outputFolder: "", formats: [.html],
        engine: try TemplateEngine(templates: .builtIn)
      ).render().map { ($0.path, $0.content) })
    let map = try #require(files["html/territoire/index.html"])
    let row = try #require(
      map.components(separatedBy: "<tr class=\"changement-de-camp\">").dropFirst().first {
        $0.contains("acteur-ecole.html\">École Jules-Ferry")
      }?.components(separatedBy: "</tr>").first)
    let cells = row.components(separatedBy: "<td>").dropFirst().map { $0 }
    #expect(cells.count == 2)
    // Helper in the jardin's carried narrative and in the parents' narrative of the cantine…
    #expect(cells[0].contains("Un jardin à l'école</a> — Mairie (récit porté)"))
    #expect(cells[0].contains("Une cantine bio</a> — Parents d'élèves (récit contradictoire)"))
    // …opponent in the cantine's carried narrative only.
    #expect(cells[1].contains("Une cantine bio</a> — Mairie (récit porté)"))
    #expect(!cells[1].contains("jardin"))
    #expect(
      files["html/territoire/acteur-ecole.html"]?.contains("<h1>École Jules-Ferry</h1>") == true)
    // Mentions and roles on the action pages link to the actor's page.
    let jardin = try #require(files["html/jardin.html"])
    #expect(
      jardin.contains(
        "<a class=\"acteur\" href=\"territoire/acteur-ecole.html\">École Jules-Ferry</a>"))
    #expect(jardin.components(separatedBy: "href=\"territoire/acteur-ecole.html\"").count >= 3)
  }

  @Test func coverageAndFamiliesFollowTheActions() throws {
    let (_, territory) = try Self.territory()
    #expect(territory.coverage.count == 23)
    #expect(territory.coverage.first { $0.balise.id == "cooperation/1" }?.actionIDs == ["jardin"])
    #expect(territory.unclaimed.count == 21)
    let jardin = try #require(territory.families.first { $0.actionID == "jardin" })
    #expect(jardin.missing.isEmpty)
    #expect(jardin.present == [.elected, .staff, .state, .socioEconomic, .resident])
    let cantine = try #require(territory.families.first { $0.actionID == "cantine" })
    #expect(cantine.missing == [.state])
  }

  @Test func theTimelinePutsActionsAndDatedStepsInDateOrder() throws {
    let (_, territory) = try Self.territory()
    #expect(
      territory.timeline.map { "\(DateWords.iso($0.date)) \($0.actionID) \($0.stepLabel ?? "-")" }
        == ["2021-01 jardin 0", "2021-03 jardin -", "2021-04 jardin 1", "2022 cantine -"])
  }

  /// A narrative that tells its own quest: its steps count for the actors and the timeline,
  /// named with the narrative that tells them.
  @Test func aNarrativesOwnQuestReachesTheActorsAndTheTimeline() throws {
    var files = Self.files
    files["actions/cantine/ecole.md"] = """
      ---
      narrateur: ecole
      posture: alternatif
      quete:
        - etape: "1"
          acteurs: [ecole, parents]
          action: Ouvrent un potager pédagogique
          date: 2022-05
      ---

      L'école raconte son potager.

      """
    let project = try TemporaryProject(files)
    let territory = Territory(project: try project.load().published(includingDrafts: false))
    let step = try #require(territory.record("parents")?.steps.first { $0.narrative != nil })
    #expect(step.label == "1" && step.actionID == "cantine")
    #expect(step.narrative?.file == "actions/cantine/ecole.md")
    #expect(step.date.map(DateWords.iso) == "2022-05")
    // The action's own quest is still there, with no narrative.
    #expect(
      territory.record("parents")?.steps.contains { $0.narrative == nil && $0.label == "1" } == true
    )
    let entry = try #require(territory.timeline.first { $0.narrative != nil })
    #expect(DateWords.iso(entry.date) == "2022-05" && entry.stepLabel == "1")
    #expect(territory.timeline.last?.narrative?.file == "actions/cantine/ecole.md")
    let page = try #require(territory.record("parents"))
    let text = PlainTextBody(width: 200).render(territory.actorDocument(page, Territory.textLinks))
    #expect(text.contains("1 — École Jules-Ferry"))
  }

  @Test func theBookLinksEveryActorToItsSectionAndMarkdownHasTheWholeTerritory() throws {
    let (_, territory) = try Self.territory()
    let book = DocBookBody(idPrefix: Territory.bookIDPrefix).fragment(territory.bookDocument())
    let ids = Set(try matches(#"xml:id="([^"]+)""#, in: book))
    let targets = try matches(##"xlink:href="#(territoire-acteur-[^"]+)""##, in: book)
    #expect(!targets.isEmpty)
    for target in targets { #expect(ids.contains(target), "no section \(target)") }
    for record in territory.actors {
      #expect(ids.contains("territoire-acteur-" + record.actor.id))
    }
    let markdown = MarkdownBody().render(territory.markdownDocument())
    #expect(markdown.hasPrefix("# Le territoire\n"))
    for record in territory.actors { #expect(markdown.contains("### " + record.actor.displayName)) }
    #expect(markdown.contains("](../jardin.md)") && markdown.contains("](../cantine.md)"))
  }

  /// A narrative that names an actor on every row of a table is one entry of the actor's
  /// mentions, with its first places and the count of the others, not one entry per row.
  @Test func manyMentionsInOneNarrativeAreOneEntryWithACount() throws {
    var files = Self.files
    files["actions/cantine/action.md"]! +=
      "| Mois | Qui |\n| --- | --- |\n"
      + (1...8).map { "| \($0) | @parents |\n" }.joined()
    let project = try TemporaryProject(files)
    let territory = Territory(project: try project.load().published(includingDrafts: false))
    #expect(territory.record("parents")?.mentions.count == 9)
    let markdown = MarkdownBody().render(territory.markdownDocument())
    let entries = markdown.split(separator: "\n").filter {
      $0.contains("actions/cantine/action.md:")
    }
    #expect(entries.count == 1, "\(entries)")
    let entry = String(entries.first ?? "")
    #expect(entry.hasSuffix(" et 4 autres mentions"), "\(entry)")
    #expect(entry.components(separatedBy: "`actions/cantine/action.md:").count == 6, "\(entry)")
  }

  private func matches(_ pattern: String, in text: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
