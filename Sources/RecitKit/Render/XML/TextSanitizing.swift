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
    guard hasForbiddenCharacter(text) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  /// Whether `text` holds a character to replace, looked for on its UTF-8 bytes: every text of
  /// a build passes here, and French text is full of `’`, `«` and `…`, which share their first
  /// byte with the bidi controls.
  static func hasForbiddenCharacter(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        switch byte {
        case 0x09, 0x0A, 0x0D: break
        case 0x00...0x1F, 0x7F: return true
        case 0xC2:
          // U+0080–U+009F: C2 80 … C2 9F.
          if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
        case 0xE2:
          // U+202A–U+202E: E2 80 AA … AE; U+2066–U+2069: E2 81 A6 … A9.
          if index + 2 < count {
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80, (0xAA...0xAE).contains(third) { return true }
            if second == 0x81, (0xA6...0xA9).contains(third) { return true }
          }
        case 0xEF:
          // U+FFFE, U+FFFF: EF BF BE, EF BF BF.
          if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
        default: break
        }
        index += 1
      }
      return false
    }
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
