import Foundation
import Testing

@testable import RecitKit

/// YAML read from libyaml's events: syntax errors located, anchors and aliases refused, keys
/// unique, scalars kept as written.
@Suite struct YAMLReaderTests: ParseProblemExpectations {
  @Test func yamlSyntaxErrorIsLocated() throws {
    let marked = MarkedText("---\ntitre: Un marché\nobjet: a1️⃣: b\n---\nTexte\n")
    let found = try problems(marked)
    expect(found, .invalidYAML, at: marked["1️⃣"])
    #expect(found.first?.message.fr.contains("guillemets") == true)
  }

  @Test func unclosedQuoteIsReported() throws {
    let marked = MarkedText("---\ntitre: \"Un marché\nschema: {}\n1️⃣---\nTexte\n")
    let found = try problems(marked)
    #expect(found.count == 1)
    #expect(found.first?.rule == .invalidYAML)
  }

  @Test func anchorsAreRefusedAtTheAnchor() throws {
    let marked = MarkedText("---\ntitre: Essai\nacteurs:\n  mairie: 1️⃣&m { nom: Mairie }\n---\n")
    expect(try problems(marked), .invalidYAML, at: marked["1️⃣"])
  }

  @Test func aliasesAreRefusedAtTheAlias() throws {
    // A valid anchor is refused first; an alias with no anchor is a syntax error of its own.
    let marked = MarkedText("---\ntitre: Essai\nschema:\n  sujet: 1️⃣*m\n---\n")
    let found = try problems(marked)
    expect(found, .invalidYAML, at: marked["1️⃣"])
  }

  @Test func aliasBombIsRefusedQuickly() throws {
    var bomb =
      "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
    var previous = "a"
    for name in names {
      bomb +=
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
        + "]\n"
      previous = name
    }
    bomb += "---\n"
    let start = Date()
    let found = try problems(MarkedText(bomb))
    #expect(found.count == 1)
    #expect(found.first?.rule == .invalidYAML)
    #expect(found.first?.location.line == 2)
    // Refused at the first anchor: no walk over the expansion (generous bound for a slow CI).
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func duplicateKeyIsReportedAtTheSecondKey() throws {
    let marked = MarkedText("---\ntitre: Un\ndate: 2019\n1️⃣titre: Deux\n---\nTexte\n")
    let project = try singleActionProject(marked).load()
    expect(project.diagnostics, .invalidYAML, at: marked["1️⃣"])
    #expect(project.actions.first?.title?.value == "Un")
    #expect(project.actions.first?.date?.value == PartialDate(year: 2019))
  }

  @Test func scalarsStayAsWritten() throws {
    let marked = MarkedText(
      "---\ntitre: 01000\nresume: NO\nschema:\n  objet: 18:30\n  sujet: 1.10\nacteurs:\n  \"1.10\": { nom: yes }\n---\n"
    )
    let project = try singleActionProject(marked).load()
    let action = try #require(project.actions.first)
    #expect(action.title?.value == "01000")
    #expect(action.summary?.value == "NO")
    #expect(action.schema.object?.value == "18:30")
    #expect(action.schema.subjects?.first?.id == "1.10")
    #expect(action.actors.first?.name?.value == "yes")
  }

  // MARK: Slips repaired while reading

  @Test func severalColonsInOneValueAreOneError() throws {
    let marked = MarkedText(
      "---\ntitre: Acte 2 1️⃣: le marché : suite\nresume: Un texte\n---\nTexte\n")
    let project = try singleActionProject(marked).load()
    #expect(project.diagnostics.count == 1)
    expect(project.diagnostics, .invalidYAML, at: marked["1️⃣"])
    #expect(project.actions.first?.title?.value == "Acte 2 : le marché : suite")
    #expect(project.actions.first?.summary?.value == "Un texte")
  }

  @Test func colonInAListItemValueIsRepaired() throws {
    let marked = MarkedText(
      "---\ntitre: Un\nquete:\n  - etape: 0\n    action: Réunion 1️⃣: tout le monde\n---\nTexte\n"
    )
    let project = try singleActionProject(marked).load()
    #expect(project.diagnostics.map(\.rule) == [.invalidYAML])
    expect(project.diagnostics, .invalidYAML, at: marked["1️⃣"])
    #expect(project.actions.first?.quest.first?.action?.value == "Réunion : tout le monde")
  }

  @Test func valueWithQuotesIsQuotedTheOtherWay() {
    #expect(YAMLRepair.quoted("l'idée : \"oui\"") == "'l''idée : \"oui\"'")
    #expect(YAMLRepair.quoted("l'idée : oui") == "\"l'idée : oui\"")
  }

  @Test func tabColumnsAreGivenInTheOriginalText() throws {
    // The tab is read as two spaces; the colon after it is located where it stands in the file.
    let marked = MarkedText("---\ntitre: Un\nschema:\n1️⃣\tobjet: Servir 2️⃣: tous\n---\nTexte\n")
    let project = try singleActionProject(marked).load()
    #expect(project.diagnostics.count == 2)
    expect(project.diagnostics, .invalidYAML, at: marked["1️⃣"])
    #expect(project.diagnostics.last?.location.column == marked["2️⃣"].column)
    #expect(project.diagnostics.last?.fix?.edits.first?.column == 9)
    #expect(project.actions.first?.schema.object?.value == "Servir : tous")
  }

  @Test func unrepairableTextKeepsItsOriginalError() throws {
    let marked = MarkedText("---\ntitre: [Un\n1️⃣date: 2019\n---\nTexte\n")
    let found = try problems(marked)
    #expect(found.count == 1)
    expect(found, .invalidYAML, at: (3, 5))
  }

  @Test func tabAfterTheErrorIsLeftAlone() throws {
    // The error is the unclosed bracket; the tab in the block text below it is text.
    let marked = MarkedText(
      "---\ntitre: [Un\n1️⃣date: 2019\nresume: |\n  ligne\n\tsuite\n---\nTexte\n")
    let found = try problems(marked)
    #expect(found.count == 1)
    #expect(found.first?.message.fr.contains("tabulation") == false)
  }
}
