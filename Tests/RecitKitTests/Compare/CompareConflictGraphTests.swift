import Foundation
import FoundationXML
import Testing

@testable import RecitKit

/// The conflict graph: relations drawn from the comparison's cells, and a clean SVG.
@Suite struct CompareConflictGraphTests {
  let comparison: Comparison
  let graph: ConflictGraph

  init() throws {
    let project = try CompareGoldenTests.load("malaunay")
    let action = try #require(project.actions.first { $0.id == "marche-centre-ville" })
    comparison = Comparison(project: project, action: action)
    graph = ConflictGraph(comparison: comparison)
  }

  private func edgeBetween(_ a: String, _ b: String) -> ConflictGraph.Edge? {
    let ids = comparison.rows.map(\.actor.id)
    guard let i = ids.firstIndex(of: a), let j = ids.firstIndex(of: b) else { return nil }
    return graph.edges.first { $0.from == min(i, j) && $0.to == max(i, j) }
  }

  @Test func townHallAndAMAPAreOpposedInBothTheirNarratives() throws {
    let edge = try #require(edgeBetween("mairie", "amap"))
    #expect(edge.kind == .opposition)
    #expect(edge.relations == [.opposition, .opposition, nil])
  }

  @Test func townHallAndProducersAreAllies() throws {
    let edge = try #require(edgeBetween("mairie", "producteurs"))
    #expect(edge.kind == .alliance)
    #expect(edge.relations == [.alliance, nil, .alliance])
  }

  @Test func receiversAloneRelateToNobody() {
    #expect(edgeBetween("mairie", "commercants") == nil)
  }

  @Test func narrativesThatDisagreeMakeAContestedEdge() {
    let relations: [ConflictGraph.Relation?] = [.alliance, .opposition]
    let edge = ConflictGraph.Edge(from: 0, to: 1, relations: relations)
    #expect(edge.kind == .contested)
  }

  @Test func svgIsAccessibleWellFormedAndScriptless() throws {
    let svg = graph.svg(in: .fr)
    let document = try XMLDocument(xmlString: svg, options: [])
    let root = try #require(document.rootElement())
    #expect(root.name == "svg")
    #expect(root.uri == "http://www.w3.org/2000/svg")
    #expect(try root.nodes(forXPath: "@role").first?.stringValue == "img")
    let children = root.children?.compactMap { $0 as? XMLElement } ?? []
    #expect(children.first?.name == "title")
    #expect(children.dropFirst().first?.name == "desc")
    #expect(children.first?.stringValue?.contains("Carte des conflits") == true)
    #expect(
      try document.nodes(forXPath: "//*[local-name()='circle']").count >= comparison.rows.count)
    #expect(try document.nodes(forXPath: "//*[local-name()='line']").count >= graph.edges.count)
    #expect(!svg.contains("<script"))
    #expect(svg.contains("opposés selon Mairie de Malaunay, AMAP de Malaunay"))
    #expect(graph.svg(in: .en).contains("Conflict map"))
  }

  @Test func specialCharactersInNamesAreEscapedByLibxml2() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: Essai\n",
      "actions/a/action.md": """
      ---
      titre: "<script>alert(1)</script> & co"
      acteurs:
        x: { nom: "A < B & \\"C\\"" }
      schema: { sujet: x, objet: O, adjuvants: [y] }
      ---
      T.
      """,
    ]).load()
    let comparison = Comparison(project: project, action: try #require(project.actions.first))
    let svg = ConflictGraph(comparison: comparison).svg(in: .fr)
    #expect(!svg.contains("<script"))
    #expect(svg.contains("A &lt; B &amp; \"C\""))
    _ = try XMLDocument(xmlString: svg, options: [])
  }
}
