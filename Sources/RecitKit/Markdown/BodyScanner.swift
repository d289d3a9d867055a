import CCMarkGFM
import RecitModel

/// Finds what a narrative body refers to: `@id` mentions (outside code) and `[[...]]` prompts.
enum BodyScanner {
  /// Scans a body whose first line is file line `firstLine`.
  static func scan(_ markdown: String, file: String, firstLine: Int) -> (
    body: Body, placeholders: [Text]
  ) {
    let start = SourceLocation(file: file, line: firstLine, column: 1)
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    var mentions: [Reference] = []
    if markdown.contains("@") {
      let tree = MarkdownTree(markdown)
      tree.walk { node, type in
        guard type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) else { return }
        let line = Int(cmark_node_get_start_line(node))
        let byteColumn = Int(cmark_node_get_start_column(node))
        for (id, offset) in Mentions.find(in: String(cString: literal)) {
          let column = characterColumn(
            in: lines, line: line, byteColumn: byteColumn, byteOffset: offset)
          mentions.append(
            Reference(
              id, kind: .actor,
              at: SourceLocation(file: file, line: line + firstLine - 1, column: column)))
        }
      }
    }
    return (
      Body(markdown: markdown, location: start, mentions: mentions),
      Placeholders.find(in: markdown, at: start)
    )
  }

  /// The 1-based character column of a byte position given as a node's byte column plus an
  /// offset into its text.
  private static func characterColumn(
    in lines: [Substring], line: Int, byteColumn: Int, byteOffset: Int
  ) -> Int {
    guard line >= 1, line <= lines.count, byteColumn >= 1 else { return 1 }
    let bytes = Array(lines[line - 1].utf8)
    let end = min(bytes.count, byteColumn - 1 + byteOffset)
    return String(decoding: bytes[0..<end], as: UTF8.self).unicodeScalars.count + 1
  }
}

/// The `@id` mention syntax.
enum Mentions {
  /// Each mention in `text` with the byte offset of its `@`.
  static func find(in text: String) -> [(id: String, byteOffset: Int)] {
    let bytes = Array(text.utf8)
    var found: [(String, Int)] = []
    var index = 0
    while index < bytes.count {
      defer { index += 1 }
      guard bytes[index] == UInt8(ascii: "@") else { continue }
      if index > 0, isWordByte(bytes[index - 1]) { continue }
      var end = index + 1
      while end < bytes.count, isIDByte(bytes[end]) { end += 1 }
      // An id ends with a letter or digit: `@amap-` stops before the hyphen.
      while end > index + 1, bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
      guard end > index + 1 else { continue }
      found.append((String(decoding: bytes[(index + 1)..<end], as: UTF8.self), index))
      index = end - 1
    }
    return found
  }

  private static func isIDByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
  }

  /// Letters and digits, including any byte of a multi-byte (accented) letter.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 || byte == UInt8(ascii: "_")
  }
}
