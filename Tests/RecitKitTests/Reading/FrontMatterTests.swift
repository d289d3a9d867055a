import Testing

@testable import RecitKit

/// The front matter split, against the definition it implements: the file's lines (a final line
/// feed ends the last line), a first line `---`, the YAML up to the next `---` or `...` line, the
/// body after it.
@Suite struct FrontMatterTests {
  /// The split written on an array of lines, as the definition says it.
  private func reference(_ text: String) -> (yaml: String?, body: String, bodyLine: Int) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    func trimmed(_ line: String) -> String {
      var line = Substring(line)
      while let last = line.last, last == " " || last == "\t" { line.removeLast() }
      return String(line)
    }
    guard let first = lines.first, trimmed(first) == "---" else { return (nil, text, 1) }
    guard
      let end = lines.indices.dropFirst().first(where: {
        trimmed(lines[$0]) == "---" || trimmed(lines[$0]) == "..."
      })
    else { return (nil, "", lines.count + 1) }
    return (
      lines[1..<end].joined(separator: "\n"), lines[(end + 1)...].joined(separator: "\n"),
      end + 2
    )
  }

  /// Every text of up to five lines made of the pieces below, with and without a final line feed.
  private var texts: [String] {
    let pieces = ["---", "--- \t", "...", "", "titre: Café", "Corps « du » récit", "----", " ---"]
    var texts: [[String]] = [[]]
    var all: [String] = []
    for _ in 0..<5 {
      texts = texts.flatMap { lines in pieces.map { lines + [$0] } }
      for lines in texts {
        let text = lines.joined(separator: "\n")
        all += [text, text + "\n", text + "\n\n"]
      }
    }
    return all
  }

  @Test func splitsAsTheDefinitionSays() {
    var checked = 0
    for text in texts {
      let split = FrontMatter(splitting: text, file: "a.md")
      let expected = reference(text)
      #expect(split.yaml == expected.yaml, "\(text.debugDescription)")
      #expect(split.body == expected.body, "\(text.debugDescription)")
      #expect(split.bodyFirstLine == expected.bodyLine, "\(text.debugDescription)")
      let unclosed = expected.yaml == nil && expected.bodyLine != 1
      #expect(split.diagnostics.count == (unclosed ? 1 : 0), "\(text.debugDescription)")
      checked += 1
    }
    #expect(checked > 30_000)
  }

  @Test func anUnclosedFrontMatterIsReportedOnce() {
    let split = FrontMatter(splitting: "---\ntitre: Un\n", file: "a.md")
    #expect(split.yaml == nil)
    #expect(split.diagnostics.map(\.rule) == [.invalidYAML])
  }
}
