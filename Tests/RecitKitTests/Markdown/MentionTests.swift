import Foundation
import RecitModel
import Testing

@testable import RecitKit

/// Both forms of mention, `@id` and `[words](@id)`, read from the `mentions` fixture project:
/// nodes of the tree, references checked like any other.
@Suite struct MentionTests {
  static func load() throws -> Project {
    try ProjectLoader().load(path: Fixtures.path("mentions")).get()
  }

  @Test func aLinkToAnIdIsAMentionWithItsWordsAndTheLinksLocation() throws {
    let project = try Self.load()
    let action = try #require(project.actions.first { $0.id == "cantine" })
    let body = try #require(action.carried?.body)
    guard case .paragraph(let inlines) = body.blocks.first?.content else {
      Issue.record("no paragraph")
      return
    }
    let at = { (line: Int, column: Int) in
      RecitModel.SourceLocation(file: "actions/cantine.md", line: line, column: column)
    }
    #expect(
      inlines == [
        .text("L'idée est venue "),
        .mention(
          id: "maire", text: [.text("du "), .emphasis([.text("jeune")]), .text(" maire")],
          location: at(12, 18)),
        .text(", puis "), .mention(id: "parents", location: at(12, 51)),
        .text(" l'ont portée."), .softBreak, .mention(id: "mairie", location: at(13, 1)),
        .text(" a voté le budget ; "),
        .mention(id: "mairie", text: [.text("la commune")], location: at(13, 28)),
        .text(" paie la moitié."),
      ])
    // Code spans and blocks stay literal: neither `@parents` nor `[le code](@maire)` is a mention.
    #expect(
      body.blocks[1].content
        == .paragraph([
          .text("Ni "), .code("@parents"), .text(" ni "), .code("[le code](@maire)"),
          .text(" ne sont des mentions."),
        ]))
    #expect(
      body.mentions.map { "\($0.id) \($0.location.line):\($0.location.column)" } == [
        "maire 12:18", "parents 12:51", "mairie 13:1", "mairie 13:28", "voisins 17:1",
      ])
  }

  @Test func anUnknownIdInALinkIsReportedWhereTheLinkStarts() throws {
    let found = Checker().check(try Self.load()).filter { $0.rule == .unknownActor }
    #expect(found.count == 1)
    let diagnostic = try #require(found.first)
    #expect(
      diagnostic.location
        == RecitModel.SourceLocation(file: "actions/cantine.md", line: 17, column: 1))
    #expect(diagnostic.message.text(in: .fr).contains("« voisins »"))
  }

  @Test func otherLinksAndAddressesAreNoMentions() {
    let blocks = MarkupParser.parse(
      "[site](https://example.org/@amap) [mail](mailto:a@b.fr) [vide](@) [deux](@a@b)")
    var collector = MentionIDs()
    collector.visit(blocks)
    #expect(collector.ids.isEmpty)
  }

  @Test func theShortFormIsReadFromActorsFilesAndFrontMatter() throws {
    let project = try Self.load()
    let parents = try #require(project.actors.first { $0.id == "parents" })
    #expect(parents.short?.value == "les parents d'élèves")
    #expect(parents.short?.location.line == 4)
    #expect(parents.mentionName == "les parents d'élèves")
    let mairie = try #require(project.actors.first { $0.id == "mairie" })
    #expect(mairie.short == nil)
    #expect(mairie.mentionName == "Mairie de Testville")
    let files = [
      "recit.yml": "territoire: T\n",
      "actions/a.md":
        "---\ntitre: A\nacteurs:\n  jeunes: { name: Jeunes du bourg, short: les jeunes }\n---\n@jeunes\n",
    ]
    let other = try TemporaryProject(files).load()
    let jeunes = try #require(other.actions.first?.actors.first)
    #expect(jeunes.mentionName == "les jeunes")
    // The key is known: nothing is reported on its line.
    #expect(Checker().check(other).filter { $0.location.line == 4 }.isEmpty)
  }
}

extension MentionTests {
  @Test func aShortFormThatIsNotATextIsReportedAndTheActorKept() throws {
    let files = [
      "recit.yml": "territoire: T\n",
      "acteurs.yml": "mairie:\n  nom: Mairie\n  court: [la, mairie]\n",
      "actions/a.md": "---\ntitre: A\n---\n@mairie\n",
    ]
    let project = try TemporaryProject(files).load()
    let found = Checker().check(project).filter { $0.rule == .wrongType }
    #expect(
      found.map { "\($0.location.file):\($0.location.line):\($0.location.column)" } == [
        "acteurs.yml:3:10"
      ])
    #expect(found.first?.message.text(in: .fr).hasPrefix("court : un texte est attendu") == true)
    let mairie = try #require(project.actors.first)
    #expect(mairie.short == nil)
    #expect(mairie.mentionName == "Mairie")
  }
}

private struct MentionIDs: MarkupWalker {
  var ids: [String] = []
  mutating func visitMention(id: String, text: [Inline]?, location: RecitModel.SourceLocation?) {
    ids.append(id)
  }
}
