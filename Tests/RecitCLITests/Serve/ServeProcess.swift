import Foundation
import RecitTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A `recit serve` started in the background on a project, its output kept in files; killed
/// when released, so that a failing test never leaves a server behind.
final class ServeProcess {
  let process = Process()
  let logs: TemporaryFolder
  private(set) var port = 0

  struct NotListening: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts `recit serve ARGUMENTS` and waits (at most `timeout` seconds) for the line that
  /// gives its address.
  init(
    _ arguments: [String], environment: [String: String] = [:], waitForPort: Bool = true,
    timeout: Double = 60
  ) throws {
    logs = try TemporaryFolder()
    FileManager.default.createFile(atPath: logs.path + "/out", contents: nil)
    FileManager.default.createFile(atPath: logs.path + "/err", contents: nil)
    process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
    process.arguments = ["serve"] + arguments
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "fr_FR.UTF-8"
    env.removeValue(forKey: "LC_ALL")
    env.removeValue(forKey: "LC_MESSAGES")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardOutput = FileHandle(forWritingAtPath: logs.path + "/out")
    process.standardError = FileHandle(forWritingAtPath: logs.path + "/err")
    try process.run()
    guard waitForPort else { return }
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let found = Self.port(in: stdout) {
        port = found
        return
      }
      if !process.isRunning { break }
      usleep(50_000)
    }
    throw NotListening(
      description: "recit serve gave no address within \(timeout) s:\n\(stdout)\n\(stderr)")
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  var stdout: String { (try? String(contentsOfFile: logs.path + "/out", encoding: .utf8)) ?? "" }
  var stderr: String { (try? String(contentsOfFile: logs.path + "/err", encoding: .utf8)) ?? "" }
  var url: String { "http://127.0.0.1:\(port)" }

  /// The port in `recit serve : http://127.0.0.1:PORT/ (…)`.
  static func port(in text: String) -> Int? {
    guard let range = text.range(of: #"http://[^ ]*:([0-9]+)/"#, options: .regularExpression)
    else { return nil }
    let match = text[range].dropLast()
    return Int(match.split(separator: ":").last ?? "")
  }

  /// Sends SIGINT (Ctrl-C) and returns how long the server took to end, nil when it was still
  /// running after `timeout` seconds.
  func interrupt(timeout: Double = 5) -> Double? {
    let started = Date()
    kill(process.processIdentifier, SIGINT)
    while process.isRunning {
      if Date().timeIntervalSince(started) > timeout { return nil }
      usleep(10_000)
    }
    return Date().timeIntervalSince(started)
  }

  /// Waits until `stderr` holds `text`, at most `timeout` seconds.
  func waitForStderr(_ text: String, timeout: Double = 15) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if stderr.contains(text) { return true }
      usleep(20_000)
    }
    return false
  }
}

/// A bare HTTP/1.1 client over a socket, so that a request's path reaches the server exactly
/// as written (`/../`, `%2e%2e`, `%00`), which URL types would normalise or refuse.
enum RawHTTP {
  struct Reply {
    var status: Int
    var head: String
    var body: String
  }

  struct Failed: Error, CustomStringConvertible {
    var description: String
  }

  /// Sends one request with `target` as written and reads the reply to its end.
  static func request(
    port: Int, _ target: String, method: String = "GET", timeout: Double = 10
  ) throws -> Reply {
    let socket = try connect(port: port, timeout: timeout)
    defer { close(socket) }
    let request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    try send(socket, Array(request.utf8))
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = recv(socket, &buffer, buffer.count, 0)
      if count <= 0 { break }
      bytes += buffer[0..<count]
      if bytes.count > 50_000_000 { throw Failed(description: "reply too long") }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let split = text.range(of: "\r\n\r\n") else {
      throw Failed(description: "no reply head for \(target): \(text.prefix(200))")
    }
    let head = String(text[..<split.lowerBound])
    let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
    return Reply(status: status, head: head, body: String(text[split.upperBound...]))
  }

  /// Reads `count` server-sent events' `data:` lines from a stream opened on `path`.
  static func events(port: Int, count: Int, timeout: Double = 15) throws -> [String] {
    let socket = try connect(port: port, timeout: timeout)
    defer { close(socket) }
    try send(
      socket,
      Array("GET /__recit/evenements HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
    var text = ""
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let data = text.split(separator: "\n").filter { $0.hasPrefix("data: ") }
      if data.count >= count { return data.prefix(count).map { String($0.dropFirst(6)) } }
      let read = recv(socket, &buffer, buffer.count, 0)
      if read <= 0 { throw Failed(description: "the event stream ended: \(text)") }
      text += String(decoding: buffer[0..<read], as: UTF8.self)
    }
  }

  private static func connect(port: Int, timeout: Double) throws -> Int32 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Failed(description: "socket: \(errno)") }
    var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard result == 0 else {
      close(socket)
      throw Failed(description: "cannot connect to port \(port): \(errno)")
    }
    return socket
  }

  private static func send(_ socket: Int32, _ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBufferPointer {
        Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard sent > 0 else { throw Failed(description: "send failed: \(errno)") }
      offset += sent
    }
  }
}
