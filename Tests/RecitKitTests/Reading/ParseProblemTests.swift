import Foundation
import Testing

@testable import RecitKit

/// Each parse problem is reported with its rule at the exact line and column, and the rest of
/// the project still loads.
@Suite struct ParseProblemTests {
  /// Loads `marked` as `actions/essai.md` and returns the loader's diagnostics.
  private func problems(_ marked: MarkedText, extra: [String: String] = [:]) throws -> [Diagnostic]
  {
    try singleActionProject(marked, extra: extra).load().diagnostics
  }

  private func expect(
    _ diagnostics: [Diagnostic], _ rule: Rule, at position: (line: Int, column: Int),
    file: String = "actions/essai.md", sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let match = diagnostics.first { $0.rule == rule }
    #expect(
      match != nil, "no \(rule.rawValue) in \(diagnostics.map(\.rule.rawValue))",
      sourceLocation: sourceLocation)
    #expect(match?.location.file == file, sourceLocation: sourceLocation)
    #expect(match?.location.line == position.line, "line", sourceLocation: sourceLocation)
    #expect(match?.location.column == position.column, "column", sourceLocation: sourceLocation)
  }

  @Test func yamlSyntaxErrorIsLocated() throws {
    let marked = MarkedText("---\ntitre: Un marché\nobjet: a1️⃣: b\n---\nTexte\n")
    let found = try problems(marked)
    expect(found, .yamlInvalide, at: marked["1️⃣"])
    #expect(found.first?.message.fr.contains("guillemets") == true)
  }

  @Test func unclosedQuoteIsReported() throws {
    let marked = MarkedText("---\ntitre: \"Un marché\nschema: {}\n1️⃣---\nTexte\n")
    let found = try problems(marked)
    #expect(found.count == 1)
    #expect(found.first?.rule == .yamlInvalide)
  }

  @Test func anchorsAreRefusedAtTheAnchor() throws {
    let marked = MarkedText("---\ntitre: Essai\nacteurs:\n  mairie: 1️⃣&m { nom: Mairie }\n---\n")
    expect(try problems(marked), .yamlInvalide, at: marked["1️⃣"])
  }

  @Test func aliasesAreRefusedAtTheAlias() throws {
    // A valid anchor is refused first; an alias with no anchor is a syntax error of its own.
    let marked = MarkedText("---\ntitre: Essai\nschema:\n  sujet: 1️⃣*m\n---\n")
    let found = try problems(marked)
    expect(found, .yamlInvalide, at: marked["1️⃣"])
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
    #expect(found.first?.rule == .yamlInvalide)
    #expect(found.first?.location.line == 2)
    // Refused at the first anchor: no walk over the expansion (generous bound for a slow CI).
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func duplicateKeyIsReportedAtTheSecondKey() throws {
    let marked = MarkedText("---\ntitre: Un\ndate: 2019\n1️⃣titre: Deux\n---\nTexte\n")
    let project = try singleActionProject(marked).load()
    expect(project.diagnostics, .yamlInvalide, at: marked["1️⃣"])
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

  @Test func unknownKeyGetsTheClosestKnownKey() throws {
    let marked = MarkedText("---\ntitre: Essai\n1️⃣shema:\n  sujet: x\n---\n")
    let found = try problems(marked)
    expect(found, .champInconnu, at: marked["1️⃣"])
    #expect(found.first?.hint?.fr.contains("schema") == true)
  }

  @Test func wrongTypeIsReportedAtTheValue() throws {
    let marked = MarkedText("---\ntitre:\n  1️⃣a: b\nquete: 2️⃣oui\n---\n")
    let found = try problems(marked)
    expect(found, .typeInvalide, at: marked["1️⃣"])
    #expect(found.filter { $0.rule == .typeInvalide }.map(\.location.line) == [3, 4])
    #expect(found.filter { $0.rule == .typeInvalide }.last?.location.column == marked["2️⃣"].column)
  }

  @Test func frenchAndEnglishKeyForOneFieldIsAnError() throws {
    let marked = MarkedText("---\ntitre: Un\n1️⃣title: One\n---\n")
    expect(try problems(marked), .aliasMixte, at: marked["1️⃣"])
  }

  @Test func invalidValueIsLocatedWithAHint() throws {
    let marked = MarkedText(
      "---\ntitre: Un\nacteurs:\n  amap: { nom: AMAP, categorie: 1️⃣habitants }\n---\n")
    let found = try problems(marked)
    expect(found, .valeurInvalide, at: marked["1️⃣"])
    #expect(found.first?.hint?.fr.contains("habitant") == true)
  }

  @Test func actorIdsMustBeKebabCase() throws {
    let marked = MarkedText("---\ntitre: Un\nacteurs:\n  1️⃣La Mairie: { nom: M }\n---\n")
    let found = try problems(marked)
    expect(found, .valeurInvalide, at: marked["1️⃣"])
    #expect(found.first?.hint?.fr.contains("la-mairie") == true)
  }

  @Test func malformedDateIsLocated() throws {
    let marked = MarkedText("---\ntitre: Un\ndate: 1️⃣2019-13\n---\n")
    expect(try problems(marked), .dateInvalide, at: marked["1️⃣"])
  }

  @Test func unclosedFrontMatterIsReported() throws {
    let marked = MarkedText("1️⃣---\ntitre: Un\nTexte sans fin d'en-tête\n")
    expect(try problems(marked), .yamlInvalide, at: marked["1️⃣"])
  }

  @Test func invalidUTF8IsLocatedAtTheFirstBadByte() throws {
    let project = try TemporaryProject(["recit.yml": "territoire: T\n"])
    var bytes = Array("---\ntitre: Un\n---\nCafé ".utf8)
    bytes += [0xE9, 0x0A]  // Latin-1 "é"
    try project.write(Data(bytes), to: "actions/latin1.md")
    let found = try project.load().diagnostics
    #expect(found.count == 1)
    #expect(found.first?.rule == .fichierIllisible)
    #expect(found.first?.location.line == 4)
    #expect(found.first?.location.column == 6)
  }

  @Test func tooLargeFileIsRefused() throws {
    let project = try TemporaryProject(["recit.yml": "territoire: T\n"])
    try project.write(
      String(repeating: "a", count: SourceText.maximumFileSize + 1), to: "actions/gros.md")
    let found = try project.load().diagnostics
    #expect(found.map(\.rule) == [.fichierIllisible])
  }

  @Test func bomAndCRLFAreAccepted() throws {
    let project = try TemporaryProject(["recit.yml": "territoire: T\n"])
    try project.write(
      Data(
        [0xEF, 0xBB, 0xBF]
          + Array("---\r\ntitre: Un\r\nschema:\r\n  sujet: @x\r\n---\r\nTexte\r\n".utf8)),
      to: "actions/crlf.md")
    let found = try project.load()
    // `@x` cannot start a plain YAML scalar: the error points at line 4, column 10.
    #expect(found.diagnostics.first?.location.line == 4)
    #expect(found.diagnostics.first?.location.column == 10)
    try project.write(
      Data([0xEF, 0xBB, 0xBF] + Array("---\r\ntitre: Un\r\n---\r\nTexte\r\n".utf8)),
      to: "actions/crlf.md")
    let clean = try project.load()
    #expect(clean.diagnostics.isEmpty)
    #expect(clean.actions.first?.title?.value == "Un")
    #expect(clean.actions.first?.carried?.body.markdown == "Texte")
  }

  @Test func oneBrokenFileDoesNotStopTheOthers() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n",
      "actions/a.md": "---\ntitre: [\n---\n",
      "actions/b.md": "---\ntitre: Deux\n---\nTexte\n",
      "actions/c/action.md": "---\ntitre: Trois\n---\nTexte\n",
      "actions/c/autre.md": "---\nnarrateur: x\n  bad: indent\n---\n",
    ])
    let loaded = try project.load()
    #expect(loaded.actions.map(\.id) == ["a", "b", "c"])
    #expect(loaded.actions[1].title?.value == "Deux")
    #expect(loaded.actions[2].narratives.count == 2)
    #expect(Set(loaded.diagnostics.map(\.location.file)) == ["actions/a.md", "actions/c/autre.md"])
  }

  @Test func settingsProblemsAreLocated() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\nlangue: allemand\nregles:\n  recit-uniqe: off\n",
      "actions/a.md": "---\ntitre: Un\n---\n",
    ])
    let found = try project.load().diagnostics
    #expect(found.map(\.rule) == [.valeurInvalide, .champInconnu])
    #expect(found.map(\.location.line) == [2, 4])
    #expect(found.last?.hint?.fr.contains("recit-unique") == true)
  }

  @Test func actionFolderWithoutMainFileIsReported() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n",
      "actions/orphelin/amap.md": "---\nnarrateur: amap\n---\n",
    ])
    let found = try project.load().diagnostics
    #expect(found.map(\.rule) == [.actionIntrouvable])
    #expect(found.first?.location.file == "actions/orphelin/")
  }
}
