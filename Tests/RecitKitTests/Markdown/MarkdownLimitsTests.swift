import Foundation
import RecitModel
import Testing

@testable import RecitKit

/// Each cap of `MarkdownLimits` holds at its value and is passed one above it, where the text
/// says; what does not reach cmark-gfm's inline parser as one run (other paragraphs, fenced
/// code, escaped characters, other table rows) is not counted.
@Suite struct MarkdownLimitsTests {
  func excess(_ text: String) -> MarkdownLimits.Excess? { MarkdownLimits.excess(in: text) }

  func repeated(_ text: String, _ count: Int) -> String {
    String(repeating: text, count: count)
  }

  @Test func bracketsAreCountedPerParagraph() {
    let cap = MarkdownLimits.bracketsPerParagraph
    #expect(excess(repeated("[", cap)) == nil)
    #expect(excess(repeated("[", cap + 1)) == .init(limit: .brackets, line: 1, column: cap + 1))
    // Spread over the lines of one paragraph, they still count together.
    #expect(excess(repeated("é [\n", cap + 1))?.line == cap + 1)
    #expect(excess(repeated("é [\n", cap + 1))?.column == 3)
    // A blank line starts another paragraph; escaped brackets and fenced code do not count.
    #expect(excess(repeated("[\n", cap) + "\n" + repeated("[\n", cap)) == nil)
    #expect(excess(repeated("\\[", cap * 2)) == nil)
    #expect(excess("~~~\n" + repeated("[", cap * 2) + "\n~~~\n") == nil)
    #expect(excess("```\n```\n" + repeated("[", cap + 1))?.line == 3)
  }

  @Test func emphasisRunsAndCommentsAreCountedPerParagraph() {
    let runs = MarkdownLimits.delimiterRunsPerParagraph
    #expect(excess(repeated("**a ", runs)) == nil)
    #expect(
      excess(repeated("**a ", runs + 1))
        == .init(limit: .delimiterRuns, line: 1, column: 4 * runs + 1))
    let comments = MarkdownLimits.commentOpenersPerParagraph
    #expect(excess(repeated("<!--", comments)) == nil)
    #expect(excess(repeated("<!--", comments + 1))?.limit == .commentOpeners)
    #expect(excess(repeated("<!", comments * 2)) == nil)
  }

  @Test func tablesAreBoundedInColumnsAndCells() {
    func table(columns: Int, rows: Int) -> String {
      "Avant.\n\n|" + repeated("a|", columns) + "\n|" + repeated("-|", columns) + "\n"
        + repeated("|x\n", rows)
    }
    let columns = MarkdownLimits.tableColumns
    #expect(excess(table(columns: columns, rows: 10)) == nil)
    #expect(
      excess(table(columns: columns + 1, rows: 1))
        == .init(limit: .tableColumns, line: 4, column: 1))
    let rows = MarkdownLimits.tableCells / 100
    #expect(excess(table(columns: 100, rows: rows)) == nil)
    #expect(
      excess(table(columns: 100, rows: rows + 1))
        == .init(limit: .tableCells, line: 4 + rows + 1, column: 1))
    // Rows are parsed cell by cell: brackets are counted per row, not per table.
    let linked = "|a|\n|-|\n" + repeated("|[x](y)|\n", MarkdownLimits.bracketsPerParagraph * 2)
    #expect(excess(linked) == nil)
    // A line of hyphens after a blank line is no delimiter row.
    #expect(excess("\n|" + repeated("-|", columns * 2)) == nil)
  }

  @Test func nestingIsMeasuredOnTheTreeBeforeItIsWalked() throws {
    // The depth counts every node: 126 quotes, then the paragraph, then its text, is 128.
    let cap = MarkdownLimits.nestingDepth
    #expect(MarkupParser.parseWithinLimits(repeated("> ", cap - 2) + "a").excess == nil)
    #expect(
      MarkupParser.parseWithinLimits(repeated("> ", cap - 1) + "a").excess?.location.column
        == 2 * (cap - 1) + 1)
    let (blocks, excess) = MarkupParser.parseWithinLimits(
      repeated("> ", cap + 1) + "a", file: "a.md", firstLine: 7)
    let found = try #require(excess)
    #expect(found.rule == .pathologicalMarkdown)
    #expect(found.location == SourceLocation(file: "a.md", line: 7, column: 2 * cap + 1))
    // The text is kept as written, as one paragraph, never walked.
    #expect(blocks.count == 1)
    guard case .paragraph(let inlines) = blocks.first?.content, inlines.count == 1,
      case .text(let text) = inlines[0]
    else {
      Issue.record("not one paragraph: \(blocks)")
      return
    }
    #expect(text == repeated("> ", cap + 1) + "a")
  }

  @Test func everySampleBodyIsWithinTheLimits() throws {
    let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Samples")
    let files = try #require(FileManager.default.enumerator(atPath: samples.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
    #expect(files.count > 5)
    for file in files {
      let text = try String(
        contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
      #expect(MarkupParser.parseWithinLimits(text).excess == nil, "\(file)")
    }
  }
}
