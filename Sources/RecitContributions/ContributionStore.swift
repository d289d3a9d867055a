@preconcurrency import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// Where contributions are kept: an SQLite file (by default `.recit/contributions.sqlite` in
/// the project) or a PostgreSQL database, which several `recit serve` may share.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
  case sqlite(path: String)
  case postgres(url: String)

  /// The project's own SQLite file.
  public static func inProject(_ root: String) -> StoreLocation {
    .sqlite(path: root + "/" + ContributionStore.folder + "/contributions.sqlite")
  }

  /// `postgres://…` or `postgresql://…`, `sqlite:PATH`, or a file path.
  public static func parse(_ text: String) -> StoreLocation? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
      return .postgres(url: trimmed)
    }
    if trimmed.hasPrefix("sqlite:") {
      let path = String(trimmed.dropFirst("sqlite:".count))
      return path.isEmpty ? nil : .sqlite(path: path)
    }
    if trimmed.isEmpty || trimmed.contains("://") { return nil }
    return .sqlite(path: trimmed)
  }

  /// Said to the user: the file, or the server without its password.
  public var description: String {
    switch self {
    case .sqlite(let path): return path
    case .postgres(let url):
      guard var components = URLComponents(string: url) else { return "postgres://…" }
      if components.password != nil { components.password = "***" }
      return components.string ?? "postgres://…"
    }
  }
}

/// Why the store could not be used.
public struct StoreError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}

/// The stored contributions, workshop links, facilitators, sessions and the audit log, in one
/// SQL code path (SQLKit) over SQLite or PostgreSQL. Migrations are versioned and applied when
/// the store opens; every statement is one of SQLKit's builders or dialect-neutral SQL.
public final class ContributionStore: Sendable {
  /// The project's folder for what recit keeps and never publishes (git-ignored).
  public static let folder = ".recit"

  public let location: StoreLocation
  let database: any SQLDatabase
  private let close: @Sendable () async throws -> Void
  let clock: @Sendable () -> Int64

  private init(
    location: StoreLocation, database: any SQLDatabase,
    close: @escaping @Sendable () async throws -> Void, clock: @escaping @Sendable () -> Int64
  ) {
    self.location = location
    self.database = database
    self.close = close
    self.clock = clock
  }

  public static func now() -> Int64 { Int64(Date().timeIntervalSince1970) }

