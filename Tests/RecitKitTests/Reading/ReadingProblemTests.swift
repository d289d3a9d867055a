import Foundation
import Testing

@testable import RecitKit

/// Reading files: front matter, encodings, sizes, broken files that do not stop the others.
@Suite struct ReadingProblemTests: ParseProblemExpectations {
  @Test func unclosedFrontMatterIsReported() throws {
    let marked = MarkedText("1️⃣---\ntitre: Un\nTexte sans fin d'en-tête\n")
    expect(try problems(marked), .invalidYAML, at: marked["1️⃣"])
  }

  @Test func invalidUTF8IsLocatedAtTheFirstBadByte() throws {
    let project = try TemporaryProject(["recit.yml": "territoire: T\n"])
    var bytes = Array("---\ntitre: Un\n---\nCafé ".utf8)
    bytes += [0xE9, 0x0A]  // Latin-1 "é"
    try project.write(Data(bytes), to: "actions/latin1.md")
    let found = try project.load().diagnostics
    #expect(found.count == 1)
    #expect(found.first?.rule == .unreadableFile)
    #expect(found.first?.location.line == 4)
    #expect(found.first?.location.column == 6)
  }

  @Test func tooLargeFileIsRefused() throws {
    let project = try TemporaryProject(["recit.yml": "territoire: T\n"])
    try project.write(
      String(repeating: "a", count: SourceText.maximumFileSize + 1), to: "actions/gros.md")
    let found = try project.load().diagnostics
    #expect(found.map(\.rule) == [.unreadableFile])
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
    #expect(found.map(\.rule) == [.invalidValue, .unknownField])
    #expect(found.map(\.location.line) == [2, 4])
    #expect(found.last?.hint?.fr.contains("recit-unique") == true)
  }

  @Test func actionFolderWithoutMainFileIsReported() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n",
      "actions/orphelin/amap.md": "---\nnarrateur: amap\n---\n",
    ])
    let found = try project.load().diagnostics
    #expect(found.map(\.rule) == [.missingActionFile])
    #expect(found.first?.location.file == "actions/orphelin/")
  }
}
