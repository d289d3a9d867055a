import Foundation
import Testing

@testable import RecitKit

/// Every rule has its explanation in French and English, as well-formed Markdown files, and the
/// binary embeds exactly the files of `Explanations/`.
@Suite struct RuleExplanationTests {
  static let folder = Fixtures.packageRoot.appending(path: "Explanations")

  @Test(arguments: Rule.allCases)
  func ruleHasAnExplanationInBothLanguages(_ rule: Rule) throws {
    for language in [Language.fr, .en] {
      let path = RuleExplanation.path(of: rule, in: language)
      let text = try #require(
        try? String(contentsOf: Self.folder.appending(path: path), encoding: .utf8),
        "missing Explanations/\(path)")
      #expect(EmbeddedExplanations.files[path] == text, "Explanations/\(path) not embedded")
      #expect(
        ExplanationPage(markdown: text, rule: rule, language: language) != nil,
        "Explanations/\(path) is malformed")
    }
    let explanation = try #require(RuleExplanation.load(rule))
    for text in [explanation.summary, explanation.why, explanation.fix] {
      #expect(!text.fr.isEmpty && !text.en.isEmpty && text.fr != text.en)
    }
  }

  @Test func explanationsFolderHoldsOnlyRules() throws {
    let expected = Set(
      Rule.allCases.flatMap { rule in
        [Language.fr, .en].map { RuleExplanation.path(of: rule, in: $0) }
      })
    #expect(Set(EmbeddedExplanations.files.keys) == expected)
  }

  @Test func pagesAreWrittenAsTheyAreRead() throws {
    for rule in Rule.allCases {
      let explanation = try #require(RuleExplanation.load(rule))
      for language in [Language.fr, .en] {
        let written = ExplanationPage.markdown(
          rule: rule, language: language, summary: explanation.summary.text(in: language),
          why: explanation.why.text(in: language), fix: explanation.fix.text(in: language),
          example: explanation.example?.text(in: language))
        #expect(written == EmbeddedExplanations.files[RuleExplanation.path(of: rule, in: language)])
      }
    }
  }

  @Test func malformedPagesAreRefused() {
    let good = "# recit-vide\n\nR.\n\n## Why\n\nW.\n\n## How to fix it\n\nF.\n"
    #expect(ExplanationPage(markdown: good, rule: .emptyNarrative, language: .en) != nil)
    #expect(ExplanationPage(markdown: good, rule: .emptyNarrative, language: .fr) == nil)
    #expect(ExplanationPage(markdown: good, rule: .toComplete, language: .en) == nil)
    let noFix = "# recit-vide\n\nR.\n\n## Why\n\nW.\n"
    #expect(ExplanationPage(markdown: noFix, rule: .emptyNarrative, language: .en) == nil)
    let example = good + "\n## Example\n\n```yaml\n## not a heading\na: 1\n```\n"
    let page = ExplanationPage(markdown: example, rule: .emptyNarrative, language: .en)
    #expect(page?.example == "## not a heading\na: 1")
  }
}
