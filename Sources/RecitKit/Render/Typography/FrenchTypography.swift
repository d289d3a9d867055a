import RecitModel

/// French typography, as the Imprimerie nationale sets it: a narrow no-break space (U+202F)
/// before `;`, `!` and `?`, after `«` and before `»`, and a no-break space (U+00A0) before `:`.
///
/// The rules read a run of text (a paragraph, a heading, a cell: see ``html(_:language:)``)
/// as a sequence of scalars and decide edits; they never add a space where there is one, they
/// replace it (a plain space, a no-break space, a line feed or several of them become the one
/// space the sign wants), so typesetting twice gives the same text. They stay conservative:
/// - `:` and `;` only when a space or the end of the run follows (not `14:30`, `http:`,
///   `a;b`), `:` never after `:`;
/// - `!` and `?` as one group (`?!` gets one space, before it), only when what follows the
///   group is a space, the end or a closing sign (not `page?id=3`, `!=`);
/// - nothing at the start of a run, nor after an opening bracket;
/// - nothing inside a URL written as text (`https://…`, `www.…`, `mailto:…`).
public enum FrenchTypography {
  /// U+202F NARROW NO-BREAK SPACE.
  public static let narrowSpace: Unicode.Scalar = "\u{202F}"
  /// U+00A0 NO-BREAK SPACE.
  public static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
  /// Stands for something that is not text but sits in it (an image, a code span).
  static let object: Unicode.Scalar = "\u{FFFC}"

