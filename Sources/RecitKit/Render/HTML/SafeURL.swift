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
    let squeezed = String(
      String.UnicodeScalarView(
        url.unicodeScalars.lazy.filter { $0.value > 0x20 && $0.value != 0x7F }
      )
    ).lowercased()
    guard dangerousSchemes.contains(where: squeezed.hasPrefix) else { return false }
    return !safeDataPrefixes.contains(where: squeezed.hasPrefix)
  }

  /// `url`, or the empty string when it is dangerous.
  static func sanitized(_ url: String) -> String {
    isDangerous(url) ? "" : url
  }
}
