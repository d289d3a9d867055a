import Foundation
import RecitKit

/// What `recit serve` is asked: where to listen, how to follow the project's files, and what
/// to build.
public struct ServeConfiguration: Sendable {
  /// The address to listen on (`--host`); loopback unless the user names another one.
  public var host: String
  /// The port (`--port`); 0 lets the system pick a free one.
  public var port: Int
  /// When set, the project is scanned at this interval instead of followed by inotify
  /// (`--poll`).
  public var poll: Duration?
  /// The interval of the polling that replaces inotify when its watches run out.
  public var fallbackPoll: Duration
  /// How long to wait after a change for the others of the same save (an editor writes a
  /// backup, a temporary file, then renames it) before rebuilding.
  public var debounce: Duration
  /// The build that is served: HTML with DocBook (and its SVG diagrams) and JSON.
  public var request: BuildRequest
  /// The language of the terminal's messages and of the overlay; the project's when nil.
  public var language: Language?
  /// With `--contributions`: the form of each action and its review, stored here.
  public var contributions: ContributionSettings?

  public init(
    host: String = "127.0.0.1", port: Int = 8080, poll: Duration? = nil,
    fallbackPoll: Duration = .milliseconds(500), debounce: Duration = .milliseconds(15),
    request: BuildRequest = BuildRequest(formats: [.html, .docbook, .json]),
    language: Language? = nil, contributions: ContributionSettings? = nil
  ) {
    self.contributions = contributions
    self.host = host
    self.port = port
    self.poll = poll
    self.fallbackPoll = fallbackPoll
    self.debounce = debounce
    self.request = request
    self.language = language
  }

  /// Whether `host` only reaches this machine (127.0.0.0/8, `::1`, `localhost`).
  public static func isLoopback(_ host: String) -> Bool {
    let trimmed = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    if trimmed == "localhost" || trimmed == "::1" { return true }
    let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
  }

  /// Parses a duration as `--poll` takes it: `500ms`, `2s`, `1.5s`, or a number of seconds.
  /// Nil when the text is not one, or outside 10 ms … 1 hour.
  public static func duration(_ text: String) -> Duration? {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    let milliseconds: Double?
    if word.hasSuffix("ms") {
      milliseconds = Double(word.dropLast(2))
    } else if word.hasSuffix("s") {
      milliseconds = Double(word.dropLast()).map { $0 * 1000 }
    } else {
      milliseconds = Double(word).map { $0 * 1000 }
    }
    guard let milliseconds, milliseconds.isFinite, milliseconds >= 10, milliseconds <= 3_600_000
    else { return nil }
    return .milliseconds(Int(milliseconds.rounded()))
  }
}
