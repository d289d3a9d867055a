import Foundation
import RecitModel

/// A source file decoded for reading: UTF-8 checked, BOM removed, CRLF and CR made LF.
struct SourceText: Sendable {
  /// Files larger than this are refused (`fichier-illisible`).
  static let maximumFileSize = 8 * 1024 * 1024

  let path: String
  let text: String

  /// Reads and decodes a file; a problem becomes one `fichier-illisible` diagnostic.
  static func read(absolutePath: String, relativePath: String) -> Result<SourceText, Diagnostic> {
    let start = SourceLocation.start(of: relativePath)
    let size: Int
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: absolutePath)
      size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    } catch {
      return .failure(unreadable(at: start))
    }
    if size > maximumFileSize {
      return .failure(
        Diagnostic(
          .unreadableFile, at: start,
          LocalizedText(
            fr: "le fichier est trop grand (\(size) octets ; au plus \(maximumFileSize))",
            en: "the file is too large (\(size) bytes; at most \(maximumFileSize))")))
    }
    guard let data = FileManager.default.contents(atPath: absolutePath) else {
      return .failure(unreadable(at: start))
    }
    return decode(Array(data), relativePath: relativePath)
  }

  /// Decodes bytes; invalid UTF-8 is reported at the line and column of the first bad byte.
  static func decode(_ bytes: [UInt8], relativePath: String) -> Result<SourceText, Diagnostic> {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let bad = firstInvalidUTF8(in: body) {
      let before = body[body.startIndex..<bad]
      let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
      let column = String(decoding: body[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1
      return .failure(
        Diagnostic(
          .unreadableFile,
          at: SourceLocation(file: relativePath, line: line, column: column),
          LocalizedText(
            fr:
              "le fichier n'est pas en UTF-8 (octet 0x\(String(body[bad], radix: 16, uppercase: true)))",
            en: "the file is not UTF-8 (byte 0x\(String(body[bad], radix: 16, uppercase: true)))"),
          hint: LocalizedText(
            fr:
              "enregistrez-le en UTF-8 (dans Word ou LibreOffice : « Enregistrer sous », codage UTF-8)",
            en: "save it as UTF-8 (in your editor: “Save as”, encoding UTF-8)")))
    }
    // Line ends are normalized on the bytes: `String.contains` of a string goes through
    // Foundation's locale-aware search, which a build of thousands of files pays for.
    guard body.contains(0x0D) else {
      return .success(SourceText(path: relativePath, text: String(decoding: body, as: UTF8.self)))
    }
    var normalized: [UInt8] = []
    normalized.reserveCapacity(body.count)
    var index = body.startIndex
    while index < body.endIndex {
      let byte = body[index]
      index += 1
      guard byte == 0x0D else {
        normalized.append(byte)
        continue
      }
      normalized.append(0x0A)
      if index < body.endIndex, body[index] == 0x0A { index += 1 }
    }
    return .success(
      SourceText(path: relativePath, text: String(decoding: normalized, as: UTF8.self)))
  }

  private static func unreadable(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .unreadableFile, at: location,
      LocalizedText(fr: "le fichier ne peut pas être lu", en: "the file cannot be read"),
      hint: LocalizedText(
        fr: "vérifiez qu'il existe et que vous avez le droit de le lire",
        en: "check that it exists and that you may read it"))
  }

  /// The index of the first byte that does not belong to a valid UTF-8 sequence.
  static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= bytes.endIndex else { return index }
      for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
      if length == 3 {
        let second = bytes[index + 1]
        if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return index }
      } else if length == 4 {
        let second = bytes[index + 1]
        if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return index }
      }
      index += length
    }
    return nil
  }
}