  /// `text` typeset, read as one run of plain text (no markup).
  public static func text(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    let edits = Edits(scalars, protected: protectedURLs(in: scalars))
    guard !edits.isEmpty else { return text }
    var result = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if let inserted = edits.insertions[index] { result.append(inserted) }
      switch edits.replacements[index] {
      case .none: result.append(scalar)
      case .some(.none): break
      case .some(.some(let replacement)): result.append(replacement)
      }
    }
    return String(result)
  }

  /// Whether a scalar is one the rules act on: a run without any is left as it is.
  static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "?", "!", ";", ":", "«", "»": true
    default: false
    }
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2002...0x200A: true
    default: false
    }
  }

  /// What may follow `!`, `?` or `;` for the sign to end a clause: closing brackets and
  /// quotes, and the other signs of punctuation.
  static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ")", "]", "}", "»", "”", "\"", "’", "'", ".", ",", ";", ":", "…", "*", "_", object:
      true
    default: false
    }
  }

  static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "(" || scalar == "[" || scalar == "{" || scalar == "«"
  }

  /// The edits of one run: a space inserted before a scalar, or a scalar replaced (by a space,
  /// or by nothing when a run of spaces becomes one).
  struct Edits {
    /// Index → the space inserted before the scalar at that index.
    private(set) var insertions: [Int: Unicode.Scalar] = [:]
    /// Index → what replaces the scalar at that index (nil: dropped).
    private(set) var replacements: [Int: Unicode.Scalar?] = [:]

    var isEmpty: Bool { insertions.isEmpty && replacements.isEmpty }

    /// The indexes that have an insertion or a replacement, in order.
    var positions: [Int] { Set(insertions.keys).union(replacements.keys).sorted() }

    /// `protected[i]`: the scalar is part of a URL and is left alone.
    init(_ scalars: [Unicode.Scalar], protected: [Bool]) {
      let count = scalars.count
      var index = 0
      while index < count {
        let scalar = scalars[index]
        if protected[index] || !FrenchTypography.isTrigger(scalar) {
          index += 1
          continue
        }
        let next = index + 1 < count ? scalars[index + 1] : nil
        switch scalar {
        case "?", "!":
          var end = index
          while end < count, scalars[end] == "?" || scalars[end] == "!", !protected[end] {
            end += 1
          }
          let after = end < count ? scalars[end] : nil
          if after.map({ isSpace($0) || isClosing($0) }) ?? true {
            spaceBefore(index, narrowSpace, in: scalars, protected: protected)
          }
          index = end
          continue
        case ";":
          if next.map({ isSpace($0) || isClosing($0) }) ?? true {
            spaceBefore(index, narrowSpace, in: scalars, protected: protected)
          }
        case ":":
          let previous = index > 0 ? scalars[index - 1] : nil
          if next.map(isSpace) ?? true, previous != ":" {
            spaceBefore(index, noBreakSpace, in: scalars, protected: protected)
          }
        case "«":
          spaceAfter(index, in: scalars, protected: protected)
        case "»":
          spaceBefore(index, narrowSpace, in: scalars, protected: protected)
        default: break
        }
        index += 1
      }
    }

    /// The spaces before `index` made one `space`, or `space` inserted when there is none; not
    /// at the start of the run, nor after an opening bracket or another `!`/`?`.
    private mutating func spaceBefore(
      _ index: Int, _ space: Unicode.Scalar, in scalars: [Unicode.Scalar], protected: [Bool]
    ) {
      var last = index - 1
      while last >= 0, isSpace(scalars[last]), !protected[last] { last -= 1 }
      guard last >= 0 else { return }
      let previous = scalars[last]
      if isOpening(previous) || (scalars[index] != "»" && (previous == "?" || previous == "!")) {
        return
      }
      if last == index - 1 {
        insertions[index] = space
      } else {
        replaceSpaces(from: last + 1, to: index, with: space)
      }
    }

    /// The spaces after `«` made one narrow space, or one inserted; nothing when the run ends
    /// or the quote closes at once.
    private mutating func spaceAfter(
      _ index: Int, in scalars: [Unicode.Scalar], protected: [Bool]
    ) {
      var first = index + 1
      while first < scalars.count, isSpace(scalars[first]), !protected[first] { first += 1 }
      guard first < scalars.count, scalars[first] != "»" else { return }
      if first == index + 1 {
        insertions[first] = narrowSpace
      } else {
        replaceSpaces(from: index + 1, to: first, with: narrowSpace)
      }
    }

    private mutating func replaceSpaces(from start: Int, to end: Int, with space: Unicode.Scalar) {
      replacements[start] = .some(space)
      for dropped in (start + 1)..<end { replacements[dropped] = .some(nil) }
    }
  }

  /// Which scalars belong to a URL written as text: from its scheme (`https://`, `mailto:`) or
  /// its `www.` to the end of its word, less the closing brackets and quotes that end it.
  static func protectedURLs(in scalars: [Unicode.Scalar]) -> [Bool] {
    var protected = [Bool](repeating: false, count: scalars.count)
    var start = 0
    while start < scalars.count {
      while start < scalars.count, isSpace(scalars[start]) { start += 1 }
      var end = start
      while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
      if end > start, let url = urlStart(in: scalars[start..<end]) {
        var stop = end
        while stop > url, ")]»”\"’'".unicodeScalars.contains(scalars[stop - 1]) { stop -= 1 }
        for index in url..<stop { protected[index] = true }
      }
      start = end
    }
    return protected
  }

  /// Where a URL starts in a word, if the word holds one: the scheme's first letter before
  /// `://`, else `mailto:`, `tel:` or `www.` (compared without case, scalar by scalar).
  private static func urlStart(in word: ArraySlice<Unicode.Scalar>) -> Int? {
    func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
      (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }
    func matches(_ prefix: String, at index: Int) -> Bool {
      var position = index
      for expected in prefix.unicodeScalars {
        guard position < word.endIndex, lower(word[position]) == expected else { return false }
        position += 1
      }
      return true
    }
    guard word.contains(where: { $0 == ":" || $0 == "." }) else { return nil }
    for index in word.indices where word[index] == ":" && matches("://", at: index) {
      var begin = index
      while begin > word.startIndex {
        let before = lower(word[begin - 1])
        guard
          ("a"..."z").contains(before) || ("0"..."9").contains(before) || before == "+"
            || before == "." || before == "-"
        else { break }
        begin -= 1
      }
      if begin < index { return begin }
    }
    // At the start of the word, or after a sign (`(www.…`), never inside one (`hôtel:`).
    for index in word.indices
    where "mMtTwW".unicodeScalars.contains(word[index])
      && (index == word.startIndex || !word[index - 1].properties.isAlphabetic)
    {
      if matches("mailto:", at: index) || matches("tel:", at: index) || matches("www.", at: index) {
        return index
      }
    }
    return nil
  }
}

extension Language {
  /// Whether a BCP 47 tag (`fr`, `fr-FR`, `FR`) names French.
  static func isFrench(tag: String) -> Bool {
    let lowered = tag.lowercased()
    return lowered == "fr" || lowered.hasPrefix("fr-") || lowered.hasPrefix("fr_")
  }
}
