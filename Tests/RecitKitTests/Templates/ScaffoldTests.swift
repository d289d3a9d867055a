import Foundation
import Testing

@testable import RecitKit

/// Each scaffold, created in a fresh project, checks with no error (prompts reported as
/// `a-completer`); filled in, it checks clean.
@Suite struct ScaffoldTests {
  static let scaffolds = Scaffolder.actionScaffolds.flatMap { [($0, "fr"), ($0, "en")] }.map {
    "\($0.0).\($0.1)"
  }

  @Test(arguments: scaffolds)
  func freshScaffoldHasNoErrorAndEveryPromptIsReported(_ name: String) throws {
    let parts = name.split(separator: ".")
    let project = try TemporaryProject([
      "recit.yml": "territoire: Loos-en-Gohelle\nlangue: \(parts[1])\n"
    ])
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    let path = try scaffolder.newAction(title: "Essai", scaffold: String(parts[0]))
    let loaded = try project.load()
    let found = Checker().check(loaded)
    #expect(
      found.filter { $0.severity == .error }.isEmpty,
      "\(found.filter { $0.severity == .error }.map { "\($0.location) \($0.message.fr)" })")
    let text = try String(contentsOfFile: project.root + "/" + path, encoding: .utf8)
    let prompts = text.components(separatedBy: "[[").count - 1
    #expect(prompts > 3)
    #expect(found.filter { $0.rule == .toComplete }.count == prompts)
    if parts[1] == "fr" {
      for english in ["To complete", "title:", "subject:", "Who ", "What "] {
        #expect(!text.contains(english), "English “\(english)” in a French scaffold")
      }
    }
  }

  @Test(arguments: scaffolds)
  func filledScaffoldChecksCleanAndExports(_ name: String) throws {
    let parts = name.split(separator: ".")
    let project = try TemporaryProject(["recit.yml": "territoire: Loos\nlangue: \(parts[1])\n"])
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    let path = try scaffolder.newAction(title: "Essai", scaffold: String(parts[0]))
    // Fill every prompt as a user would, and add a second point of view.
    let text = try String(contentsOfFile: project.root + "/" + path, encoding: .utf8)
    let filled = Self.fill(text)
    try filled.write(toFile: project.root + "/" + path, atomically: true, encoding: .utf8)
    let action = try #require(try project.load().actions.first)
    let narrator = action.schema.helpers?.first?.id ?? "appui"
    let other = try scaffolder.newNarrative(of: action, narrator: narrator, stance: .contradictory)
    let otherText = try String(contentsOfFile: project.root + "/" + other, encoding: .utf8)
    try Self.fill(otherText).write(
      toFile: project.root + "/" + other, atomically: true, encoding: .utf8)
    let loaded = try project.load()
    let found = Checker().check(loaded)
    #expect(
      found.filter { $0.severity != .note }.isEmpty,
      "\(found.map { "\($0.location) \($0.rule.rawValue) \($0.message.fr)" })")
    // It exports in every format; the DocBook is validated on the way.
    let files = try Builder(
      project: loaded, outputFolder: "", formats: Set(ExportFormat.allCases),
      engine: try TemplateEngine(templates: .builtIn)
    ).render()
    #expect(files.contains { $0.path == "docbook/\(loaded.actions[0].id).xml" })
    #expect(files.contains { $0.path == "html/\(loaded.actions[0].id).html" })
  }

  /// Replaces each `[[…]]` prompt by a plain answer.
  static func fill(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "[["),
      let end = rest.range(of: "]]", range: start.upperBound..<rest.endIndex)
    {
      result += rest[..<start.lowerBound] + "Réponse écrite par l'équipe"
      rest = rest[end.upperBound...]
    }
    return result + rest
  }

  @Test func newNarrativeTurnsASingleFileActionIntoAFolderByteForByte() throws {
    let original =
      "---\r\ntitre: Fifty-fifty\r\nacteurs:\r\n  riverains: { nom: Riverains }\r\n---\r\nTexte\u{00A0}exact\r\n"
    let project = try TemporaryProject([
      "recit.yml": "territoire: Loos\n", "actions/fifty.md": original,
    ])
    let loaded = try project.load()
    let scaffolder = Scaffolder(project: loaded, engine: try TemplateEngine(templates: .builtIn))
    let path = try scaffolder.newNarrative(
      of: loaded.actions[0], narrator: "riverains", stance: .alternative)
    #expect(path == "actions/fifty/riverains.md")
    #expect(!FileManager.default.fileExists(atPath: project.root + "/actions/fifty.md"))
    let moved = try Data(
      contentsOf: URL(fileURLWithPath: project.root + "/actions/fifty/action.md"))
    #expect(moved == Data(original.utf8))
    let again = try scaffolder.newNarrative(
      of: try project.load().actions[0], narrator: "riverains", stance: .alternative)
    #expect(again == "actions/fifty/riverains-2.md")
    let reloaded = try project.load()
    #expect(reloaded.actions[0].narratives.count == 3)
    #expect(reloaded.actions[0].narratives[1].effectiveStance == .alternative)
  }

  @Test func newActionNamesAreUniqueSlugs() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: T\n", "actions/un-marche-a-l-ete.md": "---\ntitre: x\n---\n",
    ])
    let scaffolder = Scaffolder(
      project: try project.load(), engine: try TemplateEngine(templates: .builtIn))
    #expect(
      try scaffolder.newAction(title: "Un marché à l'été")
        == "actions/un-marche-a-l-ete-2/action.md")
    #expect(
      try scaffolder.newAction(title: "Un marché à l'été")
        == "actions/un-marche-a-l-ete-3/action.md")
  }
}
