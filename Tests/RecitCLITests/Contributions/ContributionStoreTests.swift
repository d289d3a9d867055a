import Foundation
import RecitContributions
import RecitKit
import RecitTestSupport
import Testing

/// The two databases a store may use: one suite runs against both, SQLite in a temporary file
/// and a real PostgreSQL server (``PostgresCluster``, a fresh database per test).
enum Backend: String, Sendable, CaseIterable, CustomTestStringConvertible {
  case sqlite, postgres

  var testDescription: String { rawValue }
}

/// A clock the test moves: seconds since 1970, starting on 2 December 2026.
///
/// `@unchecked Sendable` is sound: `value` is only touched under `lock`.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Int64

  init(_ start: Int64 = 1_796_256_000) { value = start }

  var now: Int64 { lock.withLock { value } }

  func advance(_ seconds: Int64) { lock.withLock { value += seconds } }

  func set(_ time: Int64) { lock.withLock { value = time } }

  var function: @Sendable () -> Int64 { { [self] in now } }
}

/// A database for one test: its location, and what keeps it alive.
final class StoreDatabase {
  let backend: Backend
  let location: StoreLocation
  private let folder: TemporaryFolder?
  /// For SQLite, the file.
  let path: String?

  init(_ backend: Backend) throws {
    self.backend = backend
    switch backend {
    case .sqlite:
      let folder = try TemporaryFolder()
      self.folder = folder
      path = folder.path + "/.recit/contributions.sqlite"
      location = .sqlite(path: path!)
    case .postgres:
      folder = nil
      path = nil
      location = .postgres(url: try PostgresCluster.shared.get().createDatabase())
    }
  }

  func open(_ clock: TestClock = TestClock()) async throws -> ContributionStore {
    try await ContributionStore.open(location, clock: clock.function)
  }

  /// Opens a store, runs `body`, and shuts the store down, whatever happened.
  @discardableResult
  func with<T>(
    _ clock: TestClock = TestClock(), _ body: (ContributionStore) async throws -> T
  ) async throws -> T {
    let store = try await open(clock)
    do {
      let result = try await body(store)
      try await store.shutdown()
      return result
    } catch {
      try? await store.shutdown()
      throw error
    }
  }
}

/// What a contributor sends, checked as the server checks the form (the draft has no public
/// initializer): told by `amap`, or by a new actor when `newName` is given.
func sampleDraft(
  text: String = "Nous avons commencé à vingt familles, un mardi soir.", newName: String? = nil,
  showsName: Bool = false
) -> ContributionDraft {
  let form = ContributionForm(actors: [
    ("amap", "AMAP de Malaunay"), ("bibliotheque", "Bibliothèque municipale"),
  ])
  var fields: [String: [String]] = [
    "narrateur": [newName == nil ? "amap" : "nouveau"], "posture": ["alternatif"],
    "titre": ["Le récit des adhérents"], "sujet": ["amap"], "adjuvants": ["bibliotheque"],
    "objet": ["Manger local"], "desaccords": ["opposants : le prix compte aussi"],
    "texte": [text],
  ]
  if let newName {
    fields["nouveau_nom"] = [newName]
    fields["nouveau_categorie"] = ["habitant"]
  }
  if showsName { fields["consentement"] = ["oui"] }
  guard case .success(let draft) = form.check(fields, language: .fr) else {
    fatalError("the sample draft is refused")
  }
  return draft
}

/// Submits `draft`; the submission's outcome.
@discardableResult
func submit(
  _ store: ContributionStore, _ draft: ContributionDraft = sampleDraft(),
  nonce: String = Secrets.token(bytes: 16), action: String = "creation-amap",
  address: String = "adresse-a", withdrawToken: String = Secrets.token(),
  code: String = "K7QM-9XD4-TWP2", source: String = "---\ntitre: Une AMAP\n---\n"
) async throws -> ContributionStore.Submission {
  try await store.submit(
    actionID: action, draft: draft, nonce: nonce, linkCode: code, addressDigest: address,
    withdrawToken: withdrawToken, actionDigest: Secrets.digest(source), actionSource: source)
}

extension Array {
  func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
    var result: [T] = []
    for element in self { result.append(try await transform(element)) }
    return result
  }
}

/// The form's fields a test meant to be accepted were refused.
struct FormRefused: Error {
  let fields: [String]
}

/// A submission a test expected to be stored now was not.
struct NotStored: Error {
  let submission: ContributionStore.Submission
}

/// The id of a submission that was stored now.
func storedID(_ submission: ContributionStore.Submission) throws -> String {
  guard case .stored(let id) = submission else {
    throw NotStored(submission: submission)
  }
  return id
}

