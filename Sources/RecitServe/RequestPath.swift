/// Which build output a request's path names, if any: only the outputs are served, by their
/// path in the build (`/html/ID.html`, `/docbook/ID.xml`, `/svg/ID/NAME.svg`, `/json/ID.json`).
enum RequestPath {
  enum Target: Equatable {
    /// An output's path, relative to the build (`html/index.html`).
    case output(String)
    /// A folder or a name outside the outputs' folders: nothing to list, nothing to serve.
    case notFound
    /// A path that tries to leave the outputs (`..`, `.`, empty segments, NUL, a backslash,
    /// bad percent-encoding or UTF-8): refused.
    case refused
  }

  static let folders: Set<String> = ["html", "docbook", "svg", "json"]

  static func target(_ raw: String) -> Target {
    guard raw.hasPrefix("/"), raw.utf8.count <= 4096 else { return .refused }
    guard let decoded = percentDecoded(raw) else { return .refused }
    if decoded.contains("\0") || decoded.contains("\\") { return .refused }
    var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
    if segments.last == "" {
      segments = segments.dropLast()
      if segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) { return .refused }
      return .notFound
    }
    if segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) { return .refused }
    guard segments.count >= 2, let first = segments.first, folders.contains(String(first)) else {
      return .notFound
    }
    return .output(segments.joined(separator: "/"))
  }

  /// The path with its `%XX` escapes decoded, nil when an escape is malformed or the bytes are
  /// not UTF-8.
  static func percentDecoded(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hex), let low = iterator.next().flatMap(hex) else {
        return nil
      }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hex(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
