import Foundation
import Testing

@testable import RecitKit

/// The comparison's text, Markdown, HTML and DocBook come from one tree: the same headings,
/// at the same levels, in the same order.
@Suite struct CompareFormatsAgreeTests {
  /// Matches of `pattern`'s first group in `text`.
  private func matches(_ pattern: String, in text: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
      String(text[Range($0.range(at: 1), in: text)!])
    }
  }

  private func unescapeXML(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
  }

  private func unescapeMarkdown(_ text: String) -> String {
    text.replacingOccurrences(of: #"\\(.)"#, with: "$1", options: .regularExpression)
  }

  @Test func everyFormatHasTheSameSectionsInTheSameOrder() throws {
    #expect(CompareRenderingTests.comparisons.count > 10)
    for comparison in CompareRenderingTests.comparisons {
      for language in Language.allCases {
        let markdown = try matches(
          #"^(#+ .*)$"#, in: comparison.markdown(in: language)
        ).map(unescapeMarkdown)
        #expect(markdown.first?.hasPrefix("## ") == true)
        // HTML: `<hN …>title</hN>` read as `N` hashes and the title.
        let fragment = comparison.htmlFragment(in: language)
        let htmlHeadings = try matches(#"(<h[1-6][^>]*>.*?</h[1-6]>)"#, in: fragment).map {
          heading -> String in
          let level = Int(String(heading.dropFirst(2).prefix(1)))!
          let title = heading.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
          return String(repeating: "#", count: level) + " " + unescapeXML(String(title))
        }
        #expect(htmlHeadings == markdown, "HTML of \(comparison.actionID)")
        // Text: a heading is the first line, or a line after a blank one.
        let lines = comparison.text(in: language).components(separatedBy: "\n")
        let text = lines.indices.filter { $0 == 0 || (lines[$0 - 1].isEmpty && !lines[$0].isEmpty) }
          .map { lines[$0].trimmingCharacters(in: .whitespaces) }
        #expect(text == markdown.map { $0.drop { $0 == "#" || $0 == " " } }.map(String.init))
        // DocBook: the titles of the nested sections (with or without an id), in order.
        let docbook = try matches(
          #"<section(?: [^>]*)?>\s*<title>(.*?)</title>"#,
          in: comparison.docbookFragment(in: language)
        ).map(unescapeXML)
        #expect(docbook == text, "DocBook of \(comparison.actionID)")
      }
    }
  }

  @Test func emptyCategoriesAreLeftOutOfEveryFormat() throws {
    let comparison = try #require(
      CompareRenderingTests.comparisons.first { $0.actionID == "creation-amap" })
    let empty = try #require(comparison.summary.categories.first { $0.actors == 0 })
    let label = empty.category.label.text(in: .fr)
    #expect(!comparison.text(in: .fr).contains(label))
    #expect(!comparison.markdown(in: .fr).contains(label))
    #expect(!comparison.htmlFragment(in: .fr).contains(label))
    #expect(!comparison.docbookFragment(in: .fr).contains(label))
  }
}
