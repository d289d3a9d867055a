import RecitModel

extension FrenchTypography {
  /// An HTML document (or fragment) typeset in its text only: tags, attribute values,
  /// comments and the doctype are copied as they are; so is everything inside `code`, `kbd`,
  /// `samp`, `pre`, `svg`, `math`, `script`, `style` and `textarea`, and inside any element
  /// whose `lang` is not French. A page whose `<html lang>` is not French is left whole.
  ///
  /// The rules read runs of text: the text between two tags that end a line of reading
  /// (block elements, `<br>`), across inline elements (`em`, `a`, `span`…), so that `!` after
  /// `</strong>` or `»` after `</em>` get their space. Entities count as the character they
  /// stand for (`&nbsp;` is a space), a code span or an image as a word.
  ///
  /// - Parameter language: the language of a document that does not say its own.
  public static func html(_ html: String, language: Language) -> String {
    var html = html
    return html.withUTF8 { bytes in
      var typesetter = HTMLTypesetter(bytes: bytes, enabled: language == .fr)
      return typesetter.run()
    }
  }
}

/// One pass over the bytes: runs without a sign the rules act on are copied as they are; the
/// others are cut into scalars, typeset, and put back around their tags.
private struct HTMLTypesetter {
  let bytes: UnsafeBufferPointer<UInt8>
  var enabled: Bool
  var output: [UInt8] = []
  var runStart = 0
  var runHasTrigger = false

  init(bytes: UnsafeBufferPointer<UInt8>, enabled: Bool) {
    self.bytes = bytes
    self.enabled = enabled
  }

  mutating func run() -> String {
    output.reserveCapacity(bytes.count + bytes.count / 64)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<"), let tag = HTMLTag(bytes, at: index) {
        switch tag.kind {
        case .inline:
          index = tag.end
        case .opaque:
          index = tag.contentEnd(in: bytes)
        case .boundary, .html:
          flush(upTo: index)
          if case .html(let language?) = tag.kind {
            enabled = Language.isFrench(tag: language)
          }
          // The tag opens the next run: copied with it, as leading markup.
          runStart = index
          index = tag.end
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "&"):
        // An entity's own `;` is no semicolon: skipped here, decoded if the run is typeset.
        index = entityEnd(from: index)
        continue
      case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: ":"):
        runHasTrigger = true
      case 0xC2
      where index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB):
        runHasTrigger = true
      default: break
      }
      index += 1
    }
    flush(upTo: bytes.count)
    return String(decoding: output, as: UTF8.self)
  }

  /// Just past an entity starting at `index` (`&amp;`, `&#39;`), or just past the `&`.
  private func entityEnd(from index: Int) -> Int {
    var stop = index + 1
    while stop < bytes.count, stop - index < 34 {
      let byte = bytes[stop]
      if byte == UInt8(ascii: ";") { return stop > index + 1 ? stop + 1 : index + 1 }
      let isName =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "#")
      guard isName else { break }
      stop += 1
    }
    return index + 1
  }

  private mutating func flush(upTo end: Int) {
    defer {
      runStart = end
      runHasTrigger = false
    }
    guard enabled, runHasTrigger else {
      copy(runStart..<end)
      return
    }
    // The run's scalars, each with where its bytes start and end; markup between them is
    // copied with the unchanged text around it.
    var ranges: [Range<Int>] = []
    var scalars: [Unicode.Scalar] = []
    var index = runStart
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<"), let tag = HTMLTag(bytes, at: index) {
        if case .opaque = tag.kind {
          let stop = min(tag.contentEnd(in: bytes), end)
          ranges.append(index..<stop)
          scalars.append(FrenchTypography.object)
          index = stop
        } else {
          index = tag.end
        }
        continue
      }
      let (scalar, length) =
        byte == UInt8(ascii: "&") ? entity(at: index, end: end) : scalarAt(index, end: end)
      ranges.append(index..<(index + length))
      scalars.append(scalar)
      index += length
    }
    let edits = FrenchTypography.Edits(
      scalars, protected: FrenchTypography.protectedURLs(in: scalars))
    guard !edits.isEmpty else { return copy(runStart..<end) }
    // Only the edited scalars are written one by one; what lies between is copied whole.
    var copied = runStart
    for unit in edits.positions {
      let range = ranges[unit]
      copy(copied..<range.lowerBound)
      copied = range.lowerBound
      if let inserted = edits.insertions[unit] { append(inserted) }
      switch edits.replacements[unit] {
      case .none: break
      case .some(.none): copied = range.upperBound
      case .some(.some(let replacement)):
        append(replacement)
        copied = range.upperBound
      }
    }
    copy(copied..<end)
  }

  private mutating func copy(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
  }

  private mutating func append(_ scalar: Unicode.Scalar) {
    output.append(contentsOf: String(Character(scalar)).utf8)
  }

  /// The scalar whose UTF-8 starts at `index` and its length (a stray byte counts as one
  /// replacement character).
  private func scalarAt(_ index: Int, end: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    let length =
      lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= end else {
      return (Unicode.Scalar(lead < 0x80 ? lead : 0xFF), 1)
    }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// `&name;`, `&#NN;` or `&#xHH;` as the character it stands for (an unknown name as a
  /// letter-like object), else a lone `&`.
  private func entity(at index: Int, end: Int) -> (Unicode.Scalar, Int) {
    var stop = index + 1
    while stop < end, stop - index < 34, bytes[stop] != UInt8(ascii: ";") {
      let byte = bytes[stop]
      let isName =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "#")
      guard isName else { return ("&", 1) }
      stop += 1
    }
    guard stop < end, bytes[stop] == UInt8(ascii: ";"), stop > index + 1 else { return ("&", 1) }
    let name = String(decoding: bytes[(index + 1)..<stop], as: UTF8.self)
    let length = stop + 1 - index
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      return (value.flatMap(Unicode.Scalar.init) ?? FrenchTypography.object, length)
    }
    let named: [String: Unicode.Scalar] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
      "laquo": "«", "raquo": "»",
    ]
    return (named[name] ?? FrenchTypography.object, length)
  }
}