  /// Opens (creating when needed) and migrates the store.
  public static func open(
    _ location: StoreLocation, clock: @escaping @Sendable () -> Int64 = ContributionStore.now
  ) async throws -> ContributionStore {
    var logger = Logger(label: "recit-contributions")
    logger.logLevel = .critical
    let store: ContributionStore
    switch location {
    case .sqlite(let path):
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
        Self.ignoreInGit(folder)
      }
      let connection: SQLiteConnection
      do {
        connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
          .get()
      } catch {
        throw StoreError(message: "\(path): \(error)")
      }
      chmod(path, 0o600)
      let database = connection.sql()
      // WAL lets readers go on while a submission is written; FULL makes an answered
      // submission durable; a busy database is waited for rather than refused.
      for pragma in [
        "PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
        "PRAGMA secure_delete=ON",
      ] {
        try await database.raw(SQLQueryString(pragma)).run()
      }
      store = ContributionStore(
        location: location, database: database,
        close: { try await connection.close().get() }, clock: clock)
    case .postgres(let url):
      let configuration: SQLPostgresConfiguration
      do {
        configuration = try SQLPostgresConfiguration(url: url)
      } catch {
        throw StoreError(
          message: "\(location): adresse PostgreSQL illisible / unreadable PostgreSQL URL")
      }
      let pool = EventLoopGroupConnectionPool(
        source: PostgresConnectionSource(sqlConfiguration: configuration),
        maxConnectionsPerEventLoop: 4, on: MultiThreadedEventLoopGroup.singleton)
      let database = pool.database(logger: logger).sql()
      store = ContributionStore(
        location: location, database: database, close: { try await pool.shutdownAsync() },
        clock: clock)
    }
    do {
      try await store.migrate()
    } catch {
      try? await store.shutdown()
      throw StoreError(message: "\(location): \(String(reflecting: error))")
    }
    return store
  }

  public func shutdown() async throws { try await close() }

  /// A `.gitignore` of `*` in the store's folder: it holds personal data.
  static func ignoreInGit(_ folder: String) {
    let path = folder + "/.gitignore"
    guard !FileManager.default.fileExists(atPath: path) else { return }
    try? "# recit : données personnelles, jamais publiées / personal data, never published\n*\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
  }

  // MARK: Migrations

  /// Each version's statements, applied once and in order; a version is never edited once
  /// released, a change is a new version.
  static let migrations: [(version: Int64, statements: [String])] = [
    (
      1,
      [
        """
        CREATE TABLE IF NOT EXISTS recit_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS workshop_links (code TEXT PRIMARY KEY, label TEXT NOT NULL,
          created BIGINT NOT NULL, expires BIGINT NOT NULL, created_by TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS contributions (id TEXT PRIMARY KEY, nonce TEXT NOT NULL UNIQUE,
          action_id TEXT NOT NULL, status TEXT NOT NULL, draft TEXT NOT NULL,
          created BIGINT NOT NULL, link_code TEXT NOT NULL, address_digest TEXT NOT NULL,
          withdraw_digest TEXT NOT NULL UNIQUE, consent_at BIGINT,
          action_digest TEXT NOT NULL, action_source TEXT NOT NULL,
          decided_at BIGINT, decided_by TEXT, decision_note TEXT, accepted_file TEXT)
        """,
        "CREATE INDEX IF NOT EXISTS contributions_status ON contributions (status, created)",
        """
        CREATE TABLE IF NOT EXISTS facilitators (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL,
          created BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS sessions (token_digest TEXT PRIMARY KEY,
          facilitator TEXT NOT NULL, csrf TEXT NOT NULL, expires BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS audit_log (id TEXT PRIMARY KEY, at BIGINT NOT NULL,
          actor TEXT NOT NULL, action TEXT NOT NULL, contribution_id TEXT, detail TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at)",
      ]
    )
  ]

  /// The schema's version once migrated.
  public static var schemaVersion: Int64 { migrations.last?.version ?? 0 }

  /// Applies the missing migrations; when another server creates the same tables at the same
  /// moment (PostgreSQL's `IF NOT EXISTS` is not safe against that race), tries again.
  func migrate() async throws {
    var attempt = 0
    while true {
      do {
        try await migrateOnce()
        return
      } catch  where attempt < 5 && Self.isCreationRace(error) {
        attempt += 1
        try await Task.sleep(for: .milliseconds(40 * attempt))
      }
    }
  }

  /// A unique violation on the catalog or "already exists": a table made by another server.
  static func isCreationRace(_ error: any Error) -> Bool {
    let text = String(reflecting: error)
    return text.contains("23505") || text.contains("42P07") || text.contains("already exists")
  }

  private func migrateOnce() async throws {
    try await database.raw(
      "CREATE TABLE IF NOT EXISTS recit_migrations (version BIGINT PRIMARY KEY, applied BIGINT NOT NULL)"
    ).run()
    let applied = Set(
      try await database.select().column("version").from("recit_migrations").all().map {
        try $0.decode(column: "version", as: Int64.self)
      })
    if let newest = applied.max(), newest > Self.schemaVersion {
      throw StoreError(
        message:
          "la base est à la version \(newest) du schéma, ce recit ne connaît que la \(Self.schemaVersion) : mettez recit à jour / the database is at schema version \(newest), this recit knows \(Self.schemaVersion): update recit"
      )
    }
    for migration in Self.migrations where !applied.contains(migration.version) {
      // Idempotent statements: two servers starting at once may both run them.
      for statement in migration.statements {
        try await database.raw(SQLQueryString(statement)).run()
      }
      try await database.insert(into: "recit_migrations").columns("version", "applied")
        .values(SQLBind(migration.version), SQLBind(clock())).ignoringConflicts(with: "version")
        .run()
    }
  }

  public func appliedVersions() async throws -> [Int64] {
    try await database.select().column("version").from("recit_migrations").orderBy("version")
      .all().map { try $0.decode(column: "version", as: Int64.self) }
  }

  // MARK: The secret

  /// The key that signs served forms and salts stored addresses: made once per database.
  public func secret() async throws -> String {
    try await database.insert(into: "recit_settings").columns("name", "value")
      .values(SQLBind("secret"), SQLBind(Secrets.token(bytes: 32))).ignoringConflicts(with: "name")
      .run()
    guard
      let row = try await database.select().column("value").from("recit_settings")
        .where("name", .equal, "secret").first()
    else { throw StoreError(message: "secret missing") }
    return try row.decode(column: "value", as: String.self)
  }

  // MARK: Workshop links

  public struct WorkshopLink: Sendable, Equatable, Codable {
    public var code: String
    public var label: String
    public var created: Int64
    public var expires: Int64
    public var createdBy: String

    public func isValid(at time: Int64) -> Bool { time < expires }
  }

  public func createLink(label: String, lifetime: Int64, by author: String) async throws
    -> WorkshopLink
  {
    let link = WorkshopLink(
      code: Secrets.workshopCode(), label: label, created: clock(), expires: clock() + lifetime,
      createdBy: author)
    try await database.insert(into: "workshop_links")
      .columns("code", "label", "created", "expires", "created_by")
      .values(
        SQLBind(link.code), SQLBind(link.label), SQLBind(link.created), SQLBind(link.expires),
        SQLBind(link.createdBy)
      ).run()
    try await record(by: author, .linkCreated, contribution: nil, detail: "\(link.code) \(label)")
    return link
  }

  public func link(_ code: String) async throws -> WorkshopLink? {
    try await database.select().columns("*").from("workshop_links")
      .where("code", .equal, code.uppercased()).first().map(Self.link)
  }

  public func links() async throws -> [WorkshopLink] {
    try await database.select().columns("*").from("workshop_links").orderBy("created").all()
      .map(Self.link)
  }

  private static func link(_ row: any SQLRow) throws -> WorkshopLink {
    WorkshopLink(
      code: try row.decode(column: "code", as: String.self),
      label: try row.decode(column: "label", as: String.self),
      created: try row.decode(column: "created", as: Int64.self),
      expires: try row.decode(column: "expires", as: Int64.self),
      createdBy: try row.decode(column: "created_by", as: String.self))
  }

  // MARK: Contributions

  public enum Submission: Sendable, Equatable {
    /// Stored now.
    case stored(id: String)
    /// The same form (the same nonce) was stored already.
    case duplicate(id: String)
  }

  /// Stores a pending contribution, once per nonce.
  public func submit(
    actionID: String, draft: ContributionDraft, nonce: String, linkCode: String,
    addressDigest: String, withdrawToken: String, actionDigest: String, actionSource: String
  ) async throws -> Submission {
    let id = Self.newID()
    let json = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
    let now = clock()
    let rows = try await database.insert(into: "contributions")
      .columns(
        "id", "nonce", "action_id", "status", "draft", "created", "link_code", "address_digest",
        "withdraw_digest", "consent_at", "action_digest", "action_source"
      )
      .values(
        SQLBind(id), SQLBind(nonce), SQLBind(actionID),
        SQLBind(Contribution.Status.pending.rawValue),
        SQLBind(json), SQLBind(now), SQLBind(linkCode), SQLBind(addressDigest),
        SQLBind(Secrets.digest(withdrawToken)), SQLBind(draft.showsName ? now : nil),
        SQLBind(actionDigest), SQLBind(actionSource)
      )
      .ignoringConflicts(with: "nonce").returning("id").all()
    if !rows.isEmpty {
      try await record(by: "contributeur", .submitted, contribution: id, detail: actionID)
      return .stored(id: id)
    }
    guard
      let row = try await database.select().column("id").from("contributions")
        .where("nonce", .equal, nonce).first()
    else { throw StoreError(message: "submission lost") }
    return .duplicate(id: try row.decode(column: "id", as: String.self))
  }

  /// A sortable id: the time, then randomness (`20261202-221633-3f9a1c0e`).
  static func newID() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: Date()) + "-" + Secrets.token(bytes: 4)
  }

  public func contribution(_ id: String) async throws -> Contribution? {
    try await database.select().columns("*").from("contributions").where("id", .equal, id)
      .first().map(Self.contribution)
  }

  /// The contribution a withdrawal link names.
  public func contribution(withdrawToken token: String) async throws -> Contribution? {
    try await database.select().columns("*").from("contributions")
      .where("withdraw_digest", .equal, Secrets.digest(token)).first().map(Self.contribution)
  }

  /// Contributions of these statuses (all when nil), oldest first.
  public func contributions(_ statuses: [Contribution.Status]? = nil) async throws
    -> [Contribution]
  {
    if let statuses, statuses.isEmpty { return [] }
    var query = database.select().columns("*").from("contributions")
    if let statuses {
      query = query.where("status", .in, statuses.map(\.rawValue))
    }
    return try await query.orderBy("created").orderBy("id").all().map(Self.contribution)
  }

  /// Submissions from this address (digest) since `time`: the rate limit of several servers.
  public func count(fromAddress digest: String, since time: Int64) async throws -> Int {
    try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
      .from("contributions").where("address_digest", .equal, digest).where(
        "created", .greaterThanOrEqual, time
      )
      .first()?.decode(column: "n", as: Int.self) ?? 0
  }

  private static func contribution(_ row: any SQLRow) throws -> Contribution {
    let json = try row.decode(column: "draft", as: String.self)
    return Contribution(
      id: try row.decode(column: "id", as: String.self),
      actionID: try row.decode(column: "action_id", as: String.self),
      status: Contribution.Status(rawValue: try row.decode(column: "status", as: String.self))
        ?? .pending,
      draft: try JSONDecoder().decode(ContributionDraft.self, from: Data(json.utf8)),
      created: try row.decode(column: "created", as: Int64.self),
      linkCode: try row.decode(column: "link_code", as: String.self),
      actionDigest: try row.decode(column: "action_digest", as: String.self),
      actionSource: try row.decode(column: "action_source", as: String.self),
      decidedAt: try row.decode(column: "decided_at", as: Int64?.self),
      decidedBy: try row.decode(column: "decided_by", as: String?.self),
      decisionNote: try row.decode(column: "decision_note", as: String?.self),
      acceptedFile: try row.decode(column: "accepted_file", as: String?.self))
  }

  /// Records a decision on a pending contribution; false when it is no longer pending (another
  /// facilitator, or the contributor, was first).
  public func decide(
    _ id: String, _ status: Contribution.Status, by author: String, note: String?,
    file: String? = nil
  ) async throws -> Bool {
    let rows = try await database.update("contributions")
      .set("status", to: status.rawValue).set("decided_at", to: clock())
      .set("decided_by", to: author).set("decision_note", to: note)
      // Decided, it no longer counts against anyone's limit: the address's trace goes.
      .set("address_digest", to: "")
      .set("accepted_file", to: file)
      .where("id", .equal, id).where("status", .equal, Contribution.Status.pending.rawValue)
      .returning("id").all()
    guard !rows.isEmpty else { return false }
    let event: AuditEntry.Event = status == .accepted ? .accepted : .rejected
    try await record(
      by: author, event, contribution: id,
      detail: [file, note].compactMap { $0 }.joined(separator: " — "))
    return true
  }

  /// Withdraws a pending contribution at its author's request: its text and names are erased
  /// at once, only the fact that it was withdrawn is kept.
  public func withdraw(_ id: String) async throws -> Bool {
    guard let contribution = try await contribution(id), contribution.status == .pending else {
      return false
    }
    let erased = ContributionDraft(
      narrator: .existing(id: ""), stance: contribution.draft.stance, title: nil, roles: [:],
      object: nil, disagreements: [], text: "", showsName: false,
      language: contribution.draft.language)
    let json = String(decoding: try JSONEncoder().encode(erased), as: UTF8.self)
    let rows = try await database.update("contributions")
      .set("status", to: Contribution.Status.withdrawn.rawValue).set("draft", to: json)
      .set("decided_at", to: clock()).set("decided_by", to: "contributeur")
      .set("address_digest", to: "").set("consent_at", to: Int64?.none)
      .where("id", .equal, id).where("status", .equal, Contribution.Status.pending.rawValue)
      .returning("id").all()
    guard !rows.isEmpty else { return false }
    try await record(by: "contributeur", .withdrawn, contribution: id, detail: "")
    try await forgetErased()
    return true
  }

  /// Deletes the contributions rejected before `time`, and the sessions expired; returns how
  /// many contributions went.
  @discardableResult
  public func purge(rejectedBefore time: Int64, by author: String) async throws -> Int {
    let gone = try await database.delete(from: "contributions")
      .where("status", .equal, Contribution.Status.rejected.rawValue)
      .where("decided_at", .lessThan, time).returning("id").all()
    try await database.delete(from: "sessions").where("expires", .lessThan, clock()).run()
    if !gone.isEmpty {
      try await record(by: author, .purged, contribution: nil, detail: "\(gone.count)")
    }
    if !gone.isEmpty { try await forgetErased() }
    return gone.count
  }

  /// With SQLite, the erased text may still sit in the write-ahead log: it is written back
  /// into the database (whose freed pages `secure_delete` zeroes) and the log emptied.
  private func forgetErased() async throws {
    guard case .sqlite = location else { return }
    try await database.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
  }

  // MARK: Facilitators and sessions

  public func setPassword(_ name: String, hash: String) async throws {
    try await database.delete(from: "facilitators").where("name", .equal, name).run()
    try await database.insert(into: "facilitators").columns("name", "password_hash", "created")
      .values(SQLBind(name), SQLBind(hash), SQLBind(clock())).run()
    try await record(by: name, .account, contribution: nil, detail: name)
  }

  public func passwordHash(_ name: String) async throws -> String? {
    try await database.select().column("password_hash").from("facilitators")
      .where("name", .equal, name).first()?.decode(column: "password_hash", as: String.self)
  }

  public func facilitators() async throws -> [String] {
    try await database.select().column("name").from("facilitators").orderBy("name").all().map {
      try $0.decode(column: "name", as: String.self)
    }
  }

  public struct Session: Sendable, Equatable {
    public var token: String
    public var facilitator: String
    public var csrf: String
  }

  public static let sessionLifetime: Int64 = 8 * 3600

  public func openSession(for facilitator: String) async throws -> Session {
    let session = Session(
      token: Secrets.token(), facilitator: facilitator, csrf: Secrets.token(bytes: 16))
    try await database.insert(into: "sessions")
      .columns("token_digest", "facilitator", "csrf", "expires")
      .values(
        SQLBind(Secrets.digest(session.token)), SQLBind(facilitator), SQLBind(session.csrf),
        SQLBind(clock() + Self.sessionLifetime)
      ).run()
    try await record(by: facilitator, .login, contribution: nil, detail: "")
    return session
  }

  public func session(_ token: String) async throws -> Session? {
    guard
      let row = try await database.select().columns("*").from("sessions")
        .where("token_digest", .equal, Secrets.digest(token))
        .where("expires", .greaterThan, clock()).first()
    else { return nil }
    return Session(
      token: token, facilitator: try row.decode(column: "facilitator", as: String.self),
      csrf: try row.decode(column: "csrf", as: String.self))
  }

  public func closeSession(_ token: String) async throws {
    try await database.delete(from: "sessions")
      .where("token_digest", .equal, Secrets.digest(token)).run()
  }

  // MARK: The audit log

  public struct AuditEntry: Sendable, Equatable, Codable {
    public enum Event: String, Sendable, Codable {
      case submitted, accepted, rejected, withdrawn, purged, linkCreated = "link", account, login
    }
    public var at: Int64
    public var actor: String
    public var event: String
    public var contribution: String?
    public var detail: String
  }

  func record(by actor: String, _ event: AuditEntry.Event, contribution: String?, detail: String)
    async throws
  {
    try await database.insert(into: "audit_log")
      .columns("id", "at", "actor", "action", "contribution_id", "detail")
      .values(
        SQLBind(Self.newID() + Secrets.token(bytes: 2)), SQLBind(clock()), SQLBind(actor),
        SQLBind(event.rawValue), SQLBind(contribution), SQLBind(detail)
      ).run()
  }

  public func journal() async throws -> [AuditEntry] {
    try await database.select().columns("*").from("audit_log").orderBy("at").orderBy("id").all()
      .map { row in
        AuditEntry(
          at: try row.decode(column: "at", as: Int64.self),
          actor: try row.decode(column: "actor", as: String.self),
          event: try row.decode(column: "action", as: String.self),
          contribution: try row.decode(column: "contribution_id", as: String?.self),
          detail: try row.decode(column: "detail", as: String.self))
      }
  }
}
