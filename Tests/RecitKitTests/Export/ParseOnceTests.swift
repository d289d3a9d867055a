import Foundation
import Testing

@testable import RecitKit

/// Each narrative body is parsed once, while reading: every format of a build writes from the
/// tree the reader built.
@Suite struct ParseOnceTests {
  @Test func aBuildOfEveryFormatParsesEachBodyExactlyOnce() throws {
    let token = "jeton-\(UUID().uuidString)"
    let project = try TemporaryProject([
      "recit.yml": "territoire: Essai\n",
      "actions/essai/action.md": """
      ---
      titre: Essai
      acteurs:
        mairie: { nom: Mairie, categorie: elu }
        amap: { nom: AMAP, categorie: habitant }
      schema: { destinateur: mairie, sujet: mairie, objet: un marché, adjuvants: [amap] }
      ---

      # Le récit porté \(token)

      @mairie a lancé une idée[^1] ; @amap l'a reprise.

      [^1]: Une note \(token).

      """,
      "actions/essai/amap.md": """
      ---
      posture: contradictoire
      narrateur: amap
      schema: { sujet: amap, opposants: [mairie] }
      ---

      Le récit de @amap \(token) : | a | b |

      """,
    ])
    let loaded = try project.load()
    let bodies = loaded.actions.flatMap(\.narratives).count
    #expect(bodies == 2)
    ParseObserver.shared.watch(token)
    let reloaded = try project.load()
    let builder = Builder(
      project: reloaded, outputFolder: "",
      formats: Set(ExportFormat.allCases).subtracting(ExportFormat.binary),
      engine: try TemplateEngine(templates: TemplateSet(projectRoot: reloaded.root)))
    let files = try builder.render()
    let parses = ParseObserver.shared.stopWatching(token)
    #expect(files.contains { $0.path.hasSuffix(".md") })
    #expect(parses == bodies)
  }
}
