import Foundation
import Hummingbird
import NIOCore
import RecitContributions

/// What `recit serve --contributions` is asked: where contributions are stored and how abuse
/// is slowed down.
public struct ContributionSettings: Sendable {
  public var store: StoreLocation
  /// Submissions accepted per minute from one client address (`--limite-adresse`).
  public var perAddress: Int
  /// Submissions accepted per minute under one workshop code (`--limite-code`).
  public var perCode: Int
  /// The least time between serving a form and receiving it: faster is a robot
  /// (`--duree-minimale`).
  public var minimumFill: Duration
  /// How long a rejected contribution is kept before it is purged, in seconds
  /// (`--conserver-refus`).
  public var keepRejected: Int64

  public init(
    store: StoreLocation, perAddress: Int = 10, perCode: Int = 60,
    minimumFill: Duration = .seconds(3), keepRejected: Int64 = 30 * 86400
  ) {
    self.store = store
    self.perAddress = perAddress
    self.perCode = perCode
    self.minimumFill = minimumFill
    self.keepRejected = keepRejected
  }

  /// Parses a lifetime as the command line takes it: `30j`, `7d`, `12h`, `90min`, `45s`, or a
  /// number of days. Nil when it is not one or not positive.
  public static func lifetime(_ text: String) -> Int64? {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    let units: [(String, Int64)] = [
      ("min", 60), ("j", 86400), ("d", 86400), ("h", 3600), ("s", 1), ("sem", 7 * 86400),
      ("w", 7 * 86400),
    ]
    for (suffix, seconds) in units.sorted(by: { $0.0.count > $1.0.count })
    where word.hasSuffix(suffix) {
      guard let number = Int64(word.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)),
        number > 0, number < 100 * 365
      else { return nil }
      return number * seconds
    }
    guard let days = Int64(word), days > 0, days < 100 * 365 else { return nil }
    return days * 86400
  }
}

/// The request context of `recit serve`: Hummingbird's, with the client's address (the rate
/// limits count by address).
public struct ServeContext: RequestContext, RemoteAddressRequestContext {
  public var coreContext: CoreRequestContextStorage
  public let remoteAddress: SocketAddress?

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    remoteAddress = source.channel.remoteAddress
  }

  /// The client's address without its port (`127.0.0.1`), or `?`.
  var clientAddress: String { remoteAddress?.ipAddress ?? "?" }
}

/// At most `limit` events per key within a sliding minute; the keys held are bounded (the
/// oldest are let go first), so that many addresses cannot grow it without bound.
final class RateLimiter: @unchecked Sendable {
  // `@unchecked Sendable` is sound: `hits` is only touched under `lock`.
  private let lock = NSLock()
  private var hits: [String: [Int64]] = [:]
  private var order: [String] = []
  let limit: Int
  let window: Int64
  static let maximumKeys = 20_000

  init(limit: Int, window: Int64 = 60_000) {
    self.limit = max(1, limit)
    self.window = window
  }

  static func milliseconds() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

  /// Counts an event for `key` and returns nil when it is allowed, else the seconds to wait.
  func take(_ key: String, now: Int64 = RateLimiter.milliseconds()) -> Int? {
    lock.withLock {
      var times = (hits[key] ?? []).filter { $0 > now - window }
      if times.count >= limit {
        hits[key] = times
        let wait = (times[0] + window - now + 999) / 1000
        return Int(max(1, wait))
      }
      if hits[key] == nil {
        order.append(key)
        if order.count > Self.maximumKeys {
          let old = order.removeFirst()
          hits.removeValue(forKey: old)
        }
      }
      times.append(now)
      hits[key] = times
      return nil
    }
  }
}

/// `application/x-www-form-urlencoded`, as browsers send it.
enum FormBody {
  static func fields(_ text: String) -> [String: [String]] {
    var fields: [String: [String]] = [:]
    for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = decode(parts[0])
      let value = parts.count > 1 ? decode(parts[1]) : ""
      fields[name, default: []].append(value)
    }
    return fields
  }

  static func decode(_ text: Substring) -> String {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }

  /// The value of one query parameter (`?langue=en`).
  static func query(_ request: Request, _ name: String) -> String? {
    request.uri.queryParameters[Substring(name)].map(String.init)
  }
}
