/// HTML escaping, as cmark-gfm's HTML renderer does it (so that bodies render as they always
/// have).
enum HTMLEscaping {
  /// `text` safe in element content and inside a double-quoted attribute value: `&`, `<`, `>`
  /// and `"` escaped (cmark-gfm's `escape_html`).
  /// The characters `TextSanitizing` replaces are made visible too, whatever built the text
  /// (a body's tree, or one built in code such as the comparison's).
  static func text(_ text: String) -> String { EntityEscaping.escape(text, apostrophe: nil) }

  /// `text` safe inside a double-quoted attribute value.
  static func attribute(_ text: String) -> String { Self.text(text) }

  /// A URL for `href` or `src`: bytes outside the URL-safe set percent-encoded, `&` and `'`
  /// as entities (cmark-gfm's `houdini_escape_href`).
  static func href(_ url: String) -> String {
    var result = ""
    for byte in url.utf8 {
      if isHrefSafe(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else if byte == UInt8(ascii: "&") {
        result += "&amp;"
      } else if byte == UInt8(ascii: "'") {
        result += "&#x27;"
      } else {
        let hex = Array("0123456789ABCDEF")
        result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
      }
    }
    return result
  }

  private static func isHrefSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: "-_.!~*()#$%+,/:;=?@".utf8.contains(byte)
    }
  }
}
