import Testing

@testable import RecitKit

/// A body is read into a tree once: mentions and prompts are nodes of it, located in the file.
@Suite struct BodyTreeTests {
  @Test func mentionsAndPromptsAreNodesWithTheirFilePositions() {
    let (body, placeholders, _) = BodyScanner.scan(
      "Intro.\n\nÉté : @amap et [[ qui ? ]], pas `@code`.\n", file: "a.md", firstLine: 5)
    guard case .paragraph(let inlines) = body.blocks.last?.content else {
      Issue.record("no paragraph")
      return
    }
    let at = { (column: Int) in SourceLocation(file: "a.md", line: 7, column: column) }
    #expect(
      inlines == [
        .text("Été : "), .mention(id: "amap", location: at(7)), .text(" et "),
        .placeholder(" qui ? ", location: at(16)), .text(", pas "), .code("@code"), .text("."),
      ])
    #expect(body.mentions == [Reference("amap", kind: .actor, at: at(7))])
    #expect(placeholders == [Text("qui ?", at: at(16))])
    #expect(body.blocks.first?.location == SourceLocation(file: "a.md", line: 5, column: 1))
  }
}
