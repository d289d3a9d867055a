/// A 64-bit FNV-1a digest of some bytes: stable across processes and machines, so it can key
/// caches in memory and name contents in the output manifest. Not a cryptographic hash: it
/// detects edits, not forgeries.
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
  public let value: UInt64

  public init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    value = hash
  }

  public init(_ text: String) { self.init(text.utf8) }

  /// Combines digests in order (for a key made of several files).
  public init(combining digests: [ContentDigest]) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(digests.count * 8)
    for digest in digests {
      withUnsafeBytes(of: digest.value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    self.init(bytes)
  }

  public var description: String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
