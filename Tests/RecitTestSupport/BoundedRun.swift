import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to its end and measures what it cost: wall time, CPU time and the peak
/// resident memory of that one child, from its own `rusage` (`wait4`), not the sum or the
/// maximum over every child the test process ever had (`RUSAGE_CHILDREN`), which tests running
/// in parallel would blur.
///
/// A program still running after `killAfter` seconds is killed (SIGKILL), so that a runaway
/// case fails its test instead of hanging the suite; `killed` then says so.
public enum BoundedRun {
  public struct Output: Sendable {
    /// The exit status, or 128 + the signal's number when a signal ended the program.
    public var status: Int32
    /// The signal that ended the program, if one did.
    public var signal: Int32?
    public var stdout: String
    public var stderr: String
    /// Wall-clock seconds from the start to the end of the program.
    public var seconds: Double
    /// User plus system CPU seconds the program used.
    public var cpuSeconds: Double
    /// The program's peak resident set size, in kilobytes: its `ru_maxrss` when that exceeds
    /// the test process's own peak, else the program's `VmHWM` as last sampled (see
    /// ``PeakSampler``).
    public var peakKilobytes: Int
    /// Whether the program was killed for running past `killAfter`.
    public var killed: Bool

    public var peakMegabytes: Double { Double(peakKilobytes) / 1024 }
  }

  public struct SpawnFailed: Error, CustomStringConvertible {
    public let executable: String
    public let code: Int32
    public var description: String {
      "cannot start \(executable): \(String(cString: strerror(code)))"
    }
  }

  /// Runs `executable` with `arguments` in `directory`.
  ///
  /// - Parameters:
  ///   - environment: the whole environment of the program (nil: the test process's).
  ///   - input: what the program reads on standard input, then the end of input.
  ///   - stdoutPath: when set, standard output goes to this file (`/dev/full` for a full
  ///     output) instead of being captured.
  ///   - closedStdout: standard output is a pipe whose reading end is already closed, as
  ///     after `recit check | head -0`.
  ///   - killAfter: seconds after which the program is killed.
  public static func run(
    _ executable: String, _ arguments: [String], in directory: String? = nil,
    environment: [String: String]? = nil, input: Data? = nil, stdoutPath: String? = nil,
    closedStdout: Bool = false, killAfter: Double = 60
  ) throws -> Output {
    let outPipe = try pipe()
    let errPipe = try pipe()
    let inPipe = try pipe()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inPipe.read, STDIN_FILENO)
    if let stdoutPath {
      posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, stdoutPath, O_WRONLY, 0)
    } else {
      posix_spawn_file_actions_adddup2(&actions, outPipe.write, STDOUT_FILENO)
    }
    // Every pipe is close-on-exec: the child keeps only the copies made here.
    posix_spawn_file_actions_adddup2(&actions, errPipe.write, STDERR_FILENO)
    if let directory { _ = GNU.addChdir(&actions, directory) }
    // Nor any descriptor another part of the test process opened without close-on-exec (a
    // pipe of a `Process` another test runs meanwhile would stay open until this child ends).
    _ = GNU.addClosefrom(&actions, 3)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let env =
      (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0)=\($1)") }
      + [nil]
    defer { (argv + env).forEach { free($0) } }
    var pid = pid_t()
    let start = Date()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, env)
    // The child has its copies; the parent keeps only its own ends.
    close(inPipe.read)
    close(outPipe.write)
    close(errPipe.write)
    guard spawned == 0 else {
      [inPipe.write, outPipe.read, errPipe.read].forEach { close($0) }
      throw SpawnFailed(executable: executable, code: spawned)
    }
    if closedStdout || stdoutPath != nil { close(outPipe.read) }

    let group = DispatchGroup()
    let out = closedStdout || stdoutPath != nil ? nil : Reader(outPipe.read, group)
    let err = Reader(errPipe.read, group)
    let feeder = Feeder(inPipe.write, input ?? Data(), group)
    let watchdog = Watchdog(pid: pid, after: killAfter)

    // Wait for the end without reaping (the pid stays this child's, so the watchdog cannot
    // kill another process), stop the watchdog, then reap with the child's own rusage.
    // Polled (WNOHANG) rather than blocked on, to sample the child's own peak memory while it
    // lives (see PeakSampler).
    var sampled = 0
    while true {
      if let value = PeakSampler.highWaterMark(of: "/proc/\(pid)/status") {
        sampled = max(sampled, value)
      }
      var info = siginfo_t()
      let waited = waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT | WNOHANG)
      if waited < 0 {
        if errno == EINTR { continue }
        break
      }
      if info.si_signo != 0 { break }
      usleep(2_000)
    }
    let seconds = Date().timeIntervalSince(start)
    let killed = watchdog.stop()
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    group.wait()
    _ = feeder

    let signalled = status & 0x7F != 0
    let signal = signalled ? status & 0x7F : nil
    let cpu =
      Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return Output(
      status: signal.map { 128 + $0 } ?? (status >> 8) & 0xFF, signal: signal,
      stdout: String(decoding: out?.data ?? Data(), as: UTF8.self),
      stderr: String(decoding: err.data, as: UTF8.self), seconds: seconds, cpuSeconds: cpu,
      peakKilobytes: PeakSampler.peak(reported: Int(usage.ru_maxrss), sampled: sampled),
      killed: killed)
  }

  private static func pipe() throws -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [0, 0]
    // Close-on-exec from the start: a program another test spawns meanwhile must not inherit
    // an end (it would hold the pipe open).
    guard GNU.pipe2(&descriptors, O_CLOEXEC) == 0 else {
      throw SpawnFailed(executable: "pipe", code: errno)
    }
    return (descriptors[0], descriptors[1])
  }
}

