import Foundation
import RecitKit
import Testing

/// `recit explain` prints the embedded Markdown explanations, from a binary copied away from
/// the source tree.
@Suite struct ExplainCommandTests {
  @Test func installedBinaryExplainsEveryRuleFromItsMarkdownFiles() throws {
    let bin = try TemporaryFolder()
    let work = try TemporaryFolder()
    let installed = bin.path + "/recit"
    try FileManager.default.copyItem(atPath: CommandRunner.binary, toPath: installed)
    let recit = CommandRunner(executable: installed)
    let list = try recit.run(["explain", "--lang", "en"], in: work.path)
    #expect(list.status == 0)
    for rule in Rule.allCases {
      #expect(list.stdout.contains(rule.rawValue + " "), "\(rule.rawValue) not listed")
    }
    for rule in [Rule.missingSubject, .unreadableFile, .toComplete] {
      let result = try recit.run(["explain", rule.rawValue], in: work.path)
      #expect(result.status == 0)
      for language in ["fr", "en"] {
        let page = try String(
          contentsOfFile: "\(PackageRoot.path)/Explanations/\(language)/\(rule.rawValue).md",
          encoding: .utf8)
        let paragraphs = page.components(separatedBy: "\n\n").filter {
          !$0.hasPrefix("#") && !$0.hasPrefix("```")
        }
        #expect(!paragraphs.isEmpty)
        for paragraph in paragraphs {
          #expect(result.stdout.contains(paragraph), "\(rule.rawValue) \(language): \(paragraph)")
        }
      }
    }
  }
}
