import RecitModel

/// Reads a narrative body: its tree, parsed once, and what it refers to, taken from the tree
/// (`@id` mentions and links to `@id` outside code, `[[...]]` prompts outside code).
enum BodyScanner {
  /// Scans a body whose first line is file line `firstLine`.
  /// `excess` is the `markdown-pathologique` diagnostic of a body over one of
  /// `MarkdownLimits` (its tree is then one paragraph of its text).
  static func scan(_ markdown: String, file: String, firstLine: Int) -> (
    body: Body, placeholders: [Text], excess: Diagnostic?
  ) {
    let start = SourceLocation(file: file, line: firstLine, column: 1)
    let (blocks, excess) = MarkupParser.parseWithinLimits(
      markdown, file: file, firstLine: firstLine)
    var collector = ReferenceCollector()
    collector.visit(blocks)
    return (
      Body(markdown: markdown, location: start, blocks: blocks, mentions: collector.mentions),
      collector.placeholders, excess
    )
  }
}

/// Collects a tree's mentions and prompts, in document order.
private struct ReferenceCollector: MarkupWalker {
  var mentions: [Reference] = []
  var placeholders: [Text] = []

  mutating func visitMention(id: String, text: [Inline]?, location: SourceLocation?) {
    if let location { mentions.append(Reference(id, kind: .actor, at: location)) }
    if let text { visit(text) }
  }

  mutating func visitPlaceholder(_ words: String, location: SourceLocation?) {
    guard let location else { return }
    placeholders.append(Text(words.trimmingSpaces, at: location))
  }
}

/// The `@id` mention syntax, bare or as a link's destination (`[les parents](@parents)`).
enum Mentions {
  /// The id a link destination names when it is `@` then an id, as written (an id that is not
  /// in kebab case is then reported unknown, not published as a link); nil for any other
  /// destination.
  static func id(ofLinkTo destination: String) -> String? {
    guard destination.hasPrefix("@"), destination.count > 1 else { return nil }
    let id = String(destination.dropFirst())
    return id.contains(where: { $0 == "@" || $0 == "/" || $0 == ":" || $0.isWhitespace })
      ? nil : id
  }

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