/// glibc functions that Swift's Glibc module does not declare (they need `_GNU_SOURCE`),
/// looked up in the running program.
private enum GNU {
  typealias AddChdir =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) ->
    Int32
  typealias AddClosefrom =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
  typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32

  private static func symbol<T>(_ name: String, as type: T.Type) -> T {
    guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, name) else {
      fatalError("glibc has no \(name)")
    }
    return unsafeBitCast(address, to: type)
  }

  static let addChdir = symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self)
  static let addClosefrom = symbol(
    "posix_spawn_file_actions_addclosefrom_np", as: AddClosefrom.self)
  static let pipe2 = symbol("pipe2", as: Pipe2.self)
}

/// Reads a descriptor to its end on a thread of its own, then closes it.
///
/// `@unchecked Sendable` is sound: `data` is written by the reading thread only, before it
/// leaves `group`, and read only after `group.wait()`.
private final class Reader: @unchecked Sendable {
  private(set) var data = Data()

  init(_ descriptor: Int32, _ group: DispatchGroup) {
    group.enter()
    Thread.detachNewThread { [self] in
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        data.append(contentsOf: buffer[0..<count])
      }
      close(descriptor)
      group.leave()
    }
  }
}

/// Writes the program's input on a thread of its own (a program that does not read it must
/// not block the test), then closes the descriptor: the end of input.
private final class Feeder: @unchecked Sendable {
  init(_ descriptor: Int32, _ input: Data, _ group: DispatchGroup) {
    group.enter()
    Thread.detachNewThread {
      var rest = [UInt8](input)[...]
      while !rest.isEmpty {
        let written = rest.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { break }
        rest = rest.dropFirst(written)
      }
      close(descriptor)
      group.leave()
    }
  }
}

/// Kills a process that runs past its time.
///
/// `@unchecked Sendable` is sound: `done` and `fired` are only touched under `lock`.
private final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var done = false
  private var fired = false

  init(pid: pid_t, after seconds: Double) {
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
      lock.lock()
      defer { lock.unlock() }
      // Not reaped before `stop()`, so the pid is still this child's.
      guard !done else { return }
      fired = true
      kill(pid, SIGKILL)
    }
  }

  /// Called once the child is reaped; whether the watchdog killed it.
  func stop() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    done = true
    return fired
  }
}

/// The child's own peak memory, which `ru_maxrss` alone does not give.
///
/// glibc's `posix_spawn` starts the child with `vfork` semantics: until it execs, the child runs
/// in the test process's memory, and Linux records that memory's high-water mark as the child's
/// `maxrss` at the exec. A child's `ru_maxrss` is thus at least the test process's own peak
/// (about 200 MB by the end of the whole suite), whatever the child used. So the child's
/// `VmHWM` (`/proc/PID/status`, the high-water mark of its own memory after the exec) is read
/// every 2 ms while it runs, and ``peak(reported:sampled:)`` picks: `ru_maxrss` when it clearly
/// exceeds the test process's peak (then it is the child's own, exact), else the last sample.
public enum PeakSampler {
  /// `reported` (the child's `ru_maxrss`) when the test process never used nearly as much,
  /// else `sampled` (or `reported` when nothing could be sampled). The margin: the memory the
  /// test process had at the child's exec can exceed the peak it reports later by a few MB
  /// (its high-water mark is updated lazily; seen: 200.6 MB inherited, 200.0 MB reported).
  static func peak(reported: Int, sampled: Int) -> Int {
    let own = highWaterMark(of: "/proc/self/status") ?? 0
    if reported > own + 32 * 1024 || sampled == 0 { return reported }
    return sampled
  }

  /// The `VmHWM:` line of a `/proc/…/status` file, in kilobytes (nil for a zombie, which has
  /// no memory left).
  public static func highWaterMark(of path: String) -> Int? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    // `VmHWM:\t   12345 kB`
    return Int(line.dropFirst("VmHWM:".count).split(whereSeparator: \.isWhitespace).first ?? "")
  }
}
