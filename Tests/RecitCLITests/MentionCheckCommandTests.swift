import Foundation
import RecitTestSupport
import Testing

/// `recit check` on the `mentions` fixture: an unknown id in a link, `[Les voisins](@voisins)`,
/// is the one error, reported at the link with its line quoted.
@Suite struct MentionCheckCommandTests {
  @Test func anUnknownIDInALinkIsOneErrorAtTheLink() throws {
    let result = try CommandRunner().run(
      ["check", "Tests/Fixtures/mentions"], in: PackageRoot.path)
    #expect(result.status == 1)
    let errors = result.stdout.split(separator: "\n").filter { $0.contains(": erreur: ") }
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasPrefix("actions/cantine.md:17:1: erreur: acteur inconnu « voisins »")
        == true, "\(errors)")
    #expect(result.stdout.contains("17 | [Les voisins](@voisins) n'ont pas été consultés."))
  }
}
