import Foundation

/// A file's bytes cut into lines the way the reader counts them (LF, CRLF and a lone CR each
/// end a line), keeping every byte: a leading BOM and each line's own terminator, so that a
/// file put back together from its lines is the file it was.
struct RawLines: Sendable, Equatable {
  struct Line: Sendable, Equatable {
    /// The line's text, without its terminator.
    var text: String
    /// `"\n"`, `"\r\n"`, `"\r"`, or empty for a last line without one.
    var terminator: String
  }

  /// The UTF-8 byte order mark, when the file starts with one.
  var bom: [UInt8]
  var lines: [Line]

  /// Cuts valid UTF-8 bytes into lines; nil when the bytes are not UTF-8.
  init?(_ bytes: [UInt8]) {
    var body = bytes[...]
    bom = []
    if body.starts(with: [0xEF, 0xBB, 0xBF]) {
      bom = [0xEF, 0xBB, 0xBF]
      body = body.dropFirst(3)
    }
    guard SourceText.firstInvalidUTF8(in: body) == nil else { return nil }
    lines = []
    var start = body.startIndex
    var index = body.startIndex
    while index < body.endIndex {
      let byte = body[index]
      if byte == 0x0A || byte == 0x0D {
        let crlf = byte == 0x0D && index + 1 < body.endIndex && body[index + 1] == 0x0A
        let end = index + (crlf ? 2 : 1)
        lines.append(
          Line(
            text: String(decoding: body[start..<index], as: UTF8.self),
            terminator: String(decoding: body[index..<end], as: UTF8.self)))
        start = end
        index = end
      } else {
        index += 1
      }
    }
    // The reader's text has one more (possibly empty) line after the last terminator.
    lines.append(Line(text: String(decoding: body[start...], as: UTF8.self), terminator: ""))
  }

  /// The bytes, BOM and terminators as they were.
  var bytes: [UInt8] {
    var result = bom
    for line in lines {
      result += Array(line.text.utf8)
      result += Array(line.terminator.utf8)
    }
    return result
  }
}
