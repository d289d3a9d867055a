import Foundation
import Testing

@testable import RecitKit

/// Stages that must stay linear in their input, asserted by ratio (the machine is shared and
/// noisy): 4× the input must take less than 8× the time, each time the median of 3 runs.
/// A quadratic stage gives about 16×.
@Suite struct LinearityTests {
  static let paragraph =
    "Restait à trouver un lieu. [La bibliothèque](@bibliotheque) a proposé sa salle le "
    + "*mardi soir*, après la fermeture. On y vient\nchercher ses **poireaux**, comme le "
    + "raconte @amap dans [son bulletin](https://example.org/bulletin-100%.pdf).\n\n"

  static func prose(paragraphs: Int) -> String {
    (0..<paragraphs).map { ($0 % 20 == 0 ? "## Saison \($0 / 20)\n\n" : "") + paragraph }
      .joined()
  }

  static func table(rows: Int) -> String {
    "| Semaine | Paniers | Producteur |\n| --- | ---: | --- |\n"
      + (0..<rows).map { "| \($0) | \(40 + $0 % 50) | @maraicher, *légumes* |\n" }.joined()
  }

  /// Seconds `work` takes once.
  static func time(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The large input's median time over the small one's, three runs of each, alternated so
  /// that both see the same load from the tests running beside them.
  static func ratio(small: String, large: String, _ work: (String) -> Void) -> Double {
    var smallTimes: [Double] = []
    var largeTimes: [Double] = []
    for _ in 0..<3 {
      smallTimes.append(time { work(small) })
      largeTimes.append(time { work(large) })
    }
    return largeTimes.sorted()[1] / max(smallTimes.sorted()[1], 1e-6)
  }

  static let docBook = DocBookBody(
    names: ["bibliotheque": "la bibliothèque", "amap": "l'AMAP", "maraicher": "le maraîcher"],
    natures: ["bibliotheque": .institution, "amap": .collective, "maraicher": .person])

  @Test func docBookRenderingOfProseIsLinear() {
    let ratio = Self.ratio(
      small: Self.prose(paragraphs: 250), large: Self.prose(paragraphs: 1_000)
    ) { _ = Self.docBook.fragment($0) }
    #expect(ratio < 8, "4× the prose took \(ratio)× the time")
  }

  @Test func docBookRenderingOfTableRowsIsLinear() {
    let ratio = Self.ratio(small: Self.table(rows: 1_000), large: Self.table(rows: 4_000)) {
      _ = Self.docBook.fragment($0)
    }
    #expect(ratio < 8, "4× the rows took \(ratio)× the time")
  }

  // Prompts (`[[x]]`) are bounded before this scanner: a paragraph of more than 2,000 `[` is
  // refused (`MarkdownLimits`), so only mentions can make a line long enough to matter here.
  @Test(arguments: ["@amap ", "vu par @amap-et-co ", "« @amap », "])
  func mentionsAndPromptsOnOneLineAreScannedLinearly(token: String) {
    let line = { (count: Int) in String(repeating: token, count: count) + "\n" }
    #expect(BodyScanner.scan(line(40_000), file: "actions/a.md", firstLine: 1).excess == nil)
    let ratio = Self.ratio(small: line(10_000), large: line(40_000)) {
      _ = BodyScanner.scan($0, file: "actions/a.md", firstLine: 1)
    }
    #expect(ratio < 8, "4× the line took \(ratio)× the time")
  }

  /// The columns counted on from the last mention are those counted from the line's start.
  @Test func locationsOnALongLineAreExact() {
    // 900 prompts: 1,800 `[`, under the 2,000 a paragraph may hold (`MarkdownLimits`).
    let line = String(repeating: "é [[x]] @amap ", count: 900)
    let scan = BodyScanner.scan(line, file: "actions/a.md", firstLine: 7)
    let (body, placeholders) = (scan.body, scan.placeholders)
    #expect(scan.excess == nil)
    #expect(body.mentions.count == 900)
    #expect(placeholders.count == 900)
    let width = "é [[x]] @amap ".unicodeScalars.count
    for (index, mention) in body.mentions.enumerated() {
      #expect(mention.location.line == 7)
      #expect(mention.location.column == index * width + 9)
    }
    for (index, prompt) in placeholders.enumerated() {
      #expect(prompt.location.column == index * width + 3)
    }
  }
}
