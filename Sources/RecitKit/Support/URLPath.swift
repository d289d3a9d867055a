/// Ids made safe inside a URL: an action's id comes from a file name, which may hold anything
/// (`javascript:alert(1).md`), so every byte but the unreserved ones of RFC 3986 is
/// percent-encoded. The result is always a relative path: no scheme, no `/`, no `?` or `#`.
public enum URLPath {
  public static func segment(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "."), UInt8(ascii: "~"):
        out.append(Character(Unicode.Scalar(byte)))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return out
  }
}
