import Foundation
import Testing

@testable import RecitServe

/// The server's small parts, on their own: which paths are outputs, what is escaped, which
/// names a watcher follows, how `--poll` and `--host` are read.
struct ServePartsTests {
  @Test(arguments: [
    ("/html/index.html", RequestPath.Target.output("html/index.html")),
    ("/html/a%20b.html", .output("html/a b.html")),
    ("/svg/creation-amap/conflits.svg", .output("svg/creation-amap/conflits.svg")),
    ("/json/javascript%3Aalert%281%29.json", .output("json/javascript:alert(1).json")),
    ("/html/", .notFound), ("/svg/x/", .notFound), ("/recit.yml", .notFound),
    ("/actions/x/action.md", .notFound), ("/html", .notFound),
    ("/html/../recit.yml", .refused), ("/../x", .refused), ("/html/%2e%2e/x", .refused),
    ("/html/%2E%2E%2Fx", .refused), ("/html/./index.html", .refused), ("//etc/passwd", .refused),
    ("/html//index.html", .refused), ("/html/index.html%00", .refused), ("/html/a%5Cb", .refused),
    ("/html/a\\b", .refused), ("/html/%zz", .refused), ("/html/%4", .refused),
    ("/html/%c0%ae", .refused), ("html/index.html", .refused), ("/html/%2e%2e/", .refused),
  ])
  func requestPaths(_ path: String, _ expected: RequestPath.Target) {
    #expect(RequestPath.target(path) == expected, "\(path)")
  }

  @Test func escapesMarkupQuotesAndControls() {
    #expect(
      HTMLText.escape("<a href=\"x\" title='y'>&</a>")
        == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    #expect(HTMLText.escape("a\u{1B}[31mb\u{202E}c") == "aU+1B[31mbU+202Ec")
    #expect(HTMLText.escape("une ligne\tet l'autre\n") == "une ligne\tet l&#39;autre\n")
  }

  @Test func findsTheLastBodyEnd() {
    let page = Data("<p>&lt;/body&gt;</p><script>'</body>'</script></BODY>\n</html>".utf8)
    let offset = SiteResponder.lastBodyEnd(in: page)
    #expect(offset.map { String(decoding: page[$0...], as: UTF8.self) } == "</BODY>\n</html>")
    #expect(SiteResponder.lastBodyEnd(in: Data("<p>no end".utf8)) == nil)
    #expect(SiteResponder.lastBodyEnd(in: Data()) == nil)
  }

  @Test func followsOnlyTheNamesThatMatter() {
    for name in ["action.md", "mairie.md", "creation-amap", "style.css", "page.mustache"] {
      #expect(WatchedNames.matters(name), "\(name)")
    }
    for name in [
      ".action.md.swp", ".git", "action.md~", "4913", "#action.md#", "action.md.swx",
      "action.md___jb_tmp___", "action.md___jb_old___", ".#action.md", "action.md.tmp",
    ] {
      #expect(!WatchedNames.matters(name), "\(name)")
    }
    #expect(WatchedNames.mattersAtRoot("recit.yml") && WatchedNames.mattersAtRoot("actions"))
    #expect(!WatchedNames.mattersAtRoot("build") && !WatchedNames.mattersAtRoot("README.md"))
  }

  @Test func readsPollDurations() {
    #expect(ServeConfiguration.duration("500ms") == .milliseconds(500))
    #expect(ServeConfiguration.duration("2s") == .seconds(2))
    #expect(ServeConfiguration.duration("1.5s") == .milliseconds(1500))
    #expect(ServeConfiguration.duration("3") == .seconds(3))
    for bad in ["", "vite", "5ms", "-1s", "2h", "nan", "inf", "1e9"] {
      #expect(ServeConfiguration.duration(bad) == nil, "\(bad)")
    }
  }

  @Test func tellsLoopbackFromTheNetwork() {
    for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"] {
      #expect(ServeConfiguration.isLoopback(host), "\(host)")
    }
    for host in ["0.0.0.0", "192.168.1.10", "::", "exemple.fr", "127.0.0.256", "127.0.0"] {
      #expect(!ServeConfiguration.isLoopback(host), "\(host)")
    }
  }

  @Test func batchesChangesAndBoundsThem() {
    let queue = ChangeQueue()
    #expect(queue.take() == nil)
    queue.add("actions/a.md")
    queue.add("actions/a.md")
    queue.add("recit.yml")
    #expect(queue.take() == .some(["actions/a.md", "recit.yml"]))
    #expect(queue.take() == nil)
    for index in 0...ChangeQueue.maximumPaths { queue.add("actions/\(index).md") }
    #expect(queue.take() == .some(nil))
    queue.addRescan()
    #expect(queue.take() == .some(nil))
  }

  /// The polling watcher sees a plain write, a rename over a file, a new and a deleted file,
  /// and nothing of an editor's swap file.
  @Test func pollingSeesWritesRenamesAndDeletions() throws {
    let folder = try TemporaryFolder()
    let actions = folder.path + "/actions"
    try FileManager.default.createDirectory(atPath: actions, withIntermediateDirectories: true)
    try "a".write(toFile: actions + "/a.md", atomically: false, encoding: .utf8)
    try "b".write(toFile: actions + "/b.md", atomically: false, encoding: .utf8)
    let watcher = PollWatcher(root: folder.path, queue: ChangeQueue(), interval: .seconds(1))
    let before = watcher.scan()
    #expect(Set(before.keys) == ["actions/a.md", "actions/b.md"])
    try "a, plus long".write(toFile: actions + "/a.md", atomically: false, encoding: .utf8)
    try "b2".write(toFile: actions + "/b.tmp", atomically: false, encoding: .utf8)
    try FileManager.default.removeItem(atPath: actions + "/b.md")
    try FileManager.default.moveItem(atPath: actions + "/b.tmp", toPath: actions + "/b.md")
    try "c".write(toFile: actions + "/.c.md.swp", atomically: false, encoding: .utf8)
    let after = watcher.scan()
    #expect(Set(after.keys) == ["actions/a.md", "actions/b.md"])
    #expect(after["actions/a.md"] != before["actions/a.md"])
    #expect(after["actions/b.md"] != before["actions/b.md"])
  }
}
