import Foundation
import RecitKit
import RecitModel
import Testing

/// A workspace opened on one action checks that action alone: no project-wide rule, whose
/// verdict would need the actions left unread.
@Suite struct PartialCheckTests {
  @Test func oneActionRunsNoProjectWideRuleTheWholeProjectDoes() async throws {
    let project = try TemporaryProject([:])
    try FileManager.default.copyItem(
      atPath: Fixtures.packageRoot.appendingPathComponent("Samples/malaunay").path,
      toPath: project.root)
    let actors = project.root + "/acteurs.yml"
    try
      (try String(contentsOfFile: actors, encoding: .utf8)
      + "fantome:\n  nom: Association fantôme\n  categorie: habitant\n").write(
        toFile: actors, atomically: true, encoding: .utf8)
    let whole = try await Workspace(path: project.root)
    #expect(whole.isWholeProject)
    let unused = await whole.check().filter { $0.rule == .unusedActor }
    #expect(unused.map(\.location.file) == ["acteurs.yml"])
    #expect(unused.first?.message.fr.contains("« fantome »") == true)
    for part in ["actions/creation-amap", "actions/creation-amap/mairie.md"] {
      let one = try await Workspace(path: project.root + "/" + part)
      #expect(!one.isWholeProject)
      // Only the action's own notes are left: famille-absente (no État actor in the action) and
      // roles-non-dits on the town hall's narrative.
      #expect(await one.check().map(\.rule) == [.missingFamily, .untoldRoles], "\(part)")
    }
  }
}
