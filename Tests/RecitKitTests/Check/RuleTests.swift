import Foundation
import Testing

@testable import RecitKit

/// Every rule fires at the right file, line and column, and stays silent on a correct project.
@Suite struct RuleTests {
  @Test func correctProjectHasNoDiagnosticAtAll() throws {
    let project = try TemporaryProject(RuleCases.files()).load()
    let found = Checker().check(project)
    #expect(found.isEmpty, "\(found.map { "\($0.location) \($0.rule.rawValue)" })")
  }

  static let cases: [RuleCases.Case] = [
    .inAction("titre-manquant", "---\ntitre: Un marché au centre-ville\n", "1️⃣---\n"),
    .inAction("sujet-manquant", "  sujet: mairie\n", ""),
    .inAction("objet-manquant", "  objet: Rendre le centre attractif\n", ""),
    .inAction("destinateur-manquant", "  destinateur: mairie\n", ""),
    .inAction(
      "destinataire-manquant", "  destinataires: [habitants, producteurs]\n",
      "  destinataires: []\n"),
    .inAction("adjuvant-manquant", "  adjuvants: [producteurs]\n", ""),
    .inAction("opposant-manquant", "  opposants: [amap]\n", ""),
    .inAction(
      "acteur-inconnu", "  adjuvants: [producteurs]", "  adjuvants: [producteurs, 1️⃣prodcteurs]"),
    .inAction("acteur-inconnu", "avec @producteurs", "avec 1️⃣@inconnu"),
    .inAction("acteur-inconnu", "    influence: [amap]", "    influence: [amap, 1️⃣\"3\"]"),
    .inOther("acteur-inconnu", "narrateur: amap", "narrateur: 1️⃣amapp"),
    .inAction(
      "acteur-inutilise",
      "  producteurs: { nom: Producteurs, categorie: acteur-socio-economique }\n",
      "  producteurs: { nom: Producteurs, categorie: acteur-socio-economique }\n  1️⃣oublie: { nom: Oublié }\n"
    ),
    .inAction(
      "acteur-duplique", "  amap: { nom: AMAP",
      "  amap: { nom: AMAP, categorie: habitant }\n  1️⃣mairie: { nom: Mairie"),
    .inAction("role-ambivalent", "  opposants: [amap]", "  opposants: [amap, 1️⃣producteurs]"),
    .inAction("etape-invalide", "  - etape: \"1\"\n", "  - etape: 1️⃣\"1 bus\"\n"),
    .inAction("etape-dupliquee", "  - etape: \"1 bis\"", "  - etape: 1️⃣\"1\""),
    .inAction("etape-orpheline", "  - etape: \"1 bis\"", "  - etape: 1️⃣\"0 ter\""),
    .inAction("etape-lacune", "  - etape: \"1 bis\"", "  - etape: 1️⃣\"3\""),
    .inAction(
      "influence-circulaire", "    sur: habitants\n",
      "    sur: habitants\n  - de: habitants\n    sur: amap\n  - 1️⃣de: amap\n    sur: producteurs\n"),
    .inAction("balise-inconnue", "cooperation/1,", "1️⃣cooperaton/1,"),
    .inAction("date-invalide", "date: 2019-03", "date: 1️⃣2019-3"),
    .inOther("narrateur-manquant", "narrateur: amap\n", ""),
    .init(
      rule: "recit-unique", file: "actions/marche/action.md", marked: "1️⃣" + RuleCases.action,
      base: RuleCases.files(other: nil)),
    .inOther(
      "contradiction-vide",
      "posture: contradictoire\nschema:\n  destinateur: [habitants]\n  sujet: amap\n  objet: Rendre le centre attractif\n  destinataires: [habitants]\n  adjuvants: []\n  opposants: [mairie]\ndesaccords:\n  - sur: objet\n    texte: Pas contre l'AMAP\n",
      "posture: 1️⃣contradictoire\n"),
    .inOther(
      "roles-non-dits", "schema:\n  destinateur: [habitants]\n",
      "1️⃣schema:\n"),
    .inAction("conflit-sans-arbitrage", "arbitrage: Un comité trimestriel.\n", ""),
    .inAction(
      "destinataire-sans-benefice", "  destinataires: [habitants, producteurs]",
      "  destinataires: [1️⃣habitants, producteurs]"
    ).removing(
      "  - pour: habitants\n    dimension: effets-utiles\n    texte: Des produits frais\n"),
    .init(
      rule: "points-de-vue-limites", file: "actions/marche/action.md",
      marked: "1️⃣" + RuleCases.action,
      base: RuleCases.files(
        other: RuleCases.other.replacingOccurrences(
          of: "narrateur: amap", with: "narrateur: mairie"))),
    .init(
      rule: "famille-absente", file: "actions/marche/action.md",
      marked: "1️⃣"
        + RuleCases.action.replacingOccurrences(
          of: "@services et @prefecture suivent le projet.\n", with: ""),
      base: RuleCases.files()),
    .inOther("recit-vide", "\nNous avons créé l'AMAP à la demande de @mairie.\n", "1️⃣"),
    .inAction(
      "a-completer", "objet: Rendre le centre attractif", "objet: \"Le 1️⃣[[À compléter : l'objet]]\""
    ),
    .inAction(
      "a-completer", "avec @producteurs, prépare",
      "avec @producteurs, 1️⃣[[À compléter : quoi ?]] prépare"),
    .inAction("champ-inconnu", "arbitrage:", "1️⃣arbitrag:"),
    .inAction("type-invalide", "date: 2019-03", "date: 2019-03\nresume:\n  1️⃣- a"),
    .inAction("alias-mixte", "date: 2019-03", "date: 2019-03\n1️⃣title: Doublon"),
    .inAction("valeur-invalide", "categorie: habitant }", "categorie: 1️⃣citoyen }"),
    .inAction("yaml-invalide", "date: 2019-03", "date: 1️⃣&d 2019-03"),
    .inAction(
      "fichier-illisible", "---\ntitre:",
      "---\n1️⃣resume: " + String(repeating: "a", count: 300_000) + "\ntitre:"),
    .inAction(
      "markdown-pathologique", "avec @producteurs, prépare",
      "avec @producteurs, " + String(repeating: "[a", count: 2_000) + "1️⃣[a prépare"),
    .init(
      rule: "action-introuvable", file: "actions/sans-action/amap.md", marked: RuleCases.other,
      base: RuleCases.files(), reportedIn: "actions/sans-action/"),
    .init(
      rule: "action-dupliquee", file: "actions/marché.md", marked: RuleCases.other,
      base: RuleCases.files()),
  ]

