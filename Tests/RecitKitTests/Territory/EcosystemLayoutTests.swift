import Foundation
import Testing

@testable import RecitKit
@testable import RecitModel

/// The network diagram stays readable for a territory of 50 actors and 40 actions: no two
/// label boxes overlap, every box is inside the drawing, and every actor is drawn once.
@Suite struct EcosystemLayoutTests {
  /// A generated project: 50 actors spread unevenly over the categories (long names among
  /// them), 40 actions whose schemas draw helpers and opponents with a seeded generator.
  static func generated(actors count: Int = 50, actions: Int = 40, seed: UInt64 = 16) -> Project {
    var random = SeededGenerator(seed: seed)
    let categories: [ActorCategory?] = [
      .elected, .staff, .staff, .state, .socioEconomic, .socioEconomic, .socioEconomic, .resident,
      .resident, .other, nil,
    ]
    let location = SourceLocation(file: "acteurs.yml", line: 1, column: 1)
    let actors = (0..<count).map { index in
      let long = index % 7 == 0 ? " de la communauté de communes du Pays de Test-sur-Mer" : ""
      return Actor(
        id: "acteur-\(index)", name: Text("Acteur numéro \(index)\(long)", at: location),
        category: categories[Int(random.next() % UInt64(categories.count))], scope: .project,
        location: location)
    }
    func pick(_ n: Int) -> [Reference] {
      (0..<n).map { _ in
        Reference("acteur-\(Int(random.next() % UInt64(count)))", at: location)
      }
    }
    let list = (0..<actions).map { index in
      let file = "actions/action-\(index).md"
      let schema = ActantialSchema(
        senders: pick(1), subjects: pick(1), object: Text("Objet \(index)", at: location),
        receivers: pick(2), helpers: pick(3), opponents: pick(2))
      let narrative = Narrative(
        file: file, stance: nil, narrator: nil, title: nil, date: nil, schema: schema, quest: nil,
        disagreements: [], body: Body(markdown: "", location: location))
      return Action(
        id: "action-\(index)", file: file, title: Text("Action \(index)", at: location),
        schema: schema, narratives: [narrative])
    }
    return Project(
      root: "/tmp", hasSettingsFile: true,
      settings: ProjectSettings(territory: Text("Pays de Test", at: location)), actors: actors,
      actions: list, files: [], diagnostics: [])
  }

  @Test func fiftyActorsFortyActionsNoLabelOverlaps() throws {
    let territory = Territory(project: Self.generated())
    #expect(territory.actors.count == 50)
    #expect(territory.edges.count > 100)
    let diagram = EcosystemDiagram(territory: territory, language: .fr)
    #expect(diagram.nodes.count == 50)
    #expect(Set(diagram.nodes.map(\.id)).count == 50)
    let boxes = diagram.boxes
    let frame = DiagramRect(x: 0, y: 0, width: diagram.width, height: diagram.height)
    for (index, box) in boxes.enumerated() {
      #expect(frame.contains(box), "box \(index) \(box) outside \(frame)")
      for other in boxes[(index + 1)...] {
        #expect(!box.intersects(other), "\(box) overlaps \(other)")
      }
    }
    // Nodes stand left of their own label, never inside another label.
    for node in diagram.nodes {
      let dot = DiagramRect(
        x: node.center.x - EcosystemDiagram.nodeRadius,
        y: node.center.y - EcosystemDiagram.nodeRadius,
        width: 2 * EcosystemDiagram.nodeRadius, height: 2 * EcosystemDiagram.nodeRadius)
      #expect(!boxes.contains { $0.intersects(dot) })
    }
    // Long names are cut to the column, with an ellipsis.
    #expect(diagram.nodes.contains { $0.label.hasSuffix("…") })
    #expect(
      diagram.nodes.allSatisfy { $0.labelBox.width <= Int(EcosystemDiagram.maxLabelWidth) + 4 })
    // The document is valid XML with one labelled group per actor.
    let svg = diagram.svgDocument()
    let collector = XMLErrorCollector()
    #expect(SafeXMLParser.parse(svg, collector: collector) != nil)
    #expect(collector.problems.isEmpty)
    #expect(svg.components(separatedBy: "<g class=\"acteur\">").count == 51)
  }

  @Test func theLayoutIsDeterministic() {
    let first = EcosystemDiagram(territory: Territory(project: Self.generated()), language: .fr)
    let second = EcosystemDiagram(territory: Territory(project: Self.generated()), language: .fr)
    #expect(first.svgDocument() == second.svgDocument())
  }
}

/// A small deterministic generator (SplitMix64), so that the generated project is the same on
/// every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The map stays proportionate to what the narratives say: past `matrixColumnLimit` actions,
/// the role matrix lists each actor's actions instead of one column per action.
@Suite struct TerritoryMatrixBoundTests {
  static func tables(_ blocks: [Block]) -> [MarkupTable] {
    blocks.compactMap { block in
      if case .table(let table) = block.content { return table }
      return nil
    }
  }

  @Test func fortyActionsAreColumnsAHundredAreAListPerActor() throws {
    let forty = Territory(project: EcosystemLayoutTests.generated(actions: 40))
    let matrix = try #require(Self.tables(forty.mapDocument(.html)).first)
    #expect(matrix.header.cells.count == 41)
    let hundred = Territory(project: EcosystemLayoutTests.generated(actions: 100))
    let list = try #require(Self.tables(hundred.mapDocument(.html)).first)
    #expect(list.header.cells.count == 2)
    #expect(list.rows.allSatisfy { $0.cells.count == 2 })
    // Every part an actor plays is still there: one link per action that names it.
    let links = list.rows.map { row in
      row.cells[1].content.filter {
        if case .link = $0 { return true }
        return false
      }.count
    }
    #expect(links.reduce(0, +) == hundred.matrix.values.map(\.count).reduce(0, +))
  }
}