@Suite struct ContributionStoreTests {
  // MARK: Migrations

  @Test(arguments: Backend.allCases)
  func migrationsAreAppliedAtOpenAndOnlyOnce(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let expected = Array(1...ContributionStore.schemaVersion)
    let (first, secret) = try await database.with { store async throws in
      try await submit(store)
      return (try await store.appliedVersions(), try await store.secret())
    }
    #expect(first == expected)
    #expect(secret.count == 64 && secret.allSatisfy(\.isHexDigit))
    // Opened again: nothing applied twice, nothing lost, the same secret.
    try await database.with { store async throws in
      #expect(try await store.appliedVersions() == expected)
      #expect(try await store.contributions().count == 1)
      #expect(try await store.secret() == secret)
    }
  }

  /// Two `recit serve` started at the same moment on an empty database both migrate it.
  @Test(arguments: Backend.allCases)
  func twoStoresOpeningAnEmptyDatabaseAtOnceBothMigrate(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    let location = database.location
    let opened = await withTaskGroup(of: Result<ContributionStore, any Error>.self) { group in
      for _ in 0..<2 {
        group.addTask {
          do {
            return .success(try await ContributionStore.open(location, clock: clock.function))
          } catch {
            return .failure(error)
          }
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    let stores = opened.compactMap { try? $0.get() }
    for case .failure(let error) in opened {
      Issue.record("a store opened at the same moment as another failed: \(error)")
    }
    for store in stores {
      #expect(try await store.appliedVersions() == Array(1...ContributionStore.schemaVersion))
    }
    let secrets = try await stores.asyncMap { try await $0.secret() }
    #expect(Set(secrets).count <= 1)
    for store in stores { try await store.shutdown() }
  }

  @Test func aMissingFolderIsMadePrivateAndGitIgnored() async throws {
    let database = try StoreDatabase(.sqlite)
    try await database.with { store async throws in try await submit(store) }
    let path = try #require(database.path)
    let file = try FileManager.default.attributesOfItem(atPath: path)
    #expect((file[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let folder = (path as NSString).deletingLastPathComponent
    let attributes = try FileManager.default.attributesOfItem(atPath: folder)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    let ignore = try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8)
    #expect(ignore.split(separator: "\n").contains("*"))
  }

  // MARK: Workshop links

  @Test(arguments: Backend.allCases)
  func aLinkIsFoundByItsCodeUntilItExpires(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    try await database.with(clock) { store async throws in
      let link = try await store.createLink(
        label: "Atelier du 12 décembre", lifetime: 7 * 86_400, by: "camille")
      #expect(
        link.code.range(
          of: "^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$",
          options: .regularExpression) != nil, "\(link.code)")
      #expect(link.created == clock.now && link.expires == clock.now + 7 * 86_400)
      #expect(link.createdBy == "camille" && link.label == "Atelier du 12 décembre")
      #expect(try await store.link(link.code) == link)
      // Typed in lower case at the workshop.
      #expect(try await store.link(link.code.lowercased()) == link)
      #expect(try await store.link("AAAA-BBBB-CCCC") == nil)
      #expect(try await store.links() == [link])
      #expect(link.isValid(at: clock.now))
      clock.advance(7 * 86_400 - 1)
      #expect(try #require(try await store.link(link.code)).isValid(at: clock.now))
      clock.advance(1)
      #expect(try #require(try await store.link(link.code)).isValid(at: clock.now) == false)
    }
  }

  // MARK: Submissions

  @Test(arguments: Backend.allCases)
  func aSubmissionIsStoredOnceForItsNonce(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    try await database.with(clock) { store async throws in
      let nonce = Secrets.token(bytes: 16)
      let token = Secrets.token()
      let draft = sampleDraft(
        newName: "Jeanne Martin", showsName: true)
      let id = try storedID(
        try await submit(store, draft, nonce: nonce, withdrawToken: token, source: "source v1"))
      #expect(id.range(of: "^[0-9]{8}-[0-9]{6}-[0-9a-f]{8}$", options: .regularExpression) != nil)
      // The same form sent again, even with another text: the first one is kept.
      clock.advance(5)
      let again = try await submit(
        store, sampleDraft(text: "autre"), nonce: nonce, withdrawToken: Secrets.token())
      #expect(again == .duplicate(id: id))

      let all = try await store.contributions()
      #expect(all.count == 1)
      let stored = try #require(try await store.contribution(id))
      #expect(all.first == stored)
      #expect(stored.status == .pending && stored.actionID == "creation-amap")
      #expect(stored.draft == draft)
      #expect(stored.created == clock.now - 5)
      #expect(stored.linkCode == "K7QM-9XD4-TWP2")
      #expect(stored.actionSource == "source v1")
      #expect(stored.actionDigest == Secrets.digest("source v1"))
      #expect(stored.decidedAt == nil && stored.decidedBy == nil && stored.acceptedFile == nil)
      #expect(try await store.contribution(withdrawToken: token) == stored)
      #expect(try await store.contribution(withdrawToken: Secrets.token()) == nil)
      #expect(try await store.contribution("20260101-000000-00000000") == nil)
      #expect(try await store.journal().filter { $0.event == "submitted" }.count == 1)
    }
  }

  @Test(arguments: Backend.allCases)
  func fiftyConcurrentSubmissionsAreAllStoredOnce(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    try await database.with { store async throws in
      let outcomes = try await withThrowingTaskGroup(of: ContributionStore.Submission.self) {
        group in
        for number in 0..<50 {
          group.addTask {
            try await submit(store, sampleDraft(text: "Récit n° \(number)"))
          }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      let ids = try outcomes.map(storedID)
      #expect(Set(ids).count == 50)
      let stored = try await store.contributions()
      #expect(Set(stored.map(\.id)) == Set(ids))
      #expect(Set(stored.map(\.draft.text)).count == 50)
    }
  }

  /// A form sent twenty times at once (a double click, a retrying proxy) is stored once.
  @Test(arguments: Backend.allCases)
  func theSameFormSentConcurrentlyIsStoredOnce(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    try await database.with { store async throws in
      let nonce = Secrets.token(bytes: 16)
      let outcomes = try await withThrowingTaskGroup(of: ContributionStore.Submission.self) {
        group in
        for _ in 0..<20 {
          group.addTask { try await submit(store, nonce: nonce) }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      let stored = outcomes.compactMap { outcome -> String? in
        if case .stored(let id) = outcome { return id }
        return nil
      }
      #expect(stored.count == 1)
      let id = try #require(stored.first)
      #expect(outcomes.filter { $0 == .duplicate(id: id) }.count == 19)
      #expect(try await store.contributions().map(\.id) == [id])
    }
  }

  @Test(arguments: Backend.allCases)
  func contributionsAreListedByStatusOldestFirst(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    try await database.with(clock) { store async throws in
      var ids: [String] = []
      for number in 0..<5 {
        ids.append(try storedID(try await submit(store, sampleDraft(text: "n° \(number)"))))
        clock.advance(10)
      }
      #expect(try await store.decide(ids[0], .accepted, by: "camille", note: nil, file: "a.md"))
      #expect(try await store.decide(ids[1], .rejected, by: "camille", note: "hors sujet"))
      #expect(try await store.withdraw(ids[2]))
      #expect(try await store.contributions().map(\.id) == ids)
      #expect(try await store.contributions([.pending]).map(\.id) == [ids[3], ids[4]])
      #expect(try await store.contributions([.accepted, .rejected]).map(\.id) == [ids[0], ids[1]])
      #expect(try await store.contributions([.withdrawn]).map(\.status) == [.withdrawn])
      do {
        #expect(try await store.contributions([]).isEmpty)
      } catch {
        Issue.record("no status asked: \(String(reflecting: error))")
      }
    }
  }

  // MARK: Decisions

  @Test(arguments: Backend.allCases)
  func aContributionIsDecidedOnlyOnce(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    try await database.with(clock) { store async throws in
      let id = try storedID(try await submit(store))
      clock.advance(60)
      let file = "actions/creation-amap/amap.md"
      #expect(try await store.decide(id, .accepted, by: "camille", note: "merci", file: file))
      clock.advance(60)
      #expect(try await store.decide(id, .rejected, by: "dominique", note: "non") == false)
      #expect(try await store.withdraw(id) == false)
      let decided = try #require(try await store.contribution(id))
      #expect(decided.status == .accepted)
      #expect(decided.decidedAt == clock.now - 60 && decided.decidedBy == "camille")
      #expect(decided.decisionNote == "merci" && decided.acceptedFile == file)
      #expect(try await store.decide("inconnue", .rejected, by: "camille", note: nil) == false)

      // Ten facilitators deciding at once: one of them wins.
      let other = try storedID(try await submit(store))
      clock.advance(1)
      let wins = try await withThrowingTaskGroup(of: Bool.self) { group in
        for number in 0..<10 {
          group.addTask {
            try await store.decide(other, .rejected, by: "animateur-\(number)", note: nil)
          }
        }
        return try await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
      }
      #expect(wins == 1)
      let events = try await store.journal().filter { $0.contribution == other }.map(\.event)
      #expect(events == ["submitted", "rejected"])
    }
  }

  @Test(arguments: Backend.allCases)
  func withdrawingErasesTheTextAndTheNames(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    try await database.with(clock) { store async throws in
      let token = Secrets.token()
      let draft = sampleDraft(
        text: "Je suis Jeanne Martin, 12 rue des Lilas.",
        newName: "Jeanne Martin", showsName: true)
      let id = try storedID(
        try await submit(store, draft, address: "adresse-jeanne", withdrawToken: token))
      clock.advance(30)
      #expect(try await store.withdraw(id))
      #expect(try await store.withdraw(id) == false)
      #expect(try await store.decide(id, .accepted, by: "camille", note: nil) == false)
      let withdrawn = try #require(try await store.contribution(withdrawToken: token))
      #expect(withdrawn.id == id && withdrawn.status == .withdrawn)
      #expect(withdrawn.decidedAt == clock.now && withdrawn.decidedBy == "contributeur")
      #expect(withdrawn.draft.text.isEmpty)
      guard case .existing(id: "") = withdrawn.draft.narrator else {
        Issue.record("the narrator is kept: \(withdrawn.draft.narrator)")
        return
      }
      #expect(withdrawn.draft.title == nil && withdrawn.draft.object == nil)
      #expect(withdrawn.draft.roles.isEmpty && withdrawn.draft.disagreements.isEmpty)
      #expect(withdrawn.draft.showsName == false)
      // Nor is its address counted any more.
      #expect(try await store.count(fromAddress: "adresse-jeanne", since: 0) == 0)
      let journal = try await store.journal()
      #expect(journal.last?.event == "withdrawn" && journal.last?.actor == "contributeur")
      #expect(!journal.contains { $0.detail.contains("Jeanne") })
    }
    if backend == .postgres, case .postgres(let url) = database.location {
      let name = try #require(URL(string: url)?.path.dropFirst())
      let found = try PostgresCluster.shared.get().psql(
        "SELECT count(*) FROM contributions WHERE draft LIKE '%Jeanne%'", database: String(name))
      #expect(found.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
  }

  /// "Erased at once" holds for the bytes on disk too: neither the SQLite file nor its
  /// write-ahead log keeps the withdrawn text, while the server runs nor once it stopped.
  @Test func aWithdrawnTextLeavesNoTraceInTheSQLiteFiles() async throws {
    let database = try StoreDatabase(.sqlite)
    let path = try #require(database.path)
    let secret = "Fragment-\(Secrets.token(bytes: 8))"
    func traces() -> [String] {
      [path, path + "-wal", path + "-journal"].filter { file in
        FileManager.default.contents(atPath: file)?.range(of: Data(secret.utf8)) != nil
      }
    }
    try await database.with { store async throws in
      let draft = sampleDraft(
        text: "Mon voisin \(secret) ne veut pas de marché. "
          + String(repeating: "Un récit assez long pour tenir plusieurs lignes. ", count: 20),
        newName: secret, showsName: true)
      let id = try storedID(try await submit(store, draft))
      #expect(traces().isEmpty == false, "the test must see the text before")
      #expect(try await store.withdraw(id))
      #expect(traces().isEmpty, "while the store is open, still in \(traces())")
    }
    #expect(traces().isEmpty, "once the store is closed, still in \(traces())")
  }

  @Test(arguments: Backend.allCases)
  func purgeDeletesTheContributionsRejectedBeforeATime(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    let start = clock.now
    try await database.with(clock) { store async throws in
      let old = try storedID(try await submit(store))
      let recent = try storedID(try await submit(store))
      let accepted = try storedID(try await submit(store))
      let pending = try storedID(try await submit(store))
      clock.advance(10)
      #expect(try await store.decide(old, .rejected, by: "camille", note: nil))
      clock.advance(90)
      #expect(try await store.decide(recent, .rejected, by: "camille", note: nil))
      #expect(try await store.decide(accepted, .accepted, by: "camille", note: nil, file: "x.md"))
      let session = try await store.openSession(for: "camille")
      clock.advance(ContributionStore.sessionLifetime + 1)

      #expect(try await store.purge(rejectedBefore: start + 50, by: "camille") == 1)
      #expect(Set(try await store.contributions().map(\.id)) == [recent, accepted, pending])
      #expect(try await store.contribution(old) == nil)
      let purged = try await store.journal().filter { $0.event == "purged" }
      #expect(purged.count == 1 && purged.first?.detail == "1" && purged.first?.actor == "camille")
      // Nothing more to purge: no entry either.
      #expect(try await store.purge(rejectedBefore: start + 50, by: "camille") == 0)
      #expect(try await store.journal().filter { $0.event == "purged" }.count == 1)
      // The expired session went too: even back in its time, it is not found.
      clock.set(start + 101)
      #expect(try await store.session(session.token) == nil)
    }
  }

  // MARK: Facilitators

  @Test(arguments: Backend.allCases)
  func aPasswordHashIsStoredAndReplaced(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    try await database.with(clock) { store async throws in
      #expect(try await store.passwordHash("camille") == nil)
      try await store.setPassword("camille", hash: "hash-1")
      clock.advance(1)
      try await store.setPassword("camille", hash: "hash-2")
      clock.advance(1)
      try await store.setPassword("dominique", hash: "hash-3")
      #expect(try await store.passwordHash("camille") == "hash-2")
      #expect(try await store.facilitators() == ["camille", "dominique"])
      let accounts = try await store.journal().filter { $0.event == "account" }
      #expect(accounts.map(\.actor) == ["camille", "camille", "dominique"])

      // bcrypt for real: the right password, a wrong one, an unknown name.
      let password = "une phrase de passe assez longue"
      try await store.setPassword("camille", hash: Accounts.hash(password))
      #expect(try await store.passwordHash("camille")?.hasPrefix("$2") == true)
      #expect(try await Accounts.verify(password, name: "camille", in: store))
      #expect(try await Accounts.verify(password + "!", name: "camille", in: store) == false)
      #expect(try await Accounts.verify(password, name: "inconnu", in: store) == false)
    }
  }

  @Test(arguments: Backend.allCases)
  func sessionsOpenCloseAndExpireAfterEightHours(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    try await database.with(clock) { store async throws in
      let session = try await store.openSession(for: "camille")
      #expect(session.facilitator == "camille")
      #expect(session.token.count >= 32 && session.csrf.count >= 32)
      #expect(try await store.session(session.token) == session)
      #expect(try await store.session(Secrets.token()) == nil)
      try await store.closeSession(session.token)
      #expect(try await store.session(session.token) == nil)

      clock.advance(1)
      let other = try await store.openSession(for: "dominique")
      #expect(other.token != session.token && other.csrf != session.csrf)
      clock.advance(8 * 3600 - 1)
      #expect(try await store.session(other.token) == other)
      clock.advance(1)
      #expect(try await store.session(other.token) == nil)
      let logins = try await store.journal().filter { $0.event == "login" }
      #expect(logins.map(\.actor) == ["camille", "dominique"])
    }
  }

  // MARK: The journal

  @Test(arguments: Backend.allCases)
  func theJournalSaysWhoDidWhatAndWhen(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    let start = clock.now
    try await database.with(clock) { store async throws in
      let link = try await store.createLink(label: "Atelier", lifetime: 86_400, by: "camille")
      clock.advance(1)
      let accepted = try storedID(try await submit(store, code: link.code))
      clock.advance(1)
      let rejected = try storedID(try await submit(store, code: link.code))
      clock.advance(1)
      let withdrawn = try storedID(try await submit(store, code: link.code))
      clock.advance(1)
      _ = try await store.decide(
        accepted, .accepted, by: "camille", note: "Très juste", file: "actions/a/amap.md")
      clock.advance(1)
      _ = try await store.decide(rejected, .rejected, by: "dominique", note: "Hors sujet")
      clock.advance(1)
      _ = try await store.withdraw(withdrawn)
      clock.advance(1)
      _ = try await store.purge(rejectedBefore: clock.now, by: "dominique")

      let journal = try await store.journal()
      let expected: [(Int64, String, String, String?, String)] = [
        (start, "camille", "link", nil, "\(link.code) Atelier"),
        (start + 1, "contributeur", "submitted", accepted, "creation-amap"),
        (start + 2, "contributeur", "submitted", rejected, "creation-amap"),
        (start + 3, "contributeur", "submitted", withdrawn, "creation-amap"),
        (start + 4, "camille", "accepted", accepted, "actions/a/amap.md — Très juste"),
        (start + 5, "dominique", "rejected", rejected, "Hors sujet"),
        (start + 6, "contributeur", "withdrawn", withdrawn, ""),
        (start + 7, "dominique", "purged", nil, "1"),
      ]
      #expect(journal.count == expected.count)
      for (entry, want) in zip(journal, expected) {
        #expect(
          entry.at == want.0 && entry.actor == want.1 && entry.event == want.2
            && entry.contribution == want.3 && entry.detail == want.4, "\(entry)")
      }
    }
  }

  // MARK: Rate limits

  @Test(arguments: Backend.allCases)
  func submissionsAreCountedByAddressSinceATime(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    let start = clock.now
    try await database.with(clock) { store async throws in
      for _ in 0..<3 {
        try await submit(store, address: "adresse-a")
        clock.advance(10)
      }
      try await submit(store, address: "adresse-b")
      #expect(try await store.count(fromAddress: "adresse-a", since: start) == 3)
      #expect(try await store.count(fromAddress: "adresse-a", since: start + 10) == 2)
      #expect(try await store.count(fromAddress: "adresse-a", since: start + 21) == 0)
      #expect(try await store.count(fromAddress: "adresse-b", since: 0) == 1)
      #expect(try await store.count(fromAddress: "adresse-c", since: 0) == 0)
    }
  }

  // MARK: Two servers

  /// Two `recit serve` on one database: each sees what the other stored and decided, a form
  /// sent to both is stored once, and they share the signing secret.
  @Test(arguments: Backend.allCases)
  func twoStoresOnOneDatabaseSeeEachOthersSubmissions(_ backend: Backend) async throws {
    let database = try StoreDatabase(backend)
    let clock = TestClock()
    let first = try await database.open(clock)
    let second = try await database.open(clock)
    do {
      #expect(try await first.secret() == second.secret())
      let id = try storedID(try await submit(first))
      #expect(try await second.contribution(id)?.status == .pending)
      #expect(try await second.contributions([.pending]).map(\.id) == [id])
      #expect(try await second.decide(id, .rejected, by: "dominique", note: nil))
      #expect(try await first.contribution(id)?.status == .rejected)
      #expect(try await first.decide(id, .accepted, by: "camille", note: nil) == false)

      let nonce = Secrets.token(bytes: 16)
      let once = try storedID(try await submit(first, nonce: nonce))
      #expect(try await submit(second, nonce: nonce) == .duplicate(id: once))

      // Both at once, as behind a load balancer.
      let ids = try await withThrowingTaskGroup(of: ContributionStore.Submission.self) { group in
        for number in 0..<40 {
          let store = number.isMultiple(of: 2) ? first : second
          group.addTask { try await submit(store, address: "adresse-partagée") }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }.map(storedID)
      #expect(Set(ids).count == 40)
      #expect(try await first.count(fromAddress: "adresse-partagée", since: 0) == 40)
      #expect(try await second.contributions([.pending]).count == 41)

      let session = try await first.openSession(for: "camille")
      #expect(try await second.session(session.token) == session)
    } catch {
      try? await first.shutdown()
      try? await second.shutdown()
      throw error
    }
    try await first.shutdown()
    try await second.shutdown()
  }

  /// Without PostgreSQL's server, the PostgreSQL cases fail and say how to install it.
  @Test func missingPostgreSQLBinariesSayHowToInstallThem() throws {
    let empty = try TemporaryFolder()
    let error = #expect(throws: PostgresCluster.Failure.self) {
      try PostgresCluster.findBinaries(in: empty.path)
    }
    #expect(error?.description.contains("scripts/setup.sh --tests") == true)
    #expect(try PostgresCluster.findBinaries().hasPrefix("/usr/lib/postgresql/"))
  }

  @Test func storeLocationsAreReadFromTheCommandLine() {
    #expect(
      StoreLocation.parse("postgres://recit@db/recit")
        == .postgres(url: "postgres://recit@db/recit"))
    #expect(StoreLocation.parse("sqlite:/tmp/c.sqlite") == .sqlite(path: "/tmp/c.sqlite"))
    #expect(StoreLocation.parse("c.sqlite") == .sqlite(path: "c.sqlite"))
    #expect(StoreLocation.parse("sqlite:") == nil)
    #expect(StoreLocation.parse("mysql://x") == nil)
    #expect(
      StoreLocation.postgres(url: "postgres://recit:secret@db:5432/recit").description
        == "postgres://recit:***@db:5432/recit")
  }
}

/// An accepted contribution becomes a narrative file of its action, in a copy of the Malaunay
/// sample, with the project's own store (`.recit/contributions.sqlite`).
@Suite struct ContributionWriterTests {
  let recit = CommandRunner()

  /// The form's answers, checked as the server checks them.
  static func draft(_ fields: [String: [String]]) throws -> ContributionDraft {
    let form = ContributionForm(actors: [
      ("amap", "AMAP de Malaunay"), ("maraicher", "Maraîcher partenaire de l'AMAP"),
      ("bibliotheque", "Bibliothèque municipale"), ("habitants", "Habitants de Malaunay"),
    ])
    var all: [String: [String]] = [
      "posture": ["alternatif"], "titre": ["Le récit du maraîcher"], "sujet": ["amap"],
      "adjuvants": ["bibliotheque", "habitants"], "objet": ["Vivre de son travail"],
      "desaccords": ["opposants : le prix compte autant que les habitudes\nLa saison est courte"],
      "texte": ["J'ai signé parce que l'argent arrivait au printemps.\n\nLe reste a suivi."],
    ]
    all.merge(fields) { $1 }
    switch form.check(all, language: .fr) {
    case .success(let draft): return draft
    case .failure(let refusal): throw FormRefused(fields: refusal.errors.map(\.field))
    }
  }

  /// Submits `draft` for `action` as the server does: with the action's source when the form
  /// was served.
  static func submit(
    _ draft: ContributionDraft, to action: String, in root: String, store: ContributionStore
  ) async throws -> String {
    let source = try ContributionWriter(root: root).source(ofAction: action)
    return try storedID(
      try await RecitCLITests.submit(store, draft, action: action, source: source.text))
  }

  /// The project's files but the store's.
  static func files(_ project: ProjectCopy) throws -> [String: Data] {
    try project.snapshot().filter { !$0.key.hasPrefix(ContributionStore.folder + "/") }
  }

  /// Makes `creation-amap` a single-file action (`actions/creation-amap.md`).
  static func singleFile(_ project: ProjectCopy) throws -> Data {
    let folder = project.root + "/actions/creation-amap"
    try FileManager.default.moveItem(
      atPath: folder + "/action.md", toPath: project.root + "/actions/creation-amap.md")
    try FileManager.default.removeItem(atPath: folder)
    return try #require(project.bytes("actions/creation-amap.md"))
  }

  func checkStrict(_ project: ProjectCopy) throws -> CommandRunner.Output {
    try recit.run(["check", "--strict", "."], in: project.root)
  }

  @Test func acceptingIntoASingleFileActionMakesItAFolderAndTheFileChecks() async throws {
    let project = try ProjectCopy()
    let main = try Self.singleFile(project)
    // Told from one point of view only, the action is the one warning before.
    let before = try checkStrict(project)
    #expect(before.status == 1)
    #expect(before.stdout.contains("actions/creation-amap.md:1:1: avertissement:"))
    #expect(before.stdout.contains("[recit-unique]"))
    #expect(before.stdout.contains("0 erreur, 1 avertissement"), "\(before.stdout)")
    let store = try await ContributionStore.open(.inProject(project.root))
    let moderation = Moderation(store: store, root: project.root)
    do {
      let id = try await Self.submit(
        try Self.draft(["narrateur": ["maraicher"]]), to: "creation-amap", in: project.root,
        store: store)
      let result = try await moderation.accept(
        id, by: "camille", note: "Merci", despiteChanges: false)
      guard case .success(let outcome) = result else {
        Issue.record("refused: \(result)")
        try await store.shutdown()
        return
      }
      #expect(outcome.file == "actions/creation-amap/maraicher.md")
      #expect(outcome.addedActor == nil)
      #expect(project.bytes("actions/creation-amap.md") == nil)
      #expect(project.bytes("actions/creation-amap/action.md") == main)
      let text = try #require(
        project.bytes(outcome.file).map { String(decoding: $0, as: UTF8.self) })
      #expect(text.contains("narrateur: maraicher\n"))
      #expect(text.contains("posture: alternatif\n"))
      #expect(text.contains("J'ai signé parce que l'argent arrivait au printemps."))
      #expect(text.contains("sur: opposants"))
      let check = try checkStrict(project)
      #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
      let decided = try #require(try await store.contribution(id))
      #expect(decided.status == .accepted && decided.acceptedFile == outcome.file)
      #expect(decided.decidedBy == "camille" && decided.decisionNote == "Merci")
      // Decided once: a second accept is refused and writes nothing.
      let files = try Self.files(project)
      let again = try await moderation.accept(id, by: "dominique", note: nil, despiteChanges: true)
      guard case .failure(.notPending(.accepted)) = again else {
        Issue.record("accepted twice: \(again)")
        try await store.shutdown()
        return
      }
      #expect(try Self.files(project) == files)
    } catch {
      try? await store.shutdown()
      throw error
    }
    try await store.shutdown()
  }

  @Test func aNewNarratorIsAddedToTheActorsNamedOnlyWithConsent() async throws {
    let project = try ProjectCopy()
    let store = try await ContributionStore.open(.inProject(project.root))
    let moderation = Moderation(store: store, root: project.root)
    do {
      let named = try await Self.submit(
        try Self.draft([
          "narrateur": ["nouveau"], "nouveau_nom": ["Collectif des jardins partagés"],
          "nouveau_categorie": ["habitant"], "consentement": ["oui"],
        ]), to: "creation-amap", in: project.root, store: store)
      let anonymous = try await Self.submit(
        try Self.draft([
          "narrateur": ["nouveau"], "nouveau_nom": ["Jeanne Martin"],
          "nouveau_categorie": ["habitant"],
        ]), to: "creation-amap", in: project.root, store: store)

      let first = try await moderation.accept(
        named, by: "camille", note: nil, despiteChanges: false)
      let second = try await moderation.accept(
        anonymous, by: "camille", note: nil, despiteChanges: false)
      guard case .success(let shown) = first, case .success(let hidden) = second else {
        Issue.record("refused: \(first) \(second)")
        try await store.shutdown()
        return
      }
      let shownID = try #require(shown.addedActor)
      #expect(hidden.addedActor == "contribution-habitant")
      #expect(hidden.file == "actions/creation-amap/contribution-habitant.md")
      let actors = String(decoding: try #require(project.bytes("acteurs.yml")), as: UTF8.self)
      #expect(actors.contains("\n\(shownID):\n"))
      #expect(actors.contains("Collectif des jardins partagés"))
      #expect(actors.contains("\ncontribution-habitant:\n"))
      #expect(actors.contains("Un habitant ou une habitante"))
      // The name given without consent is nowhere in the project.
      for (path, bytes) in try Self.files(project) {
        #expect(bytes.range(of: Data("Jeanne Martin".utf8)) == nil, "\(path)")
      }
      let check = try checkStrict(project)
      #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    } catch {
      try? await store.shutdown()
      throw error
    }
    try await store.shutdown()
  }

  @Test func anActionChangedSinceTheFormWasServedIsAcceptedOnlyOnceConfirmed() async throws {
    let project = try ProjectCopy()
    let store = try await ContributionStore.open(.inProject(project.root))
    let moderation = Moderation(store: store, root: project.root)
    do {
      let id = try await Self.submit(
        try Self.draft(["narrateur": ["amap"]]), to: "creation-amap", in: project.root,
        store: store)
      let writer = ContributionWriter(root: project.root)
      let served = try #require(try await store.contribution(id))
      #expect(try writer.change(since: served) == nil)
      try project.replace(
        "titre: Des habitants fondent une AMAP à la suggestion du maire",
        with: "titre: Des habitants fondent une AMAP", in: "actions/creation-amap/action.md")
      let files = try Self.files(project)

      let refused = try await moderation.accept(id, by: "camille", note: nil, despiteChanges: false)
      guard case .failure(.writer(.changed(let diff))) = refused else {
        Issue.record("not refused: \(refused)")
        try await store.shutdown()
        return
      }
      #expect(diff.contains("\n-titre: Des habitants fondent une AMAP à la suggestion du maire\n"))
      #expect(diff.contains("\n+titre: Des habitants fondent une AMAP\n"))
      #expect(diff.hasPrefix("--- action (envoi / when sent)\n+++ action (maintenant / now)\n"))
      #expect(try writer.change(since: served) == diff)
      #expect(try Self.files(project) == files)
      #expect(try await store.contribution(id)?.status == .pending)

      let confirmed = try await moderation.accept(
        id, by: "camille", note: nil, despiteChanges: true)
      guard case .success(let outcome) = confirmed else {
        Issue.record("refused: \(confirmed)")
        try await store.shutdown()
        return
      }
      #expect(outcome.file == "actions/creation-amap/amap.md")
      let check = try checkStrict(project)
      #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    } catch {
      try? await store.shutdown()
      throw error
    }
    try await store.shutdown()
  }

  /// A narrative the checker refuses (a link to an unknown actor) is not kept: the single-file
  /// action is put back as it was, and the contribution stays pending.
  @Test func aNarrativeThatWouldNotCheckIsTakenBackEntirely() async throws {
    let project = try ProjectCopy()
    _ = try Self.singleFile(project)
    let store = try await ContributionStore.open(.inProject(project.root))
    let moderation = Moderation(store: store, root: project.root)
    do {
      let id = try await Self.submit(
        try Self.draft([
          "narrateur": ["nouveau"], "nouveau_nom": ["Collectif des voisins"],
          "nouveau_categorie": ["habitant"], "consentement": ["oui"],
          "texte": ["[Les voisins](@voisins-inconnus) n'ont pas été consultés."],
        ]), to: "creation-amap", in: project.root, store: store)
      let files = try Self.files(project)
      let result = try await moderation.accept(id, by: "camille", note: nil, despiteChanges: false)
      guard case .failure(.writer(.doesNotCheck(let problems))) = result else {
        Issue.record("not refused: \(result)")
        try await store.shutdown()
        return
      }
      #expect(problems.contains { $0.contains("voisins-inconnus") }, "\(problems)")
      #expect(try Self.files(project) == files)
      #expect(try await store.contribution(id)?.status == .pending)
    } catch {
      try? await store.shutdown()
      throw error
    }
    try await store.shutdown()
  }
}
