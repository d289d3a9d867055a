import Foundation
import Testing

@testable import RecitKit

/// A narrative that gives its own subject or object inherits no role: what it leaves out is
/// untold in its diagram, its column of the comparison, the conflict map and the JSON, and a
/// note says so (`Tests/Fixtures/untold-roles`).
@Suite struct UntoldRolesTests {
  let project: Project
  let action: Action

  init() throws {
    project = try ProjectLoader().load(path: Fixtures.path("untold-roles")).get()
    action = try #require(project.actions.first)
  }

  func narrative(_ file: String) throws -> Narrative {
    try #require(action.narratives.first { $0.file == "actions/marche/\(file)" })
  }

  @Test func anotherStoryInheritsNoRole() throws {
    let amap = try narrative("amap.md")
    #expect(action.tellsAnotherStory(amap))
    #expect(action.untoldRoles(of: amap) == [.sender, .receivers, .helpers])
    let schema = action.resolvedSchema(of: amap)
    #expect(schema.helpers == nil && schema.senders == nil && schema.receivers == nil)
    #expect(schema.opponents?.map(\.id) == ["mairie"])
  }

  @Test func keepingSubjectAndObjectInheritsAsBefore() throws {
    let shops = try narrative("commercants.md")
    #expect(!action.tellsAnotherStory(shops))
    #expect(action.untoldRoles(of: shops).isEmpty)
    let schema = action.resolvedSchema(of: shops)
    #expect(schema.helpers?.map(\.id) == ["producteurs"])
    #expect(schema.receivers?.map(\.id) == ["commercants"])
  }

  @Test func theNoteListsTheUntoldRolesOfThatNarrativeOnly() {
    let notes = Checker().check(project).filter { $0.rule == .untoldRoles }
    #expect(notes.count == 1)
    let note = notes.first
    #expect(note?.location == SourceLocation(file: "actions/marche/amap.md", line: 4, column: 1))
    #expect(note?.severity == .note)
    #expect(note?.message.fr.hasSuffix("destinateur, destinataires, adjuvants") == true)
  }

  @Test func theDiagramSaysUntoldWhereTheCarriedHelpersUsedToBe() throws {
    let amap = try narrative("amap.md")
    let diagram = ActantialDiagram(
      schema: action.resolvedSchema(of: amap), names: ["producteurs": "Producteurs locaux"],
      untold: Set(action.untoldRoles(of: amap)))
    let svg = diagram.svgDocument()
    #expect(!svg.contains("Producteurs locaux"))
    #expect(svg.components(separatedBy: ">non dit<").count - 1 == 3)
    #expect(diagram.accessibleDescription.contains("Adjuvants\u{00A0}: non dit."))
  }

  @Test func noAllianceIsPutInTheContradictoryNarratorsMouth() throws {
    let comparison = Comparison(project: project, action: action)
    let producers = try #require(comparison.row(for: "producteurs"))
    #expect(producers.cells == [[.helper], [], [.helper]])
    #expect(producers.zone != .cooperation)
    #expect(comparison.narratives[1].untold == [.sender, .receivers, .helpers])
    let graph = ConflictGraph(comparison: comparison)
    let ids = comparison.rows.map(\.actor.id)
    let amapColumnAlliances = graph.edges.filter { $0.relations[1] == .alliance }
    #expect(
      amapColumnAlliances.isEmpty, "\(amapColumnAlliances.map { (ids[$0.from], ids[$0.to]) })")
    let text = comparison.text(in: .fr)
    #expect(text.contains("rôles non dits"))
    #expect(!text.contains("dans les 3 récits"))
  }

  @Test func theJSONListsTheUntoldRoles() throws {
    let comparison = Comparison(project: project, action: action)
    let json = comparison.json.rendered().filter { !$0.isWhitespace }
    #expect(json.contains(#""untoldRoles":["destinateur","destinataires","adjuvants"]"#))
    #expect(json.components(separatedBy: #""untoldRoles":[]"#).count - 1 == 2)
    let export = JSONExport(project: project).document(for: action).rendered().filter {
      !$0.isWhitespace
    }
    #expect(export.contains(#""untoldRoles":["destinateur","destinataires","adjuvants"]"#))
  }
}
