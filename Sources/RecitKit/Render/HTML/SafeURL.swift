/// The URL rule of cmark-gfm's safe HTML renderer, for writers that walk the tree themselves.
///
/// cmark-gfm blanks `javascript:`, `vbscript:`, `file:` and `data:` URLs, except
/// `data:image/png`, `gif`, `jpeg` and `webp`, in its HTML renderer only. The DocBook writer
/// applies the same rule, slightly stricter: the scheme is read after dropping ASCII whitespace
/// and control characters, which browsers ignore inside a scheme (`java&#9;script:`).
enum SafeURL {
  private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"]
  private static let safeDataPrefixes = [
    "data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp",
  ]

  /// Whether cmark-gfm's safe mode would blank `url`.
  static func isDangerous(_ url: String) -> Bool {
    let squeezed = start(of: url)
    guard dangerousSchemes.contains(where: squeezed.hasPrefix) else { return false }
    return !safeDataPrefixes.contains(where: squeezed.hasPrefix)
  }

  /// Only the start matters (the longest prefix compared has 15 characters): the first 32
  /// bytes that are not spaces or controls, lower-cased; the scalars' way only when one of
  /// them is not ASCII (a letter such as U+212A lower-cases to an ASCII one).
  private static func start(of url: String) -> String {
    var bytes: [UInt8] = []
    for byte in url.utf8 where byte > 0x20 && byte != 0x7F {
      guard byte < 0x80 else {
        var scalars = String.UnicodeScalarView()
        for scalar in url.unicodeScalars where scalar.value > 0x20 && scalar.value != 0x7F {
          scalars.append(scalar)
          if scalars.count == 32 { break }
        }
        return String(scalars).lowercased()
      }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      if bytes.count == 32 { break }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `url`, or the empty string when it is dangerous.
  static func sanitized(_ url: String) -> String {
    isDangerous(url) ? "" : url
  }
}
