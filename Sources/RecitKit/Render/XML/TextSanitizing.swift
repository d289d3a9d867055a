/// Characters that XML 1.0 and HTML forbid, and the bidi controls, replaced before text reaches
/// a writer.
enum TextSanitizing {
  /// `text` with every control character other than tab, line feed and carriage return, the
  /// non-characters U+FFFE and U+FFFF, and the bidi embedding, override and isolate controls
  /// (U+202A–U+202E, U+2066–U+2069) replaced by U+FFFD.
  ///
  /// Bidi controls are made visible rather than isolated: a published page must read as its
  /// source reads, and an override (U+202E) can make "txt.exe" show as "exe.txt" or reverse a
  /// sentence's meaning; French and English narratives never need them (right-to-left scripts
  /// are shown in their own direction by the browser without them).
  ///
  /// XML 1.0 cannot carry them even as character references (a serialized `&#1;` makes the
  /// document unreadable), and the HTML parser reports them as errors. cmark-gfm replaces only
  /// NUL.
  static func replacingForbiddenCharacters(in text: String) -> String {
    guard text.unicodeScalars.contains(where: isForbidden) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    case 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
