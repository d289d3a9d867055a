import Foundation
import RecitTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `recit serve --contributions` run for real on a copy of Malaunay: a resident and a
/// facilitator in Debian's Chromium (Playwright), 200 submissions at once, a server killed in
/// the middle of them, and the rate limit of one address.
@Suite(.serialized) struct ContributionsServeTests {
  static let action = "creation-amap"
  static let facilitator = "animatrice"
  static let password = "jardins-partages-2026"
  static let newActor = "Collectif des jardins partagés"
  static let tools = PackageRoot.path + "/Tests/Fixtures/tools"
  /// Limits out of the way, for the load: the rate limits and the minimum fill time.
  static let unlimited = [
    "--limite-adresse", "100000", "--limite-code", "100000", "--duree-minimale", "0s",
  ]

  /// The resident, JavaScript off: the workshop link, the action page's "Racontez-la
  /// autrement", the form (axe-core clean), an empty text refused (422, #erreurs, the rest
  /// kept), the form sent 3 s after it was served (303, the private link). The facilitator:
  /// the login (401 for a wrong password), the contribution shown inert, accepted. The action
  /// page rebuilt with the new narrative in its comparison; the project passes
  /// `recit check --strict` with the file written.
  @Test func residentAndFacilitatorInChromium() throws {
    let workshop = try Self.workshop()
    let server = try ServeProcess([workshop.root, "--port", "0", "--contributions"])
    let result = try Self.python(
      "contributions-browser.py",
      [
        "--url", server.url, "--code", workshop.code, "--action", Self.action,
        "--user", Self.facilitator, "--password", Self.password, "--project", workshop.root,
      ], killAfter: 180)
    try #require(
      result.status == 0 || result.status == 1,
      "contributions-browser could not run (status \(result.status)):\n\(result.stderr)")
    let report = try #require(
      Text.jsonObject(in: result.stdout),
      "contributions-browser printed no JSON:\n\(result.stdout)\n\(result.stderr)")
    #expect(
      (report["problems"] as? [String]) == [],
      "\(report["problems"] ?? "?")\nserver:\n\(server.stderr.suffix(4000))")
    #expect(result.status == 0)
    print(
      "contributions: form to accepted narrative in Chromium in \(Self.seconds(result.seconds)) s;"
        + " action page rebuilt \(Self.number(report["rebuilt_after_s"]) ?? -1) s after the"
        + " acceptance")

    let file = try #require(report["file"] as? String, "the review named no file written")
    #expect(file.hasPrefix("actions/\(Self.action)/") && file.hasSuffix(".md"), "\(file)")
    #expect(
      FileManager.default.fileExists(atPath: workshop.root + "/" + file),
      "\(file) is not in the project")
    let actors = try String(contentsOfFile: workshop.root + "/acteurs.yml", encoding: .utf8)
    #expect(actors.contains(Self.newActor), "the new narrator is not in acteurs.yml")
    // The command line sees the same decision.
    let decided = try Self.listed(workshop.root, all: true)
    let accepted = decided.filter { ($0["fichier"] as? String) == file }
    #expect(accepted.count == 1, "list --tout --json: \(decided)")
    if let id = report["contribution"] as? String {
      #expect(accepted.first?["id"] as? String == id)
    }
    #expect(try Self.listed(workshop.root).isEmpty, "a contribution is still pending")

    let check = try CommandRunner().run(["check", "--strict", workshop.root], in: workshop.root)
    #expect(check.status == 0, "recit check --strict:\n\(check.stdout)\(check.stderr)")
    #expect(server.interrupt() != nil)
  }

  /// 200 valid submissions posted at once: each answered 303 with its id, each stored once
  /// (a form sent again comes back 200 with the same id), all 200 in `list --json`.
  @Test func twoHundredSubmissionsAtOnce() throws {
    let workshop = try Self.workshop()
    let server = try ServeProcess(
      [workshop.root, "--port", "0", "--contributions"] + Self.unlimited)
    let folder = try TemporaryFolder()
    let out = folder.path + "/results.json"
    let run = try Self.python(
      "contributions-load.py",
      [
        "--url", server.url, "--code", workshop.code, "--action", Self.action,
        "--count", "200", "--concurrency", "200", "--wait", "0", "--replay", "5", "--out", out,
      ], killAfter: 300)
    try #require(run.status == 0, "contributions-load (status \(run.status)):\n\(run.stderr)")
    let results = try Self.jsonFile(out)
    let statuses = Self.statuses(results)
    #expect(
      statuses == ["303": 200],
      "\(statuses) \(results["errors"] ?? "")\nserver:\n\(server.stderr.suffix(4000))")
    let answered = results["answered"] as? [String] ?? []
    #expect(answered.count == 200 && Set(answered).count == 200, "\(answered.count) answered")
    #expect(Self.number(results["answered_without_id"]) == 0, "303s without X-Recit-Contribution")
    let replays = results["replays"] as? [[String: Any]] ?? []
    #expect(
      replays.count == 5 && replays.allSatisfy { $0["same"] as? Bool == true },
      "a form sent again was not answered 200 with the same id: \(replays)")

    let listed = try Self.listed(workshop.root)
    let ids = listed.compactMap { $0["id"] as? String }
    #expect(ids.count == 200, "list --json has \(ids.count) contributions")
    #expect(Set(ids).count == ids.count, "an id is listed twice")
    #expect(Set(ids) == Set(answered), "listed and answered differ")
    let narrators = listed.compactMap { $0["narrateur"] as? String }
    #expect(Set(narrators).count == 200, "a submission was stored twice")
    print(
      "contributions load: 200 submissions, 200 at once (SQLite): "
        + "\(Self.figure(results["throughput_per_s"])) submissions/s, "
        + "p50 \(Self.figure(results["p50_ms"])) ms, p95 \(Self.figure(results["p95_ms"])) ms, "
        + "p99 \(Self.figure(results["p99_ms"])) ms, max \(Self.figure(results["max_ms"])) ms, "
        + "\(Self.figure(results["seconds"])) s in all")
    #expect(server.interrupt() != nil)
  }

  /// The server killed (SIGKILL) while 200 submissions are arriving, then started again on
  /// the same project: every submission answered 303 is in the store, none twice, and nothing
  /// but `.recit/` changed in the project.
  @Test func killedServerLosesNoAnsweredSubmission() throws {
    let workshop = try Self.workshop()
    let before = try Self.projectFiles(workshop.project)
    let arguments = [workshop.root, "--port", "0", "--contributions"] + Self.unlimited
    var server: ServeProcess? = try ServeProcess(arguments)
    let folder = try TemporaryFolder()
    let out = folder.path + "/results.json"
    let progress = folder.path + "/progress"
    for name in ["progress", "stdout", "stderr"] {
      _ = FileManager.default.createFile(atPath: folder.path + "/" + name, contents: nil)
    }
    let load = Process()
    load.executableURL = URL(fileURLWithPath: try ExternalTool.path("python3"))
    load.arguments = [
      Self.tools + "/contributions-load.py", "--url", server!.url, "--code", workshop.code,
      "--action", Self.action, "--count", "200", "--concurrency", "200", "--wait", "0",
      "--progress", progress, "--out", out,
    ]
    load.standardOutput = FileHandle(forWritingAtPath: folder.path + "/stdout")
    load.standardError = FileHandle(forWritingAtPath: folder.path + "/stderr")
    try load.run()
    defer { if load.isRunning { kill(load.processIdentifier, SIGKILL) } }

    // Killed once some submissions are answered, while the others are in flight.
    let deadline = Date().addingTimeInterval(120)
    var answeredAtKill = 0
    while Date() < deadline, load.isRunning {
      answeredAtKill = Self.lineCount(progress)
      if answeredAtKill >= 20 { break }
      usleep(2_000)
    }
    kill(server!.process.processIdentifier, SIGKILL)
    server = nil
    let end = Date().addingTimeInterval(120)
    while load.isRunning, Date() < end { usleep(20_000) }
    let loadErrors = (try? String(contentsOfFile: folder.path + "/stderr", encoding: .utf8)) ?? ""
    try #require(!load.isRunning, "the load did not end after the server was killed")
    try #require(
      load.terminationStatus == 0, "contributions-load (\(load.terminationStatus)):\n\(loadErrors)")

    let restarted = try ServeProcess(arguments)
    #expect(
      try RawHTTP.request(port: restarted.port, "/atelier/\(workshop.code)").status == 200,
      "the restarted server does not open the workshop:\n\(restarted.stderr)")
    let results = try Self.jsonFile(out)
    let answered = results["answered"] as? [String] ?? []
    let statuses = Self.statuses(results)
    let listed = try Self.listed(workshop.root)
    let ids = listed.compactMap { $0["id"] as? String }
    #expect(
      Set(answered).isSubset(of: Set(ids)),
      "answered 303 but lost: \(Set(answered).subtracting(ids).sorted())")
    #expect(Set(answered).count == answered.count, "an id was answered twice")
    #expect(Set(ids).count == ids.count, "an id is listed twice")
    #expect(ids.count <= 200, "\(ids.count) contributions for 200 submissions")
    let narrators = listed.compactMap { $0["narrateur"] as? String }
    #expect(Set(narrators).count == narrators.count, "a submission was stored twice")
    print(
      "contributions SIGKILL: killed after \(answeredAtKill) answers; \(statuses); "
        + "\(answered.count) answered 303, \(ids.count) stored, "
        + "\(ids.count - Set(answered).intersection(ids).count) stored but unanswered")
    #expect(
      (statuses["error"] ?? 0) > 0,
      "every submission was answered before the kill: nothing was in flight when it came")
    #expect(restarted.interrupt() != nil)

    // Nothing written in the project but its store.
    let after = try Self.projectFiles(workshop.project)
    #expect(
      Set(after.keys) == Set(before.keys),
      "stray files: \(Set(after.keys).symmetricDifference(before.keys).sorted())")
    #expect(
      after == before,
      "changed: \(after.keys.filter { after[$0] != before[$0] }.sorted())")
  }

  /// 30 quick submissions from one address with the default limits (10 a minute): the rest
  /// come back 429 with Retry-After, as the form refilled with #erreurs.
  @Test func burstFromOneAddressIsSlowedDown() throws {
    let workshop = try Self.workshop()
    let server = try ServeProcess([workshop.root, "--port", "0", "--contributions"])
    let run = try Self.python(
      "contributions-load.py",
      [
        "--url", server.url, "--code", workshop.code, "--action", Self.action, "--burst", "30",
      ], killAfter: 120)
    try #require(
      run.status == 0 || run.status == 1,
      "contributions-load --burst could not run (status \(run.status)):\n\(run.stderr)")
    let report = try #require(
      Text.jsonObject(in: run.stdout), "contributions-load printed no JSON:\n\(run.stdout)")
    let limited = Int(Self.number(report["count_429"]) ?? 0)
    #expect(limited >= 20, "\(limited) answers 429 for 30 submissions: \(report["statuses"] ?? "")")
    #expect(30 - limited <= 10, "more than 10 submissions let through in a minute")
    #expect(report["retry_after_present"] as? Bool == true, "a 429 without Retry-After")
    #expect(report["form_refilled"] as? Bool == true, "a 429 without the form refilled")
    #expect(run.status == 0)
    print(
      "contributions burst: 30 submissions from one address: \(report["statuses"] ?? "?"), "
        + "Retry-After \((report["retry_after"] as? [String])?.first ?? "?") s")
    // One form sent 30 times is stored once at most.
    #expect(try Self.listed(workshop.root).count <= 1)
    #expect(server.interrupt() != nil)
  }

  // MARK: Helpers

  /// A copy of Malaunay with a facilitator's account (password on standard input) and a
  /// workshop link valid 7 days.
  struct Workshop {
    let project: ProjectCopy
    let code: String
    var root: String { project.root }
  }

  static func workshop() throws -> Workshop {
    let project = try ProjectCopy()
    let runner = CommandRunner()
    let account = try runner.run(
      ["contributions", "compte", facilitator, project.root], in: project.folder.path,
      input: password + "\n")
    try #require(account.status == 0, "compte: \(account.status)\n\(account.stderr)")
    let link = try runner.run(
      ["contributions", "lien", "--expire", "7j", project.root], in: project.folder.path)
    try #require(link.status == 0, "lien: \(link.status)\n\(link.stderr)")
    let code = try #require(value("code", in: link.stdout), "no `code:` line:\n\(link.stdout)")
    #expect(link.stdout.contains("lien: /atelier/\(code)"), "\(link.stdout)")
    return Workshop(project: project, code: code)
  }

  /// The value of a `key: value` line.
  static func value(_ key: String, in text: String) -> String? {
    for line in text.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix(key + ":") {
        let value = trimmed.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
      }
    }
    return nil
  }

  /// `recit contributions list --json ROOT` (with `--tout` when `all`), as objects.
  static func listed(_ root: String, all: Bool = false) throws -> [[String: Any]] {
    let list = try CommandRunner().run(
      ["contributions", "list"] + (all ? ["--tout"] : []) + ["--json", root], in: root)
    try #require(list.status == 0, "list: \(list.status)\n\(list.stderr)")
    let start = list.stdout.firstIndex(of: "[") ?? list.stdout.startIndex
    let end =
      list.stdout.lastIndex(of: "]").map { list.stdout.index(after: $0) }
      ?? list.stdout.endIndex
    let array = try? JSONSerialization.jsonObject(with: Data(list.stdout[start..<end].utf8))
    return try #require(array as? [[String: Any]], "list --json printed no array:\n\(list.stdout)")
  }

  static func python(_ tool: String, _ arguments: [String], killAfter: Double) throws
    -> BoundedRun.Output
  {
    try BoundedRun.run(
      try ExternalTool.path("python3"), [tools + "/" + tool] + arguments, killAfter: killAfter)
  }

  static func jsonFile(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try #require(
      try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(path) is no JSON object")
  }

  /// The statuses' counts of a load's results (`"303"`, `"error"`…).
  static func statuses(_ results: [String: Any]) -> [String: Int] {
    (results["statuses"] as? [String: Any] ?? [:]).compactMapValues { number($0).map { Int($0) } }
  }

  static func number(_ value: Any?) -> Double? {
    if let value = value as? Double { return value }
    if let value = value as? Int { return Double(value) }
    if let value = value as? NSNumber { return value.doubleValue }
    return nil
  }

  static func figure(_ value: Any?) -> String {
    number(value).map { String(format: "%.1f", $0) } ?? "?"
  }

  static func seconds(_ value: Double) -> String { String(format: "%.1f", value) }

  static func lineCount(_ path: String) -> Int {
    guard let data = FileManager.default.contents(atPath: path) else { return 0 }
    return data.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
  }

  /// The project's files but its store (`.recit/`).
  static func projectFiles(_ project: ProjectCopy) throws -> [String: Data] {
    try project.snapshot().filter { !$0.key.hasPrefix(".recit/") }
  }
}