/// A tag found at a `<`: what it means for the typesetter, and where it ends.
private struct HTMLTag {
  enum Kind {
    /// Inside a run: inline elements (`em`, `a`…), their ends, comments.
    case inline
    /// Ends the run: block elements and their ends, `<br>`, the doctype.
    case boundary
    /// `<html>`, with its `lang` when it has one.
    case html(String?)
    /// Copied whole with its content, which is never typeset.
    case opaque
  }

  let name: TagName
  let kind: Kind
  /// Just past the `>`.
  let end: Int
  let selfClosing: Bool

  static let inlineNames: Set<TagName> = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "font", "i", "input",
    "ins", "label", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u",
    "wbr",
  ]
  static let opaqueNames: Set<TagName> = [
    "code", "kbd", "samp", "pre", "svg", "math", "script", "style", "textarea", "img",
  ]
  static let voidNames: Set<TagName> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
  ]

  /// nil when the `<` starts no tag (a stray `<` is text).
  init?(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
    let count = bytes.count
    guard start + 1 < count else { return nil }
    let next = bytes[start + 1]
    func isLetter(_ byte: UInt8) -> Bool {
      (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
    func after(_ byte: UInt8, from index: Int) -> Int {
      var index = index
      while index < count, bytes[index] != byte { index += 1 }
      return min(index + 1, count)
    }
    if next == UInt8(ascii: "!") {
      if start + 3 < count, bytes[start + 2] == UInt8(ascii: "-"),
        bytes[start + 3] == UInt8(ascii: "-")
      {
        var index = start + 4
        while index + 2 < count,
          !(bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-")
            && bytes[index + 2] == UInt8(ascii: ">"))
        {
          index += 1
        }
        self.init(name: "!--", kind: .inline, end: min(index + 3, count), selfClosing: true)
      } else {
        self.init(
          name: "!", kind: .boundary, end: after(UInt8(ascii: ">"), from: start),
          selfClosing: true)
      }
      return
    }
    if next == UInt8(ascii: "?") {
      self.init(
        name: "?", kind: .boundary, end: after(UInt8(ascii: ">"), from: start), selfClosing: true)
      return
    }
    let closing = next == UInt8(ascii: "/")
    var index = start + (closing ? 2 : 1)
    guard index < count, isLetter(bytes[index]) else { return nil }
    let nameStart = index
    while index < count,
      isLetter(bytes[index]) || (bytes[index] >= 0x30 && bytes[index] <= 0x39)
        || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ":")
    {
      index += 1
    }
    let name = TagName(bytes, nameStart..<index)
    // Attributes, to the `>` that is not inside quotes; `lang` (or `xml:lang`) kept.
    var language: String?
    var selfClosing = false
    while index < count, bytes[index] != UInt8(ascii: ">") {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        index = after(byte, from: index + 1)
        continue
      }
      if isLetter(byte) {
        let attributeStart = index
        while index < count, bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">"),
          bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "/"),
          bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\t")
        {
          index += 1
        }
        let attribute = TagName(bytes, attributeStart..<index)
        guard index < count, bytes[index] == UInt8(ascii: "=") else { continue }
        index += 1
        var valueStart = index
        var valueEnd = index
        if index < count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
          let quote = bytes[index]
          valueStart = index + 1
          index = after(quote, from: valueStart)
          valueEnd = max(valueStart, index - 1)
        } else {
          while index < count, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: ">")
          {
            index += 1
          }
          valueEnd = index
        }
        if attribute == Self.lang || attribute == Self.xmlLang {
          language = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
        }
        continue
      }
      if byte == UInt8(ascii: "/") { selfClosing = true } else { selfClosing = false }
      index += 1
    }
    let end = min(index + 1, count)
    let kind: Kind
    if closing {
      kind = Self.inlineNames.contains(name) ? .inline : .boundary
    } else if name == Self.html {
      kind = .html(language)
    } else if Self.opaqueNames.contains(name)
      || (language.map { !Language.isFrench(tag: $0) } ?? false)
    {
      kind = .opaque
    } else {
      kind = Self.inlineNames.contains(name) ? .inline : .boundary
    }
    self.init(name: name, kind: kind, end: end, selfClosing: selfClosing)
  }

  // Made once: a literal compared in place would be made again (an array) at every tag.
  static let lang: TagName = "lang"
  static let xmlLang: TagName = "xml:lang"
  static let html: TagName = "html"
  static let rawTextNames: Set<TagName> = ["script", "style", "textarea"]

  private init(name: TagName, kind: Kind, end: Int, selfClosing: Bool) {
    self.name = name
    self.kind = kind
    self.end = end
    self.selfClosing = selfClosing
  }

  /// For an opaque element: just past its end tag (the same name, nested ones counted; for
  /// `script` and `style`, the first end tag); just past the tag itself for a void element.
  func contentEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if selfClosing || Self.voidNames.contains(name) { return end }
    let rawText = Self.rawTextNames.contains(name)
    let pattern = name.bytes
    guard !pattern.isEmpty else { return end }
    var depth = 1
    var index = end
    func matchesName(at position: Int) -> Bool {
      guard position + pattern.count <= bytes.count else { return false }
      for (offset, expected) in pattern.enumerated() {
        var byte = bytes[position + offset]
        if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
        if byte != expected { return false }
      }
      let after = position + pattern.count
      guard after < bytes.count else { return true }
      let byte = bytes[after]
      return
        !((byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-"))
    }
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"),
        matchesName(at: index + 2)
      {
        depth -= 1
        if depth == 0 || rawText {
          var stop = index
          while stop < bytes.count, bytes[stop] != UInt8(ascii: ">") { stop += 1 }
          return min(stop + 1, bytes.count)
        }
      } else if !rawText, matchesName(at: index + 1) {
        // A nested element of the same name, unless it closes itself.
        var stop = index
        while stop < bytes.count, bytes[stop] != UInt8(ascii: ">") { stop += 1 }
        if stop > 0, stop < bytes.count, bytes[stop - 1] != UInt8(ascii: "/") { depth += 1 }
      }
      index += 1
    }
    return bytes.count
  }
}

