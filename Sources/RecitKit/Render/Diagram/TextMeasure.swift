import Foundation

/// Estimates the width of text in a sans-serif font and wraps it, for SVG (which cannot wrap).
///
/// Widths are DejaVu Sans advances (the default sans-serif font on Debian, and among the widest
/// common ones, close to Verdana), so text estimated to fit also fits in narrower fonts. Accented
/// letters count as their base letter; text is handled as characters, so accents stay intact.
struct TextMeasure {
  var fontSize: Double
  var bold = false

  /// The estimated width of `text`, in pixels.
  func width(of text: some StringProtocol) -> Double {
    var ems = 0.0
    var ascii = true
    for byte in text.utf8 {
      guard byte < 0x80 else {
        ascii = false
        break
      }
      ems += Self.asciiAdvances[Int(byte)]
    }
    if !ascii { ems = text.reduce(0.0) { $0 + Self.advance(of: $1) } }
    return ems * fontSize * (bold ? 1.12 : 1.0)
  }

  /// `text` cut into lines no wider than `width`, at spaces, else after hyphens, else anywhere;
  /// at most `maxLines`, the last one ending with "…" when text was left out.
  func wrap(_ text: String, width: Double, maxLines: Int = .max) -> [String] {
    var lines: [String] = []
    var line = ""
    // Widths add up, so the line's width is kept rather than measured again per word.
    var lineWidth = 0.0
    let space = self.width(of: " ")
    for word in text.split(whereSeparator: \.isWhitespace) {
      let wordWidth = self.width(of: word)
      let candidateWidth = line.isEmpty ? wordWidth : lineWidth + space + wordWidth
      if candidateWidth <= width {
        line = line.isEmpty ? String(word) : line + " " + word
        lineWidth = candidateWidth
        continue
      }
      if !line.isEmpty { lines.append(line) }
      var pieces = breakWord(String(word), width: width)
      line = pieces.removeLast()
      lineWidth = self.width(of: line)
      lines += pieces
    }
    if !line.isEmpty { lines.append(line) }
    guard lines.count > maxLines else { return lines }
    var kept = Array(lines.prefix(maxLines))
    kept[maxLines - 1] = ellipsized(kept[maxLines - 1] + " " + lines[maxLines], width: width)
    return kept
  }

  /// `text` shortened to fit `width`, ending with "…" when shortened.
  func ellipsized(_ text: String, width: Double) -> String {
    guard self.width(of: text) > width else { return text }
    // The longest prefix that fits with the ellipsis, its width summed as it grows (in the
    // same order as `width(of:)` sums, so the cut falls where measuring each prefix would).
    let ellipsis = self.width(of: "…")
    var ems = 0.0
    var end = text.startIndex
    for index in text.indices {
      let next = ems + Self.advance(of: text[index])
      guard next * fontSize * (bold ? 1.12 : 1.0) + ellipsis <= width else { break }
      ems = next
      end = text.index(after: index)
    }
    return text[..<end].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
  }

  /// A word too long for one line, cut after its hyphens where possible, else by characters.
  private func breakWord(_ word: String, width: Double) -> [String] {
    var pieces: [String] = []
    var piece = ""
    var pieceWidth = 0.0
    for character in word {
      let characterWidth = self.width(of: String(character))
      if !piece.isEmpty, pieceWidth + characterWidth > width {
        let cut = piece.lastIndex(of: "-").map { piece.index(after: $0) } ?? piece.endIndex
        pieces.append(String(piece[..<cut]))
        piece = String(piece[cut...])
        pieceWidth = self.width(of: piece)
      }
      piece.append(character)
      pieceWidth += characterWidth
    }
    pieces.append(piece)
    return pieces
  }

  /// The advance of one character, in ems.
  private static func advance(of character: Character) -> Double {
    let scalars = character.unicodeScalars
    // Most characters are one ASCII scalar: no decomposition needed.
    if scalars.count == 1, let only = scalars.first, only.isASCII {
      return asciiAdvances[Int(only.value)]
    }
    if scalars.count == 1, let only = scalars.first,
      latinAdvances.indices.contains(Int(only.value) - 0x80)
    {
      return latinAdvances[Int(only.value) - 0x80]
    }
    return decomposedAdvance(of: character)
  }

  /// The advance of a character measured as its first scalar once decomposed (`é` as `e`).
  private static func decomposedAdvance(of character: Character) -> Double {
    let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first
    guard let scalar = base else { return 0 }
    if let width = advances[scalar] { return width }
    switch scalar.value {
    case 0x2019, 0x2018: return 0.318
    case 0x00AB, 0x00BB: return 0.557
    case 0x2013: return 0.5
    case 0x2014, 0x2026, 0x0153, 0x0152, 0x00E6, 0x00C6: return 1.0
    case 0x2E80...: return 1.0
    default: return 0.7
    }
  }

  /// The advances of U+0080 to U+024F (Latin-1 and Latin Extended-A and B, every accented
  /// letter of French), decomposed once rather than for every character measured.
  private static let latinAdvances: [Double] = (0x80...0x24F).map { code in
    decomposedAdvance(of: Character(Unicode.Scalar(UInt32(code))!))
  }

  /// The advances of the 128 ASCII characters, by code.
  private static let asciiAdvances: [Double] = (0..<128).map { code in
    advances[Unicode.Scalar(UInt8(code))] ?? 0.7
  }

  private static let advances: [Unicode.Scalar: Double] = {
    var table: [Unicode.Scalar: Double] = [:]
    let groups: [(String, Double)] = [
      (" ", 0.318), ("!", 0.4), ("\"", 0.46), ("'", 0.275), ("()", 0.39), (",.", 0.318),
      ("-", 0.361), ("/:;", 0.337), ("0123456789", 0.636), ("?", 0.531), ("&", 0.78),
      ("AVXZ", 0.685), ("B", 0.686), ("C", 0.698), ("D", 0.77), ("E", 0.632), ("F", 0.575),
      ("GOQ", 0.787), ("H", 0.752), ("IJ", 0.295), ("K", 0.656), ("L", 0.557), ("M", 0.863),
      ("N", 0.748), ("P", 0.603), ("R", 0.695), ("S", 0.635), ("TY", 0.611), ("U", 0.732),
      ("W", 0.989), ("a", 0.613), ("bdgpqhnu", 0.635), ("c", 0.55), ("e", 0.615),
      ("f", 0.352), ("ijl", 0.278), ("k", 0.579), ("m", 0.974), ("o", 0.612), ("r", 0.411),
      ("s", 0.521), ("t", 0.392), ("vxy", 0.592), ("w", 0.818), ("z", 0.525),
    ]
    for (characters, width) in groups {
      for scalar in characters.unicodeScalars { table[scalar] = width }
    }
    return table
  }()
}
