import Foundation
import Testing

@testable import RecitKit

/// The Markdown export is one outline: bodies and the comparison sit under the layout's
/// headings, never beside them.
@Suite struct MarkdownExportTests {
  @Test func bodiesAndTheComparisonNestUnderTheLayoutHeadings() throws {
    let project = try CompareGoldenTests.load("malaunay")
    let builder = Builder(
      project: project, outputFolder: "", formats: [.markdown],
      engine: try TemplateEngine(templates: .builtIn))
    let files = try builder.render()
    let markdown = try #require(files.first { $0.path == "markdown/creation-amap.md" }).content
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init)
    let comparison = try #require(headings.firstIndex(of: "## Points de vue"))
    #expect(headings[comparison + 1].hasPrefix("### Points de vue — "))
    #expect(headings.filter { $0.hasPrefix("## Points de vue") }.count == 1)
    // Under `### récit porté`, the body's `#` is a `####`.
    let carried = try #require(headings.firstIndex { $0.hasPrefix("### récit porté") })
    #expect(headings[carried + 1].hasPrefix("#### "))
    #expect(!markdown.contains("@maire"))
    #expect(markdown.contains("Maire de Malaunay"))
  }
}