/// A tag or attribute name of at most 16 characters, lower-cased and packed into 128 bits, so
/// that telling names apart allocates nothing (longer names, custom elements, are all one
/// unknown name).
private struct TagName: Hashable, ExpressibleByStringLiteral {
  let high: UInt64
  let low: UInt64

  private static let unknown = (UInt64.max, UInt64.max)

  init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard range.count <= 16 else {
      (high, low) = Self.unknown
      return
    }
    var high: UInt64 = 0
    var low: UInt64 = 0
    for index in range {
      var byte = bytes[index]
      if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
      high = high << 8 | low >> 56
      low = low << 8 | UInt64(byte)
    }
    (self.high, self.low) = (high, low)
  }

  init(stringLiteral text: String) {
    let bytes = Array(text.utf8)
    precondition(bytes.count <= 16)
    var high: UInt64 = 0
    var low: UInt64 = 0
    for byte in bytes {
      high = high << 8 | low >> 56
      low = low << 8 | UInt64(byte)
    }
    (self.high, self.low) = (high, low)
  }

  /// The name's bytes (empty for an unknown one).
  var bytes: [UInt8] {
    guard (high, low) != Self.unknown else { return [] }
    var result: [UInt8] = []
    var (high, low) = (high, low)
    while high != 0 || low != 0 {
      result.insert(UInt8(low & 0xFF), at: 0)
      low = low >> 8 | high << 56
      high >>= 8
    }
    return result
  }
}
