import Foundation
import Testing

@testable import RecitKit

/// `Tests/Fixtures/mistakes/<class>/`: one slip, one error (or none), with the right advice, and
/// fix-its that, once applied, leave a project that checks clean for that slip.
@Suite struct MistakeFixtureTests {
  static let folder = Fixtures.path("mistakes")

  static var classes: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { ProjectLocator.isDirectory(folder + "/" + $0) }.sorted()
  }

  /// `severity rule file:line:column[ fix]`, one line per diagnostic.
  static func lines(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map {
      "\($0.severity.rawValue) \($0.rule.rawValue) \($0.location)" + ($0.fix == nil ? "" : " fix")
    }
  }

  static func expected(_ name: String, _ file: String) -> [String]? {
    guard let text = try? String(contentsOfFile: "\(folder)/\(name)/\(file)", encoding: .utf8)
    else { return nil }
    return text.split(separator: "\n").map(String.init)
  }

  static func check(_ path: String) throws -> [Diagnostic] {
    let project = try ProjectLoader().load(path: path).get()
    return Checker().check(project)
  }

  /// The project's files (relative path → text).
  static func files(of name: String) throws -> [String: String] {
    let root = folder + "/" + name
    var files: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let path = enumerator?.nextObject() as? String {
      guard !ProjectLocator.isDirectory(root + "/" + path), !path.hasPrefix("expected") else {
        continue
      }
      files[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }
    return files
  }

  @Test func everyClassHasAFixture() {
    #expect(
      Self.classes == [
        "broken-actors-file", "broken-front-matter", "broken-narrative", "category-word",
        "colon-in-value",
        "empty-list", "french-dates", "id-prefix", "name-as-id", "step-label",
        "tab-in-actors-file", "tab-in-front-matter", "unquoted-placeholder",
      ])
  }

  @Test(arguments: classes) func exactDiagnostics(_ name: String) throws {
    let found = try Self.check(Self.folder + "/" + name)
    let expected = try #require(Self.expected(name, "expected.txt"))
    #expect(Self.lines(found) == expected, "\(name)")
  }

  @Test(arguments: classes) func fixesLeaveTheProjectCleanForTheSlip(_ name: String) throws {
    let found = try Self.check(Self.folder + "/" + name)
    var files = try Self.files(of: name)
    let edits = found.compactMap(\.fix).flatMap(\.edits)
    for (file, fileEdits) in Dictionary(grouping: edits, by: \.file) {
      let text = try #require(files[file], "\(file)")
      files[file] = try FixApplication.apply(fileEdits, to: text)
    }
    let project = try TemporaryProject(files)
    let after = try Self.check(project.root)
    let expected =
      Self.expected(name, "expected-after-fix.txt")
      ?? Self.lines(found.filter { $0.fix == nil })
    #expect(Self.lines(after) == expected, "\(name)")
  }

  // MARK: The advice and what is read

  @Test func colonInValueKeepsTheTextItReadsAs() throws {
    let project = try ProjectLoader().load(path: Self.folder + "/colon-in-value").get()
    let action = try #require(project.actions.first { $0.id == "marche" })
    #expect(action.schema.object?.value == "Objectif : rendre le centre attractif")
    let diagnostic = try #require(Checker().check(project).first)
    #expect(diagnostic.hint?.fr.contains("\"Objectif : rendre le centre attractif\"") == true)
    let edit = try #require(diagnostic.fix?.edits.first)
    #expect(edit.line == 11)
    #expect(edit.column == 10)
    #expect(edit.original == "Objectif : rendre le centre attractif")
    #expect(edit.replacement == "\"Objectif : rendre le centre attractif\"")
  }

  @Test func tabIsReadAsSpacesAndNotCalledAQuotingProblem() throws {
    let project = try ProjectLoader().load(path: Self.folder + "/tab-in-front-matter").get()
    let action = try #require(project.actions.first { $0.id == "marche" })
    #expect(action.schema.subjects?.map(\.id) == ["mairie"])
    #expect(action.actors.map(\.id).sorted() == ["amap", "producteurs"])
    let diagnostic = try #require(project.diagnostics.first)
    #expect(!diagnostic.message.fr.contains("guillemets"))
    #expect(diagnostic.message.fr.contains("tabulation"))
    #expect(diagnostic.hint?.fr.contains("guillemets") == false)
    #expect(
      diagnostic.fix?.edits
        == [
          FixIt.Edit(
            file: "actions/marche/action.md", line: 10, column: 1, original: "\t",
            replacement: "  ")
        ])
  }

  @Test func tabInActorsFileIsOneErrorWithAnEditPerLine() throws {
    let project = try ProjectLoader().load(path: Self.folder + "/tab-in-actors-file").get()
    let mairie = try #require(project.actors.first { $0.id == "mairie" })
    #expect(mairie.name?.value == "Mairie de Malaunay")
    #expect(mairie.category == .elected)
    let diagnostic = try #require(project.diagnostics.first)
    #expect(diagnostic.fix?.edits.map(\.line) == [2, 3, 4])
  }

  @Test func unquotedPromptIsNotAMissingObject() throws {
    let found = try Self.check(Self.folder + "/unquoted-placeholder")
    #expect(!found.contains { $0.rule == .missingObject })
    #expect(!found.contains { $0.rule == .missingHelper })
    let diagnostic = try #require(found.last)
    #expect(diagnostic.message.fr.contains("invite à compléter"))
    #expect(diagnostic.fix?.edits.first?.original == "[[À compléter]]")
    #expect(diagnostic.fix?.edits.first?.replacement == "\"[[À compléter]]\"")
    // In a list of actors, quoting would name an actor that does not exist: no fix, the ids.
    let helpers = try #require(found.first)
    #expect(helpers.fix == nil)
    #expect(helpers.hint?.fr.contains("identifiants des acteurs") == true)
  }

  @Test func nameUsedAsIdSuggestsTheId() throws {
    let diagnostic = try #require(try Self.check(Self.folder + "/name-as-id").first)
    #expect(diagnostic.hint?.fr.contains("désignez-le par son identifiant, mairie") == true)
    #expect(diagnostic.hint?.fr.contains("déclarez") == false)
  }

  @Test func idPrefixSuggestsTheWholeId() throws {
    let diagnostic = try #require(try Self.check(Self.folder + "/id-prefix").first)
    #expect(diagnostic.hint?.fr == "vouliez-vous dire « chambre-agriculture » ?")
  }

  @Test func categoryWordGetsTheRightValue() throws {
    let diagnostic = try #require(try Self.check(Self.folder + "/category-word").first)
    #expect(
      diagnostic.hint?.fr.hasPrefix("pour « Association », écrivez « acteur-socio-economique »")
        == true)
    for (word, value) in [
      ("entreprise", "acteur-socio-economique"), ("préfecture", "etat"), ("citoyens", "habitant"),
      ("commune", "elu"),
    ] {
      #expect(Decoder.categoryAdvice(word)?.fr.contains("« \(value) »") == true, "\(word)")
    }
    #expect(Decoder.categoryAdvice("xyz") == nil)
  }

  @Test func stepLabelsAreNormalised() throws {
    let project = try ProjectLoader().load(path: Self.folder + "/step-label").get()
    let marche = try #require(project.actions.first { $0.id == "marche" })
    #expect(marche.quest.map(\.label.value.text) == ["0", "1", "1 bis"])
    let jardin = try #require(project.actions.first { $0.id == "jardin" })
    // `1.bis` is refused (with a fix) and read as `1 bis`.
    #expect(jardin.quest.map(\.label.value.text) == ["0", "1", "1 bis"])
  }

  @Test func frenchDatesAreRead() throws {
    let project = try ProjectLoader().load(path: Self.folder + "/french-dates").get()
    let marche = try #require(project.actions.first { $0.id == "marche" })
    #expect(marche.date?.value == PartialDate(year: 2019, month: 9))
    #expect(marche.narratives.last?.date?.value == PartialDate(year: 2019, month: 10, day: 2))
    let jardin = try #require(project.actions.first { $0.id == "jardin" })
    #expect(jardin.narratives.last?.date?.value == PartialDate(year: 2021, month: 6, day: 1))
    #expect(DateWords.text(PartialDate(year: 2021, month: 6, day: 1), .fr) == "1er juin 2021")
    #expect(DateWords.text(PartialDate(year: 2019, month: 9), .fr) == "septembre 2019")
  }

  @Test func rootCausesComeFirst() {
    let note = Diagnostic(
      .unusedActor, at: SourceLocation(file: "acteurs.yml", line: 1, column: 1),
      LocalizedText(fr: "n", en: "n"))
    let broken = Diagnostic(
      .invalidYAML, at: SourceLocation(file: "actions/z.md", line: 9, column: 1),
      LocalizedText(fr: "y", en: "y"))
    let unreadable = Diagnostic(
      .unreadableFile, at: SourceLocation(file: "actions/a.md", line: 1, column: 1),
      LocalizedText(fr: "u", en: "u"))
    #expect([note, broken, unreadable].sorted() == [unreadable, broken, note])
  }

  @Test func brokenActorsFileCausesNoUnknownActor() throws {
    let found = try Self.check(Self.folder + "/broken-actors-file")
    #expect(!found.contains { $0.rule == .unknownActor })
    #expect(found.count == 1)
  }
}

/// Applies fix-it edits to a text the way `recit check --corriger` must: each edit must find
/// the text it expects.
enum FixApplication {
  struct Mismatch: Error, CustomStringConvertible {
    let edit: FixIt.Edit
    var description: String { "edit does not match the text: \(edit)" }
  }

  static func apply(_ edits: [FixIt.Edit], to text: String) throws -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0.unicodeScalars)
    }
    let ordered = edits.sorted { ($0.line, $0.column) > ($1.line, $1.column) }
    for edit in ordered {
      let index = edit.line - 1
      let start = edit.column - 1
      let original = Array(edit.original.unicodeScalars)
      guard lines.indices.contains(index), start >= 0,
        start + original.count <= lines[index].count,
        Array(lines[index][start..<(start + original.count)]) == original
      else { throw Mismatch(edit: edit) }
      lines[index].replaceSubrange(
        start..<(start + original.count), with: Array(edit.replacement.unicodeScalars))
    }
    return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
  }
}
