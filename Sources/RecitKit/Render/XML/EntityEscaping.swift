/// The one escaper of HTML and XML text: the characters `TextSanitizing` replaces made
/// visible, then `&`, `<`, `>` and `"` as entities, and `'` as `apostrophe` when given. One
/// pass over the UTF-8 bytes, the text returned as it is when nothing needs escaping: every
/// value of every page goes through here.
enum EntityEscaping {
  static func escape(_ text: String, apostrophe: StaticString?) -> String {
    var text = TextSanitizing.replacingForbiddenCharacters(in: text)
    let escapesApostrophe = apostrophe != nil
    return text.withUTF8 { bytes in
      func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
          || (escapesApostrophe && byte == 0x27)
      }
      guard let first = bytes.firstIndex(where: needsEscape) else {
        return String(decoding: bytes, as: UTF8.self)
      }
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + 32)
      result.append(contentsOf: bytes[..<first])
      for byte in bytes[first...] {
        switch byte {
        case 0x26: result.append(contentsOf: "&amp;".utf8)
        case 0x22: result.append(contentsOf: "&quot;".utf8)
        case 0x3C: result.append(contentsOf: "&lt;".utf8)
        case 0x3E: result.append(contentsOf: "&gt;".utf8)
        case 0x27 where apostrophe != nil:
          apostrophe!.withUTF8Buffer { result.append(contentsOf: $0) }
        default: result.append(byte)
        }
      }
      return String(decoding: result, as: UTF8.self)
    }
  }
}
