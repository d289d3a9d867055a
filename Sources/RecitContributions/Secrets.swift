import Crypto
import Foundation

/// Random tokens, their digests, and the signed token each served form carries.
public enum Secrets {
  /// `count` random bytes from the system's generator, as lowercase hexadecimal.
  public static func token(bytes count: Int = 24) -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in
      String(format: "%02x", UInt8.random(in: 0...255, using: &generator))
    }
    .joined()
  }

  /// A workshop code people can read out and type: groups of letters and digits that are
  /// never confused (no 0/O, 1/I/L), `K7QM-9XD4-TWP2`.
  public static func workshopCode() -> String {
    let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    var generator = SystemRandomNumberGenerator()
    let characters = (0..<12).map { _ in
      alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
    }
    return stride(from: 0, to: 12, by: 4).map { String(characters[$0..<($0 + 4)]) }
      .joined(separator: "-")
  }

  /// The SHA-256 of `text`, hexadecimal: what is stored of a session token or a withdrawal
  /// token (an address is kept as a `mac`).
  public static func digest(_ text: String) -> String {
    SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
  }

  /// HMAC-SHA-256 of `message` keyed with `key`, in hex: form tokens, and the client address
  /// kept by the store (unlike a plain digest of an address, it cannot be reversed by trying
  /// every address).
  public static func mac(_ message: String, key: String) -> String {
    let code = HMAC<SHA256>.authenticationCode(
      for: Data(message.utf8), using: SymmetricKey(data: Data(key.utf8)))
    return Data(code).map { String(format: "%02x", $0) }.joined()
  }

  /// Compares two strings in a time that does not depend on where they differ.
  /// Whether two secrets are equal, in a time that does not tell where they differ.
  public static func sameText(_ a: String, _ b: String) -> Bool { same(a, b) }

  static func same(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var difference: UInt8 = 0
    for index in x.indices { difference |= x[index] ^ y[index] }
    return difference == 0
  }
}

/// The token a served contribution form carries: when it was served, a nonce (the
/// submission's key, so that a form sent twice is stored once), and a signature binding both
/// to the action and the workshop code, made with the store's secret (shared by every server
/// of the same database).
public struct FormToken: Sendable, Equatable {
  public var issued: Int64
  public var nonce: String
  public var actionID: String
  public var code: String

  /// How long a served form may be kept open before it is sent.
  public static let lifetime: Int64 = 24 * 3600

  public init(
    issued: Int64, nonce: String = Secrets.token(bytes: 16), actionID: String, code: String
  ) {
    self.issued = issued
    self.nonce = nonce
    self.actionID = actionID
    self.code = code
  }

  public func signed(with key: String) -> String {
    "\(issued).\(nonce).\(Secrets.mac("\(issued)|\(nonce)|\(actionID)|\(code)", key: key))"
  }

  /// The token `text` when its signature holds for this action and code, else nil.
  public static func verify(_ text: String, actionID: String, code: String, key: String)
    -> FormToken?
  {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, let issued = Int64(parts[0]), parts[1].count == 32,
      parts[1].allSatisfy(\.isHexDigit)
    else { return nil }
    let token = FormToken(issued: issued, nonce: String(parts[1]), actionID: actionID, code: code)
    return Secrets.same(token.signed(with: key), text) ? token : nil
  }
}
