/// Characters that XML 1.0 and HTML forbid, replaced before text reaches a writer.
enum TextSanitizing {
  /// `text` with every control character other than tab, line feed and carriage return, and
  /// the non-characters U+FFFE and U+FFFF, replaced by U+FFFD.
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
    default: false
    }
  }
}
