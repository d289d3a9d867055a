import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A throwaway PostgreSQL server for the tests: Debian's server binaries, a cluster made in a
/// fresh temporary folder, listening on 127.0.0.1 and a free port, trusted without a password
/// for the user `recit`. Stopped and deleted when released, when the test process ends
/// (`atexit`), and, should the test process be killed, by a watchdog shell that outlives it.
///
/// One policy with ``ExternalTool``: missing binaries are an error that fails the test and
/// says how to install them; no test is ever skipped.
///
/// `@unchecked Sendable` is sound: every stored property is a constant but `stopped`, which is
/// only touched under `lock`.
public final class PostgresCluster: @unchecked Sendable {
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
  }

  /// The user every connection is made as (trusted: no password).
  public static let user = "recit"
  /// The database made when the server starts.
  public static let defaultDatabase = "recit_test"

  /// The folder of the server's binaries (`/usr/lib/postgresql/VERSION/bin`).
  public let binaries: String
  /// The temporary folder: the cluster (`data`), the socket, the server's log.
  public let folder: String
  public let port: Int
  /// The operating-system user the server runs as, when not the test process's own (root:
  /// PostgreSQL refuses to run as root, so the Debian package's `postgres` user).
  public let serverUser: String?

  private let server: Process
  private let watchdog: Process?
  private let lock = NSLock()
  private var stopped = false
  private var databases = 0

  /// `postgres://recit@127.0.0.1:PORT/recit_test?sslmode=disable`.
  public var url: String { url(database: Self.defaultDatabase) }

  public func url(database: String) -> String {
    "postgres://\(Self.user)@127.0.0.1:\(port)/\(database)?sslmode=disable"
  }

  /// The cluster shared by a whole test run, started the first time it is asked for.
  public static let shared: Result<PostgresCluster, any Error> = Result {
    try PostgresCluster()
  }

  /// Makes the cluster and starts the server; returns once it accepts connections (at most
  /// `timeout` seconds) and `recit_test` exists.
  public init(timeout: Double = 30) throws {
    let binaries = try Self.findBinaries()
    let serverUser: String? = geteuid() == 0 ? "postgres" : nil
    let folder = try Self.makeFolder(owner: serverUser)
    var started = false
    defer { if !started { try? FileManager.default.removeItem(atPath: folder) } }

    let initdb = try Self.run(
      Self.command(binaries + "/initdb", as: serverUser),
      [
        "-D", folder + "/data", "-A", "trust", "-U", Self.user, "--encoding=UTF8", "--locale=C",
        "--no-sync",
      ], in: folder)
    guard initdb.status == 0 else {
      throw Failure("initdb failed (\(initdb.status)):\n\(initdb.combined)")
    }

    // A port the system just gave and took back: another program may take it meanwhile, so
    // a server that does not come up is tried again on another port.
    var running: (port: Int, server: Process)? = nil
    var attempt = 0
    while running == nil {
      attempt += 1
      let port = try Self.freePort()
      let log = folder + "/server-\(attempt).log"
      let server = try Self.startServer(
        binaries: binaries, folder: folder, port: port, user: serverUser, log: log)
      if Self.waitUntilReady(binaries: binaries, port: port, server: server, timeout: timeout) {
        running = (port, server)
        break
      }
      Self.stopServer(server, dataFolder: folder + "/data")
      let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      if attempt >= 3 || !text.contains("could not bind") {
        throw Failure(
          "the PostgreSQL server did not accept connections on port \(port) within \(timeout) s:\n\(text)"
        )
      }
    }
    self.binaries = binaries
    self.serverUser = serverUser
    self.folder = folder
    self.port = running!.port
    self.server = running!.server
    self.watchdog = Self.startWatchdog(folder: folder)
    started = true
    Registry.shared.add(self)
    do {
      try createDatabase(Self.defaultDatabase)
    } catch {
      stop()
      throw error
    }
  }

  deinit { stop() }

  /// Makes a fresh, empty database (named `recit_N` unless told) and returns its URL.
  @discardableResult
  public func createDatabase(_ name: String? = nil) throws -> String {
    let chosen: String =
      name
      ?? lock.withLock {
        databases += 1
        return "recit_\(databases)_\(UInt32.random(in: 0...UInt32.max))"
      }
    let result = try Self.run(
      binaries + "/createdb", ["-h", "127.0.0.1", "-p", "\(port)", "-U", Self.user, chosen],
      in: folder)
    guard result.status == 0 else {
      throw Failure("createdb \(chosen) failed (\(result.status)):\n\(result.combined)")
    }
    return url(database: chosen)
  }

  /// Runs `psql -c SQL` on `database`; its output (unaligned, tuples only).
  public func psql(_ sql: String, database: String = PostgresCluster.defaultDatabase) throws
    -> String
  {
    let result = try Self.run(
      binaries + "/psql",
      [
        "-h", "127.0.0.1", "-p", "\(port)", "-U", Self.user, "-d", database, "-X", "-A", "-t",
        "-v", "ON_ERROR_STOP=1", "-c", sql,
      ], in: folder)
    guard result.status == 0 else {
      throw Failure("psql failed (\(result.status)): \(sql)\n\(result.combined)")
    }
    return result.stdout
  }

  /// Stops the server at once (immediate shutdown: nothing here needs keeping) and deletes
  /// the folder. Called again, does nothing.
  public func stop() {
    let first = lock.withLock {
      defer { stopped = true }
      return !stopped
    }
    guard first else { return }
    Registry.shared.remove(self)
    Self.stopServer(server, dataFolder: folder + "/data")
    if let watchdog, watchdog.isRunning {
      kill(watchdog.processIdentifier, SIGKILL)
      watchdog.waitUntilExit()
    }
    try? FileManager.default.removeItem(atPath: folder)
  }

  // MARK: Starting

  /// The `bin` folder of the highest PostgreSQL version installed that has a server.
  public static func findBinaries(in root: String = "/usr/lib/postgresql") throws -> String {
    let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    let complete = versions.filter { version in
      ["initdb", "pg_ctl", "postgres", "pg_isready", "createdb", "psql"].allSatisfy {
        FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/\($0)")
      }
    }
    func number(_ version: String) -> [Int] {
      version.split(separator: ".").map { Int($0) ?? 0 }
    }
    guard
      let newest = complete.max(by: { number($0).lexicographicallyPrecedes(number($1)) })
    else {
      throw Failure(
        "PostgreSQL's server (initdb, pg_ctl, postgres in \(root)/VERSION/bin) is not installed: run scripts/setup.sh --tests, which installs it"
      )
    }
    return "\(root)/\(newest)/bin"
  }

  /// A short folder (the socket's path must stay under 108 bytes), owned by `owner`. When the
  /// server runs as another user, in `/tmp`: a private `TMPDIR` may be closed to that user.
  static func makeFolder(owner: String?) throws -> String {
    let parent = owner == nil ? FileManager.default.temporaryDirectory.path : "/tmp"
    var template = Array((parent + "/recit-pg-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw Failure("cannot make a folder in \(parent): \(String(cString: strerror(errno)))")
    }
    let path = String(cString: made)
    if let owner {
      guard let entry = getpwnam(owner) else {
        try? FileManager.default.removeItem(atPath: path)
        throw Failure(
          "PostgreSQL refuses to run as root and there is no \(owner) user: run scripts/setup.sh --tests, which installs PostgreSQL (and its user)"
        )
      }
      guard chown(path, entry.pointee.pw_uid, entry.pointee.pw_gid) == 0 else {
        try? FileManager.default.removeItem(atPath: path)
        throw Failure("cannot give \(path) to \(owner): \(String(cString: strerror(errno)))")
      }
    }
    chmod(path, 0o700)
    return path
  }

  /// The program and its leading arguments, run as `user` when set (`runuser -u USER --`).
  static func command(_ program: String, as user: String?) -> (String, [String]) {
    guard let user else { return (program, []) }
    return ("/usr/sbin/runuser", ["-u", user, "--", program])
  }

  static func run(_ command: (String, [String]), _ arguments: [String], in folder: String) throws
    -> ProcessRunner.Output
  {
    try ProcessRunner.run(
      command.0, command.1 + arguments, in: folder, environment: environment())
  }

  static func run(_ program: String, _ arguments: [String], in folder: String) throws
    -> ProcessRunner.Output
  {
    try run((program, []), arguments, in: folder)
  }

  /// The test process's environment, with the C locale and no `PG…` variable of the machine's.
  static func environment() -> [String: String] {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
    environment["LC_ALL"] = "C"
    environment["LANG"] = "C"
    return environment
  }

  /// A port nobody listens on now: the one the system gives a socket bound to port 0.
  static func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw Failure("socket: \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
      }
    }
    guard bound else { throw Failure("bind: \(String(cString: strerror(errno)))") }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  static func startServer(
    binaries: String, folder: String, port: Int, user: String?, log: String
  ) throws -> Process {
    FileManager.default.createFile(atPath: log, contents: nil)
    let (program, prefix) = command(binaries + "/postgres", as: user)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments =
      prefix + [
        "-D", folder + "/data", "-k", folder, "-c", "listen_addresses=127.0.0.1", "-p", "\(port)",
        "-c", "fsync=on", "-c", "max_connections=300",
      ]
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.environment = environment()
    process.standardInput = FileHandle.nullDevice
    let output = FileHandle(forWritingAtPath: log)
    process.standardOutput = output
    process.standardError = output
    try process.run()
    try? output?.close()
    return process
  }

  /// Whether the server accepts connections before `timeout` seconds pass (false as soon as
  /// it ended).
  static func waitUntilReady(binaries: String, port: Int, server: Process, timeout: Double)
    -> Bool
  {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      guard server.isRunning else { return false }
      let probe = try? run(
        binaries + "/pg_isready",
        ["-q", "-h", "127.0.0.1", "-p", "\(port)", "-U", user, "-d", "postgres"], in: "/")
      if probe?.status == 0 { return true }
      usleep(100_000)
    }
    return false
  }

  /// The postmaster's process id, from the first line of `postmaster.pid`.
  static func postmaster(in dataFolder: String) -> pid_t? {
    guard let text = try? String(contentsOfFile: dataFolder + "/postmaster.pid", encoding: .utf8),
      let line = text.split(separator: "\n").first
    else { return nil }
    return pid_t(line.trimmingCharacters(in: .whitespaces))
  }

  /// Immediate shutdown (SIGQUIT to the postmaster, which ends its children), then waits for
  /// the started process (which, through `runuser`, waits for the postmaster); killed after
  /// 10 s.
  static func stopServer(_ server: Process, dataFolder: String) {
    let postmaster = postmaster(in: dataFolder)
    if let postmaster { kill(postmaster, SIGQUIT) }
    let deadline = Date().addingTimeInterval(10)
    while server.isRunning || (postmaster.map { kill($0, 0) == 0 } ?? false) {
      if Date() > deadline {
        if let postmaster { kill(postmaster, SIGKILL) }
        if server.isRunning { kill(server.processIdentifier, SIGKILL) }
        break
      }
      usleep(20_000)
    }
    server.waitUntilExit()
  }

  /// A shell that, once the test process is gone (killed, say, before any `deinit` or
  /// `atexit` ran), stops the server and deletes the folder.
  static func startWatchdog(folder: String) -> Process? {
    let script = """
      while kill -0 "$1" 2>/dev/null; do sleep 1; done
      pid=$(head -n 1 "$2/data/postmaster.pid" 2>/dev/null)
      if [ -n "$pid" ]; then
        kill -QUIT "$pid" 2>/dev/null
        n=0
        while kill -0 "$pid" 2>/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
        kill -KILL "$pid" 2>/dev/null
      fi
      rm -rf "$2"
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, "recit-pg-watchdog", "\(getpid())", folder]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return (try? process.run()) != nil ? process : nil
  }
}

/// The clusters alive, stopped when the test process exits: a shared cluster is a static, and
/// statics are never released.
///
/// `@unchecked Sendable` is sound: `clusters` is only touched under `lock`.
private final class Registry: @unchecked Sendable {
  static let shared = Registry()

  private let lock = NSLock()
  private var clusters: [ObjectIdentifier: Weak] = [:]

  private struct Weak {
    weak var cluster: PostgresCluster?
  }

  private init() {
    atexit { Registry.shared.stopAll() }
  }

  func add(_ cluster: PostgresCluster) {
    lock.withLock { clusters[ObjectIdentifier(cluster)] = Weak(cluster: cluster) }
  }

  func remove(_ cluster: PostgresCluster) {
    lock.withLock { _ = clusters.removeValue(forKey: ObjectIdentifier(cluster)) }
  }

  func stopAll() {
    let alive = lock.withLock { clusters.values.compactMap(\.cluster) }
    alive.forEach { $0.stop() }
  }
}
