import Foundation
import RecitTestSupport
import Testing

/// An action's id comes from its file name, which anyone may choose: in a link it is only ever
/// a relative path.
@Suite struct HostileNameTests {
  @Test(arguments: [
    ("javascript:alert(document.domain)", "javascript%3Aalert%28document.domain%29.html"),
    ("100%", "100%25.html"),
    ("a#b", "a%23b.html"),
    ("page?x=1", "page%3Fx%3D1.html"),
  ])
  func idInTheIndexIsAnEncodedRelativeLink(id: String, href: String) throws {
    let folder = try TemporaryFolder()
    try "territoire: Testville\n".write(
      toFile: folder.path + "/recit.yml", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: folder.path + "/actions", withIntermediateDirectories: true)
    let action = """
      ---
      titre: Essai
      schema:
        sujet: mairie
        objet: un essai
      acteurs:
        mairie: { nom: Mairie, categorie: elu }
      ---
      Texte.
      """
    try action.write(
      toFile: folder.path + "/actions/\(id).md", atomically: true, encoding: .utf8)
    let build = try HostileRun.recit(["build", "--format", "html"], in: folder.path)
    #expect(build.status == 0, "\(build.stderr)")
    let index = try String(contentsOfFile: folder.path + "/build/html/index.html", encoding: .utf8)
    #expect(index.contains("href=\"\(href)\""), "\(index)")
    #expect(!index.contains("href=\"javascript:"))
    #expect(FileManager.default.fileExists(atPath: folder.path + "/build/html/\(id).html"))
  }
}

/// Hints that suggest a command quote the names they copy into it.
@Suite struct HintQuotingTests {
  @Test func aHostileIdIsQuotedInTheSuggestedCommand() throws {
    let folder = try TemporaryFolder()
    try "territoire: Testville\n".write(
      toFile: folder.path + "/recit.yml", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: folder.path + "/actions", withIntermediateDirectories: true)
    try "---\ntitre: Essai\n---\nTexte.\n".write(
      toFile: folder.path + "/actions/x$(touch pwned).md", atomically: true, encoding: .utf8)
    let check = try HostileRun.recit(["check"], in: folder.path)
    #expect(
      check.stdout.contains("« recit new recit 'x$(touch pwned)' --narrateur ID »"),
      "\(check.stdout)")
  }
}
