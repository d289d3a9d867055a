import Foundation
import RecitTestSupport
import Testing

/// `recit serve` run for real: the built binary on a copy of a sample, driven over HTTP and by
/// Debian's Chromium through Playwright.
@Suite(.serialized) struct ServeCommandTests {
  static let action = "creation-amap"
  static let actionFile = "actions/creation-amap/action.md"

  /// Where the overlay's screenshot is kept (not committed).
  static let artifacts = PackageRoot.path + "/.build/test-artifacts"

  /// The index and an action page; a plain write and a rename-on-save seen without a manual
  /// reload; a broken front matter seen as the overlay (file and line, source line; axe-core
  /// clean; screenshot kept); mended, the overlay gone; a dropped connection and a quiet time
  /// reload nothing. The errors reach the terminal too, and Ctrl-C ends the server at once.
  @Test func editsShowInChromiumWithoutManualReload() throws {
    let project = try ProjectCopy()
    let before = Set(try project.snapshot().keys)
    let server = try ServeProcess([project.root, "--port", "0"])
    try FileManager.default.createDirectory(
      atPath: Self.artifacts, withIntermediateDirectories: true)
    let screenshot = Self.artifacts + "/serve-overlay.png"
    try? FileManager.default.removeItem(atPath: screenshot)
    let script = PackageRoot.path + "/Tests/Fixtures/tools/serve-browser.py"
    let result = try BoundedRun.run(
      try ExternalTool.path("python3"),
      [
        script, "--url", server.url, "--project", project.root, "--action", Self.action,
        "--file", Self.actionFile, "--screenshot", screenshot,
      ], killAfter: 180)
    try #require(
      result.status == 0 || result.status == 1,
      "serve-browser could not run (status \(result.status)):\n\(result.stderr)")
    let report = try #require(
      Text.jsonObject(in: result.stdout), "serve-browser printed no JSON:\n\(result.stdout)")
    #expect(
      (report["problems"] as? [String]) == [],
      "\(report["problems"] ?? "?")\nserver:\n\(server.stderr)")
    #expect(result.status == 0)
    #expect(FileManager.default.fileExists(atPath: screenshot), "no screenshot of the overlay")
    // The terminal has the error with its place, browser open or not.
    #expect(server.stderr.contains("\(Self.actionFile):3:1: erreur:"), "\(server.stderr)")
    #expect(server.stderr.contains("plus d'erreur ni d'avertissement"), "\(server.stderr)")
    let seconds = server.interrupt()
    #expect(seconds != nil && seconds! < 1, "Ctrl-C took \(seconds ?? -1) s")
    // Nothing was written in the project: no build folder, no file but the one edited.
    #expect(Set(try project.snapshot().keys) == before)
  }

  /// Only the build's outputs are served: no path out of them, encoded or not, no listing,
  /// no source file; the outputs have their types.
  @Test func servesOnlyTheBuildOutputs() throws {
    let project = try ProjectCopy()
    let server = try ServeProcess([project.root, "--port", "0"])
    let settings = try String(contentsOfFile: project.root + "/recit.yml", encoding: .utf8)
    let secret = String(settings.split(separator: "\n").first { $0.hasPrefix("titre") } ?? "titre")
    let hostile = [
      "/../recit.yml", "/html/../recit.yml", "/html/../../recit.yml", "/html/%2e%2e/recit.yml",
      "/html/%2E%2E%2Frecit.yml", "/html/.%2e/.%2e/recit.yml", "//etc/passwd", "/etc/passwd",
      "/html//etc/passwd", "/recit.yml", "/\(Self.actionFile)", "/actions/", "/html/index.html%00",
      "/html/%00/../recit.yml", "/html/..%5crecit.yml", "/html/%zz", "/html/%c0%ae%c0%ae/recit.yml",
      "http://127.0.0.1/../recit.yml", "/svg/", "/svg/\(Self.action)/", "/docbook/", "/json",
    ]
    for target in hostile {
      let reply = try RawHTTP.request(port: server.port, target)
      #expect([400, 404].contains(reply.status), "\(target): \(reply.status)")
      #expect(!reply.body.contains(secret), "\(target) served recit.yml")
      #expect(!reply.body.contains("root:x:0:0"), "\(target) served /etc/passwd")
    }
    let outputs: [(String, String)] = [
      ("/html/index.html", "text/html"), ("/html/\(Self.action).html", "text/html"),
      ("/html/style.css", "text/css"), ("/docbook/\(Self.action).xml", "application/xml"),
      ("/docbook/projet.xml", "application/xml"),
      ("/svg/\(Self.action)/conflits.svg", "image/svg+xml"),
      ("/json/\(Self.action).json", "application/json"),
    ]
    // The DocBook (and its diagrams) follows the pages, built in the background.
    let deadline = Date().addingTimeInterval(30)
    while try RawHTTP.request(port: server.port, "/docbook/projet.xml").status != 200,
      Date() < deadline
    {
      usleep(50_000)
    }
    for (target, type) in outputs {
      let reply = try RawHTTP.request(port: server.port, target)
      #expect(reply.status == 200, "\(target): \(reply.status)")
      #expect(reply.head.lowercased().contains("content-type: \(type)"), "\(target): \(reply.head)")
    }
    let index = try RawHTTP.request(port: server.port, "/")
    #expect(index.status == 302 && index.head.contains("/html/index.html"))
    #expect(
      try RawHTTP.request(port: server.port, "/html/index.html", method: "POST").status == 405)
    // The reload script is in every page served, and only there: the build has none.
    let page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    #expect(page.body.contains("/__recit/recharger.js"))
    let built = try CommandRunner().run(
      ["build", project.root, "--out", project.folder.path + "/out", "-q"], in: project.folder.path)
    try #require(built.status == 0, "\(built.stderr)")
    let written = try String(
      contentsOfFile: project.folder.path + "/out/html/\(Self.action).html", encoding: .utf8)
    #expect(!written.contains("__recit"))
    #expect(server.interrupt() != nil)
  }

  /// The events stream says the version at once and again on reconnection, unchanged while
  /// the build is: a dropped connection never asks for a reload; an edit gives a new version.
  @Test func versionChangesOnlyWithTheBuild() throws {
    let project = try ProjectCopy()
    let server = try ServeProcess([project.root, "--port", "0"])
    let first = try RawHTTP.events(port: server.port, count: 1)
    let again = try RawHTTP.events(port: server.port, count: 1)
    #expect(first == again)
    // A save that changes nothing published (same bytes) keeps the version.
    let text = try #require(project.bytes(Self.actionFile))
    try text.write(to: URL(fileURLWithPath: project.root + "/" + Self.actionFile))
    usleep(400_000)
    #expect(try RawHTTP.events(port: server.port, count: 1) == first)
    try project.append("\nUne phrase de plus.\n", to: Self.actionFile)
    let deadline = Date().addingTimeInterval(10)
    var changed = first
    while changed == first, Date() < deadline {
      usleep(50_000)
      changed = try RawHTTP.events(port: server.port, count: 1)
    }
    #expect(changed != first, "no new version after an edit")
    // The DocBook follows: the sentence reaches it too, without another version.
    let later = Date().addingTimeInterval(30)
    var book = try RawHTTP.request(port: server.port, "/docbook/\(Self.action).xml")
    while !book.body.contains("Une phrase de plus."), Date() < later {
      usleep(50_000)
      book = try RawHTTP.request(port: server.port, "/docbook/\(Self.action).xml")
    }
    #expect(book.body.contains("Une phrase de plus."))
    #expect(try RawHTTP.events(port: server.port, count: 1) == changed)
    // Two saves in quick succession (the second while the JSON waits behind the pages): the
    // page and the JSON both end with the second.
    try project.append("\nUne première phrase rapide.\n", to: Self.actionFile)
    usleep(60_000)
    try project.append("\nUne seconde phrase rapide.\n", to: Self.actionFile)
    let quick = Date().addingTimeInterval(10)
    var json = try RawHTTP.request(port: server.port, "/json/\(Self.action).json")
    var shown = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    while !(json.body.contains("seconde phrase rapide") && shown.body.contains("seconde phrase")),
      Date() < quick
    {
      usleep(50_000)
      json = try RawHTTP.request(port: server.port, "/json/\(Self.action).json")
      shown = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    }
    #expect(shown.body.contains("Une seconde phrase rapide."))
    #expect(json.body.contains("Une première phrase rapide."))
    #expect(json.body.contains("Une seconde phrase rapide."))
    #expect(server.interrupt() != nil)
  }

  /// A dropped connection: the server stopped (killed) and started again on the same port and
  /// project announces the same version, so that the page that reconnects reloads nothing.
  @Test func restartedServerAnnouncesTheSameVersion() throws {
    let project = try ProjectCopy()
    var first: ServeProcess? = try ServeProcess([project.root, "--port", "0"])
    let port = first!.port
    let before = try RawHTTP.events(port: port, count: 1)
    kill(first!.process.processIdentifier, SIGKILL)
    first = nil
    let second = try ServeProcess([project.root, "--port", String(port)])
    #expect(try RawHTTP.events(port: second.port, count: 1) == before)
    #expect(second.interrupt() != nil)
  }

  @Test func takenPortIsAClearError() throws {
    let project = try ProjectCopy()
    let first = try ServeProcess([project.root, "--port", "0"])
    let second = try BoundedRun.run(
      CommandRunner.binary, ["serve", project.root, "--port", String(first.port)],
      environment: ["LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin"], killAfter: 30)
    #expect(second.status == 2, "\(second.status): \(second.stderr)")
    #expect(second.stderr.contains("le port \(first.port) est déjà pris"), "\(second.stderr)")
    #expect(second.stderr.contains("--port 0"))
    #expect(first.interrupt() != nil)
  }

  @Test func anotherHostThanLoopbackWarns() throws {
    let project = try ProjectCopy()
    let server = try ServeProcess([project.root, "--host", "0.0.0.0", "--port", "0"])
    #expect(server.stderr.contains("attention, --host 0.0.0.0"), "\(server.stderr)")
    let loopback = try ServeProcess([project.root, "--port", "0"])
    #expect(!loopback.stderr.contains("attention"), "\(loopback.stderr)")
    #expect(server.interrupt() != nil)
    #expect(loopback.interrupt() != nil)
  }

  /// `--poll`: no inotify, the edits are still seen.
  @Test func pollingSeesEdits() throws {
    let project = try ProjectCopy()
    let server = try ServeProcess([project.root, "--port", "0", "--poll", "50ms"])
    #expect(server.stderr.contains("scruté toutes les 50 ms"), "\(server.stderr)")
    try expectEditSeen(server, project)
    #expect(server.interrupt() != nil)
  }

  /// When the watches run out (here a limit of one watch, as if `max_user_watches` were
  /// reached), the server says how to raise the limit and follows the project by polling.
  @Test func watchLimitFallsBackToPolling() throws {
    let project = try ProjectCopy()
    let server = try ServeProcess(
      [project.root, "--port", "0"], environment: ["RECIT_SERVE_MAX_WATCHES": "1"])
    #expect(server.stderr.contains("fs.inotify.max_user_watches"), "\(server.stderr)")
    #expect(server.stderr.contains("sudo sysctl fs.inotify.max_user_watches="))
    try expectEditSeen(server, project)
    #expect(server.interrupt() != nil)
  }

  /// A project that does not build at first: the index says so with the errors, the server
  /// keeps running, and the mended file gives the site.
  @Test func brokenProjectAtStartKeepsServing() throws {
    let project = try ProjectCopy()
    let original = try String(contentsOfFile: project.root + "/" + Self.actionFile, encoding: .utf8)
    try project.replace("titre:", with: "titre: [\ntitre:", in: Self.actionFile)
    let server = try ServeProcess([project.root, "--port", "0"])
    let index = try RawHTTP.request(port: server.port, "/html/index.html")
    #expect(index.status == 200)
    #expect(index.body.contains("Le projet ne se construit pas encore"))
    #expect(index.body.contains("recit-serve-diagnostics"))
    #expect(index.body.contains(Self.actionFile + ":"))
    try project.write(original, to: Self.actionFile)
    let deadline = Date().addingTimeInterval(10)
    var page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    while page.status != 200, Date() < deadline {
      usleep(50_000)
      page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    }
    #expect(page.status == 200)
    #expect(!page.body.contains("recit-serve-diagnostics"))
    #expect(server.interrupt() != nil)
  }

  /// The panel speaks the project's language (`langue: en`), as the terminal does.
  @Test func overlaySpeaksTheProjectsLanguage() throws {
    let project = try ProjectCopy()
    try project.replace("langue: fr", with: "langue: en", in: "recit.yml")
    let server = try ServeProcess([project.root, "--port", "0"], environment: ["LANG": "C"])
    try project.replace("titre:", with: "titre: Un\ntitre:", in: Self.actionFile)
    let deadline = Date().addingTimeInterval(10)
    var page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    while !page.body.contains("recit-serve-diagnostics"), Date() < deadline {
      usleep(50_000)
      page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    }
    #expect(page.body.contains("1 error in the project"), "\(page.body.suffix(3000))")
    #expect(page.body.contains("lang=\"en\""))
    #expect(page.body.contains("See the place in the narrative"))
    #expect(server.waitForStderr("\(Self.actionFile):3:1: error:"), "\(server.stderr)")
    #expect(server.interrupt() != nil)
  }

  /// What the overlay shows comes from the user's files: it is escaped.
  @Test func overlayEscapesTheFilesText() throws {
    let project = try ProjectCopy()
    let server = try ServeProcess([project.root, "--port", "0"])
    // A second `titre:` right under the first: an error at that line, whose text is shown.
    var lines = try String(contentsOfFile: project.root + "/" + Self.actionFile, encoding: .utf8)
      .components(separatedBy: "\n")
    lines.insert("titre: <img src=x onerror=alert(2)><script>alert(1)</script>", at: 2)
    try project.write(lines.joined(separator: "\n"), to: Self.actionFile)
    let deadline = Date().addingTimeInterval(10)
    var page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    while !page.body.contains("recit-serve-diagnostics"), Date() < deadline {
      usleep(50_000)
      page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    }
    let panel = try #require(
      page.body.range(of: "<aside id=\"recit-serve-diagnostics\"").map {
        page.body[$0.lowerBound...]
      })
    #expect(!panel.contains("<script>alert"))
    #expect(!panel.contains("<img src=x"))
    #expect(
      panel.contains("&lt;img src=x onerror=alert(2)&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(server.interrupt() != nil)
  }

  private func expectEditSeen(_ server: ServeProcess, _ project: ProjectCopy) throws {
    let marker = "Une phrase écrite pendant que le serveur tourne"
    try project.append("\n\(marker).\n", to: Self.actionFile)
    let deadline = Date().addingTimeInterval(10)
    var page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    while !page.body.contains(marker), Date() < deadline {
      usleep(50_000)
      page = try RawHTTP.request(port: server.port, "/html/\(Self.action).html")
    }
    #expect(page.body.contains(marker), "the edit was not seen:\n\(server.stderr)")
  }
}
