import Foundation
import Testing

@testable import RecitKit

/// Small projects written for one behaviour each: a single point of view, free-text
/// disagreements, unknown actors, step labels, the closest action id.
@Suite struct CompareSmallProjectTests {
  static let action = """
    ---
    titre: Un jardin partagé
    narrateur: mairie
    acteurs:
      mairie: { nom: Mairie, categorie: elu }
      voisins: { nom: Voisins & amis, categorie: habitant }
      services: { nom: Services, categorie: agent }
    schema:
      destinateur: mairie
      sujet: mairie
      objet: Un jardin au pied des immeubles
      destinataires: [voisins]
      adjuvants: [services]
      opposants: [secheresse]
    quete:
      - etape: "1"
        acteur: mairie
      - etape: "2  bis"
        acteur: services
    ---
    Le récit de la mairie.

    """

  private func compare(_ extra: [String: String] = [:]) throws -> Comparison {
    var files = extra
    files["recit.yml"] = "territoire: Essai\n"
    files["actions/jardin/action.md"] = Self.action
    let project = try TemporaryProject(files).load()
    return Comparison(project: project, action: try #require(project.actions.first))
  }

  @Test func oneNarrativeGivesAShortAnswerInEveryFormat() throws {
    let comparison = try compare()
    #expect(comparison.isSinglePointOfView)
    #expect(comparison.steps.isEmpty)
    #expect(comparison.summary.sentences.isEmpty)
    #expect(comparison.rows.allSatisfy { $0.zone == .stable })
    let headline = comparison.summary.headline
    #expect(headline.fr.hasPrefix("Un seul point de vue (Mairie)"))
    #expect(headline.en.hasPrefix("A single point of view (Mairie)"))
    let text = comparison.text(in: .fr)
    #expect(text.contains(headline.fr))
    #expect(!text.contains("Rôles par récit"))
    #expect(text.split(separator: "\n").count == 2)
    #expect(comparison.markdown(in: .en).contains(headline.en))
    #expect(!comparison.markdown(in: .fr).contains("|"))
    let html = comparison.htmlFragment(in: .fr)
    #expect(html.contains(headline.fr))
    #expect(!html.contains("<table"))
    let svg = ConflictGraph(comparison: comparison).svg(in: .fr)
    #expect(
      svg.contains(
        "<desc id=\"carte-conflits-jardin-desc\">4 acteurs ; 1 alliance(s), 1 opposition(s)"))
  }

  @Test func freeTextDisagreementsGroupWithoutCaseOrAccents() throws {
    let comparison = try compare([
      "actions/jardin/a.md": """
      ---
      narrateur: voisins
      desaccords:
        - { sur: Le calendrier, texte: Trop tard. }
        - { sur: quest, texte: Pas d'étape 2 bis. }
      ---
      A.
      """,
      "actions/jardin/b.md": """
      ---
      narrateur: inconnu
      schema: { sujet: inconnu, opposants: [mairie] }
      desaccords:
        - { sur: le  CALENDRIER , texte: Trop tôt. }
        - { texte: Sans sujet. }
        - { sur: helpers }
      ---
      B.
      """,
    ])
    #expect(
      comparison.disagreements.map(\.subject) == [
        .role(.helpers), .quest, .other("Le calendrier"), .other(""),
      ])
    #expect(comparison.disagreements[2].items.map(\.text) == ["Trop tard.", "Trop tôt."])
    let unknown = try #require(comparison.row(for: "inconnu"))
    #expect(!unknown.actor.known)
    #expect(unknown.actor.category == nil)
    #expect(comparison.summary.categories.last?.actors == 2)  // inconnu, secheresse
    #expect(comparison.row(for: "mairie")?.zone == .conflit)
    #expect(comparison.steps.isEmpty, "b.md and a.md inherit the quest")
  }

  @Test func stepsAreComparedByCanonicalLabel() throws {
    let comparison = try compare([
      "actions/jardin/a.md": """
      ---
      narrateur: voisins
      quete:
        - { etape: "2 bis", acteur: voisins }
        - { etape: "3", acteur: voisins }
      ---
      A.
      """
    ])
    #expect(comparison.steps.map(\.label) == ["1", "3"])
    #expect(comparison.steps.map(\.told) == [[true, false], [false, true]])
  }

  @Test func userTextIsEscapedInMarkdownAndHTML() throws {
    let comparison = try compare(["actions/jardin/a.md": "---\nnarrateur: voisins\n---\nA.\n"])
    #expect(comparison.htmlFragment(in: .fr).contains("Voisins &amp; amis"))
    #expect(comparison.markdown(in: .fr).contains("Voisins \\& amis"))
  }

  @Test func closestActionIDIsSuggested() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: Essai\n", "actions/jardin/action.md": Self.action,
      "actions/marche-centre-ville.md": "---\ntitre: Marché\n---\nTexte.\n",
    ]).load()
    #expect(ActionLookup.closestID(to: "jardn", in: project) == "jardin")
    #expect(ActionLookup.closestID(to: "marche", in: project) == "marche-centre-ville")
    #expect(ActionLookup.closestID(to: "zzzzzzzzz", in: project) == nil)
    #expect(ActionLookup.action("jardin", in: project)?.id == "jardin")
  }
}
