import Foundation
import FoundationXML
import Testing

@testable import RecitKit

/// Text, Markdown and HTML all come from the same Comparison: what one says, the others say.
@Suite struct CompareRenderingTests {
  static let comparisons: [Comparison] = {
    CompareGoldenTests.samples.flatMap { sample -> [Comparison] in
      guard let project = try? CompareGoldenTests.load(sample) else { return [] }
      return project.actions.map { Comparison(project: project, action: $0) }
    }
  }()

  /// Line breaks and indentation made single spaces, as a reader sees them.
  private func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private func escapedXML(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  @Test func everySentenceAndHeadlineAppearsInEveryFormat() throws {
    #expect(Self.comparisons.count > 10)
    for comparison in Self.comparisons {
      for language in Language.allCases {
        let text = flat(comparison.text(in: language))
        let markdown = flat(comparison.markdown(in: language))
        let html = flat(comparison.htmlFragment(in: language))
        let phrases =
          [comparison.summary.headline] + comparison.summary.sentences.map(\.text)
        for phrase in phrases.map({ flat($0.text(in: language)) }) {
          #expect(text.contains(phrase), "text of \(comparison.actionID): \(phrase)")
          #expect(markdown.contains(MarkdownEscaping.text(phrase)), "\(comparison.actionID)")
          #expect(html.contains(escapedXML(phrase)), "html of \(comparison.actionID): \(phrase)")
        }
      }
    }
  }

  @Test func everyMatrixCellAppearsInEveryTable() {
    for comparison in Self.comparisons where !comparison.isSinglePointOfView {
      let markdown = comparison.markdown(in: .fr)
      let html = comparison.htmlFragment(in: .fr)
      for row in comparison.rows {
        let cells = row.cells.map { ComparisonWording.cell($0, in: .fr) }
        let name = MarkdownEscaping.text(row.actor.displayName)
        #expect(markdown.contains("| \(name) | \(cells.joined(separator: " | ")) |"))
        #expect(html.contains("<th scope=\"row\">\(escapedXML(row.actor.displayName))</th>"))
      }
    }
  }

  @Test func htmlFragmentIsOneWellFormedSectionWithoutScript() throws {
    for comparison in Self.comparisons {
      let html = comparison.htmlFragment(in: .en)
      let document = try XMLDocument(xmlString: html, options: [])
      #expect(document.rootElement()?.name == "section")
      #expect(!html.contains("<script"))
      #expect(!html.contains("/>"), "no self-closed element in HTML")
      if !comparison.isSinglePointOfView {
        #expect(html.contains("<h3>Roles by narrative</h3>"))
        #expect(html.contains("<th scope=\"col\">actor</th>"))
      }
    }
  }

  @Test func colourOnlyWhenAsked() throws {
    let comparison = try #require(Self.comparisons.first { $0.actionID == "marche-centre-ville" })
    #expect(!comparison.text(in: .fr).contains("\u{1B}["))
    let coloured = comparison.text(in: .fr, colors: true)
    #expect(coloured.contains("\u{1B}[31mconflit"))
    let plain = coloured.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(plain == comparison.text(in: .fr))
  }

  @Test func textTableColumnsAreAlignedAndFitTheWidth() throws {
    for width in [80, 120] {
      for comparison in Self.comparisons where !comparison.isSinglePointOfView {
        let lines = comparison.text(in: .fr, width: width).split(
          separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("  acteur ") })
        let end = try #require(lines[start...].firstIndex(of: ""))
        let header = lines[start]
        let zone = try #require(header.range(of: " zone", options: .backwards))
        let offset = header.distance(from: header.startIndex, to: zone.lowerBound) + 1
        var zones: [String] = []
        for line in lines[start..<end] where line.count > offset && !line.hasPrefix("  ─") {
          zones.append(String(Array(line)[offset...]))
        }
        #expect(
          zones == ["zone"] + comparison.rows.map { $0.zone.label.fr }, "\(comparison.actionID)")
        if width == 120 && comparison.narratives.count <= 3 {
          #expect(lines[start..<end].allSatisfy { $0.count <= width }, "\(comparison.actionID)")
        }
      }
    }
  }
}
