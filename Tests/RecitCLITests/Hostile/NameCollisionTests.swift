import Foundation
import RecitTestSupport
import Testing

/// Names that would overwrite each other once published are errors that name both files;
/// nothing is dropped without a word.
@Suite struct NameCollisionTests {
  private let action = "---\ntitre: Essai\n---\nTexte.\n"

  /// Pairs, not a dictionary: Swift compares strings by canonical equivalence, so `été` composed
  /// and decomposed would be one key.
  private func project(_ files: [(String, String)]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try "territoire: Testville\n".write(
      toFile: folder.path + "/recit.yml", atomically: true, encoding: .utf8)
    for (path, text) in files {
      let full = folder.path + "/" + path
      try FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: full, atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test(arguments: [
    ("actions/\u{E9}t\u{E9}.md", "actions/e\u{301}te\u{301}.md"),
    ("actions/marche.md", "actions/march\u{E9}.md"),
    ("actions/Marche.md", "actions/marche.md"),
    ("actions/marche/action.md", "actions/marche.md"),
  ])
  func collidingActionsAreAnErrorNamingBoth(first: String, second: String) throws {
    let folder = try project([(first, action), (second, action)])
    let check = try HostileRun.recit(["check", "--format", "json"], in: folder.path)
    #expect(check.status == 1)
    let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
    let diagnostics = try #require(report?["diagnostics"] as? [[String: Any]])
    let duplicates = diagnostics.filter { $0["rule"] as? String == "action-dupliquee" }
    #expect(duplicates.count == 1, "\(check.stdout)")
    let message = duplicates.first?["message"] as? String ?? ""
    let names = [first, second].map { $0.hasSuffix("/action.md") ? "actions/marche" : $0 }
    for name in names {
      #expect(
        message.precomposedStringWithCanonicalMapping.contains(
          name.precomposedStringWithCanonicalMapping), "\(message)")
    }
  }

  @Test func collidingNarrativesOfOneActionAreAnError() throws {
    let other = "---\nnarrateur: amap\n---\nUn autre point de vue.\n"
    let folder = try project([
      ("actions/marche/action.md", action), ("actions/marche/Amap.md", other),
      ("actions/marche/amap.md", other),
    ])
    let check = try HostileRun.recit(["check"], in: folder.path)
    #expect(check.status == 1)
    #expect(
      check.stdout.contains(
        "actions/marche/amap.md:1:1: erreur: « actions/marche/amap.md » porte le même nom que « actions/marche/Amap.md »"
      ), "\(check.stdout)")
  }
}
