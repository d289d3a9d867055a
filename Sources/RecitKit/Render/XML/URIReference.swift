/// Turns a link destination as written into an RFC 3986 URI reference, as DocBook's
/// `xlink:href` and `fileref` (`xsd:anyURI`, checked by libxml2's RELAX NG validator) need.
///
/// cmark-gfm keeps a destination as written: `rapport-100%.pdf`, `%zz`, `a#b#c`, `1:2.pdf`,
/// spaces (`<mon fichier.pdf>`) or accented letters are ordinary in a narrative but not valid
/// URI references, and a document holding one would not validate. Each character a URI cannot
/// hold there is percent-encoded (UTF-8), as a browser does when following the link; a
/// destination that is already valid is left exactly as written (`%20` stays `%20`).
enum URIReference {
  static func encoded(_ destination: String) -> String {
    let bytes = Array(destination.utf8)
    let scheme = schemeLength(bytes)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var sawFragment = false
    var inPathStart = scheme == 0
    var inIPLiteral = false
    let authorityStart =
      scheme > 0 && bytes.count >= scheme + 3
        && bytes[scheme + 1] == UInt8(ascii: "/") && bytes[scheme + 2] == UInt8(ascii: "/")
      ? scheme + 3 : -1
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      defer { index += 1 }
      if scheme > 0, index <= scheme {
        out.append(byte)  // the scheme and its colon, already checked
        continue
      }
      switch byte {
      case UInt8(ascii: "%"):
        if index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
          out.append(byte)
        } else {
          append(byte, to: &out)
        }
      case UInt8(ascii: "#"):
        if sawFragment { append(byte, to: &out) } else { out.append(byte) }
        sawFragment = true
        inPathStart = false
      case UInt8(ascii: "/"), UInt8(ascii: "?"):
        inPathStart = false
        out.append(byte)
      case UInt8(ascii: ":"):
        // A colon in the first segment of a relative reference would read as a scheme.
        if inPathStart { append(byte, to: &out) } else { out.append(byte) }
      case UInt8(ascii: "["):
        // Only an IPv6 host (`http://[::1]/`) may hold brackets.
        if index == authorityStart {
          inIPLiteral = true
          out.append(byte)
        } else {
          append(byte, to: &out)
        }
      case UInt8(ascii: "]"):
        if inIPLiteral { out.append(byte) } else { append(byte, to: &out) }
        inIPLiteral = false
      default:
        if isAllowed(byte) { out.append(byte) } else { append(byte, to: &out) }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The index of the colon that ends a valid scheme (`ALPHA *( ALPHA / DIGIT / + / - / . )`),
  /// or 0 when the reference is relative. (A scheme is at least one letter, so 0 is never a
  /// colon's index.)
  private static func schemeLength(_ bytes: [UInt8]) -> Int {
    guard let first = bytes.first, isAlpha(first) else { return 0 }
    for (index, byte) in bytes.enumerated().dropFirst() {
      if byte == UInt8(ascii: ":") { return index }
      guard
        isAlpha(byte) || isDigit(byte) || byte == UInt8(ascii: "+")
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      else { return 0 }
    }
    return 0
  }

  /// Unreserved characters, sub-delimiters, `@` (allowed anywhere but the scheme).
  private static func isAllowed(_ byte: UInt8) -> Bool {
    if isAlpha(byte) || isDigit(byte) { return true }
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
      UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"),
      UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
      UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"):
      return true
    default:
      return false
    }
  }

  private static func append(_ byte: UInt8, to out: inout [UInt8]) {
    let digits = Array("0123456789ABCDEF".utf8)
    out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
  }

  private static func isAlpha(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isHex(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
  }
}
