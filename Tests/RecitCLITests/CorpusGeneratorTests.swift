import Foundation
import RecitTestSupport
import Testing

/// `scripts/generate-project.py`, the benchmark corpus: seeded, complete, and clean for
/// `recit check`.
@Suite struct CorpusGeneratorTests {
  let recit = CommandRunner()
  static let script = PackageRoot.path + "/scripts/generate-project.py"

  /// Writes a corpus of `count` actions with `seed` into `folder/projet`.
  private func generate(into folder: TemporaryFolder, count: Int = 5, seed: Int = 7) throws
    -> String
  {
    let project = folder.path + "/projet"
    let result = try ExternalTool.run(
      "python3", [Self.script, project, "-n", String(count), "--seed", String(seed)])
    #expect(result.status == 0, "\(result.output)")
    return project
  }

  /// Every file under `root`, by its path relative to `root`, with its bytes.
  private func files(under root: String) throws -> [String: Data] {
    var found: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      let full = root + "/" + relative
      if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
        found[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
      }
    }
    return found
  }

  @Test func sameSeedGivesByteIdenticalCorpora() throws {
    let first = try TemporaryFolder()
    let second = try TemporaryFolder()
    let a = try files(under: try generate(into: first))
    let b = try files(under: try generate(into: second))
    #expect(a.count == 2 + 5 * 3, "recit.yml, acteurs.yml and three narratives per action")
    #expect(Set(a.keys) == Set(b.keys))
    for (path, bytes) in a {
      #expect(b[path] == bytes, "\(path) differs between two runs with the same seed")
    }
    let other = try TemporaryFolder()
    let c = try files(under: try generate(into: other, seed: 8))
    #expect(a != c, "another seed gives another corpus")
  }

  @Test func corpusPassesRecitCheck() throws {
    let folder = try TemporaryFolder()
    let project = try generate(into: folder)
    let result = try recit.run(["check"], in: project)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(
      result.stdout.contains("0 erreur, 0 avertissement, 0 note "),
      "the corpus claims no diagnostic at all: \(result.stdout)")
  }

  @Test func eachActionHasThreeNarrativesWithEveryKey() throws {
    let folder = try TemporaryFolder()
    let project = try generate(into: folder)
    let actions = project + "/actions"
    let names = try FileManager.default.contentsOfDirectory(atPath: actions).sorted()
    #expect(names.count == 5)
    let actionKeys = [
      "titre:", "resume:", "type:", "date:", "balises:", "acteurs:", "schema:",
      "destinateur:", "sujet:", "objet:", "destinataires:", "adjuvants:", "opposants:",
      "quete:", "etape:", "2 bis", "influences:", "benefices:", "arbitrage:",
    ]
    for name in names {
      let narratives = try FileManager.default.contentsOfDirectory(atPath: actions + "/" + name)
        .filter { $0.hasSuffix(".md") }
      #expect(narratives.count == 3, "\(name): \(narratives)")
      #expect(narratives.contains("action.md"), "\(name)")
      let texts = try narratives.map { file in
        (file, try String(contentsOfFile: actions + "/" + name + "/" + file, encoding: .utf8))
      }
      for (file, text) in texts {
        let parts = text.components(separatedBy: "\n---\n")
        #expect(text.hasPrefix("---\n") && parts.count >= 2, "\(name)/\(file): front matter")
        let front = parts[0]
        let body = parts.dropFirst().joined(separator: "\n---\n")
        let words = body.split(whereSeparator: \.isWhitespace).count
        if file == "action.md" {
          for key in actionKeys {
            #expect(front.contains(key), "\(name)/action.md lacks \(key)")
          }
          #expect(words >= 500, "\(name)/action.md: \(words) words")
          #expect(body.contains("| --- |"), "\(name)/action.md: a table")
          #expect(body.contains("]("), "\(name)/action.md: a link")
          #expect(body.contains("*"), "\(name)/action.md: emphasis")
          #expect(body.contains("\n- "), "\(name)/action.md: a list")
          #expect(body.contains("@"), "\(name)/action.md: mentions")
        } else {
          #expect(front.contains("narrateur:"), "\(name)/\(file)")
          #expect(front.contains("schema:"), "\(name)/\(file): partial schema")
          #expect(words >= 250, "\(name)/\(file): \(words) words")
        }
      }
      let others = texts.filter { $0.0 != "action.md" }.map(\.1)
      #expect(others.contains { $0.contains("posture: alternatif") }, "\(name): alternatif")
      #expect(
        others.contains { $0.contains("posture: contradictoire") && $0.contains("desaccords:") },
        "\(name): contradictoire with desaccords")
    }
  }

  @Test func helpExitsZeroAndWritesNothing() throws {
    let folder = try TemporaryFolder()
    for option in ["--help", "-h"] {
      let result = try ProcessRunner.run(
        try ExternalTool.path("python3"), [Self.script, option], in: folder.path)
      #expect(result.status == 0, "\(result.combined)")
      #expect(result.stdout.contains("--actions"))
      #expect(result.stdout.contains("nombre d'actions") && result.stdout.contains("number of"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func refusesANonEmptyFolderWithoutForce() throws {
    let folder = try TemporaryFolder()
    let keep = folder.path + "/projet/garder.txt"
    try FileManager.default.createDirectory(
      atPath: folder.path + "/projet", withIntermediateDirectories: true)
    try "à garder\n".write(toFile: keep, atomically: true, encoding: .utf8)
    let refused = try ExternalTool.run(
      "python3", [Self.script, folder.path + "/projet", "-n", "1"])
    #expect(refused.status != 0)
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/projet/recit.yml"))
    let forced = try ExternalTool.run(
      "python3", [Self.script, folder.path + "/projet", "-n", "1", "--force"])
    #expect(forced.status == 0, "\(forced.output)")
    #expect(FileManager.default.fileExists(atPath: folder.path + "/projet/recit.yml"))
    #expect(FileManager.default.fileExists(atPath: keep), "--force deletes nothing")
  }
}