  @Test(arguments: cases)
  func ruleFiresAtTheMark(_ ruleCase: RuleCases.Case) throws {
    let marked = MarkedText(ruleCase.marked)
    var files = ruleCase.base
    files[ruleCase.file] = marked.text
    let project = try TemporaryProject(files).load()
    let found = Checker().check(project).filter { $0.rule.rawValue == ruleCase.rule }
    let rule = try #require(Rule(rawValue: ruleCase.rule))
    #expect(found.count == 1, "\(ruleCase.rule): \(found.map(\.location))")
    let diagnostic = try #require(found.first)
    #expect(diagnostic.severity == rule.defaultSeverity)
    #expect(diagnostic.location.file == ruleCase.reportedIn ?? ruleCase.file)
    if let mark = marked.positions["1️⃣"] {
      #expect(diagnostic.location.line == mark.line, "\(ruleCase.rule) line")
      #expect(diagnostic.location.column == mark.column, "\(ruleCase.rule) column")
    }
    #expect(!diagnostic.message.fr.isEmpty && !diagnostic.message.en.isEmpty)
    #expect(diagnostic.message.fr != diagnostic.message.en)
  }

  @Test func everyRuleHasACase() {
    let covered = Set(Self.cases.map(\.rule))
    let missing = Rule.allCases.map(\.rawValue).filter { !covered.contains($0) }
    #expect(missing.isEmpty, "rules without a test case: \(missing)")
  }

  @Test func projectSettingsChangeSeveritiesAndDisableRules() throws {
    var files = RuleCases.files(other: nil)
    files["recit.yml"] =
      "territoire: M\nregles:\n  recit-unique: erreur\n  conflit-sans-arbitrage: off\n"
    let project = try TemporaryProject(files).load()
    let found = Checker().check(project)
    #expect(found.map(\.rule) == [.singleNarrative])
    #expect(found.first?.severity == .error)
    #expect(Checker(disabled: [.singleNarrative]).check(project).isEmpty)
  }

  @Test func unknownActorIsReportedOncePerFile() throws {
    let marked = MarkedText(
      RuleCases.action.replacingOccurrences(of: "adjuvants: [producteurs]", with: "adjuvants: [1️⃣x]")
        .replacingOccurrences(of: "opposants: [amap]", with: "opposants: [amap, x]"))
    var files = RuleCases.files()
    files["actions/marche/action.md"] = marked.text
    let found = Checker().check(try TemporaryProject(files).load()).filter {
      $0.rule == .unknownActor
    }
    #expect(found.count == 1)
    #expect(found.first?.message.fr.contains("1 autre") == true)
  }

  @Test func brokenFrontMatterGivesOneDiagnosticNotACascade() throws {
    var files = RuleCases.files()
    files["actions/marche/action.md"] = "---\ntitre: [\n---\nTexte\n"
    let found = Checker().check(try TemporaryProject(files).load())
      .filter { $0.location.file == "actions/marche/action.md" }
    #expect(found.map(\.rule) == [.invalidYAML])
  }
}

extension RuleCases.Case {
  /// The same case with one more part of the action removed.
  func removing(_ text: String) -> Self {
    var copy = self
    precondition(copy.marked.contains(text))
    copy.marked = copy.marked.replacingOccurrences(of: text, with: "")
    return copy
  }
}
