import Foundation

/// File and id names made from titles: `Un marché à Malaunay` → `un-marche-a-malaunay`.
public enum Slug {
  /// The longest id `recit new action` makes from a title.
  public static let actionIDLimit = 40

  public static func make(_ text: String) -> String {
    // Ids are slugs already (anchors are made from them for every page): nothing to fold.
    if text.utf8.count <= 80, Decoder.isKebabCase(text) { return text }
    let slug = words(text).joined(separator: "-")
    return slug.isEmpty ? "sans-titre" : String(slug.prefix(80))
  }

  /// An action id made from a title: its words, as many whole words as fit in `limit`
  /// characters, without a dangling short word at the end (`…-a-partir-du` → `…-a-partir`).
  /// A first word longer than `limit` is the only one ever cut.
  public static func actionID(fromTitle title: String, limit: Int = actionIDLimit) -> String {
    let all = words(title)
    guard let first = all.first else { return "sans-titre" }
    var kept = [first]
    var length = first.count
    for word in all.dropFirst() {
      guard length + 1 + word.count <= limit else { break }
      kept.append(word)
      length += 1 + word.count
    }
    if kept.count < all.count {
      while kept.count > 1, let last = kept.last, danglingWords.contains(last) {
        kept.removeLast()
      }
    }
    return String(kept.joined(separator: "-").prefix(limit))
  }

  /// Whether `id` is an id as the file format writes them: lower case letters without
  /// accents and digits, in words joined by single hyphens (`[a-z0-9]+(-[a-z0-9]+)*`).
  public static func isIdentifier(_ id: String) -> Bool {
    Decoder.isKebabCase(id)
  }

  /// Words that do not end a title cut short, French and English.
  static let danglingWords: Set<String> = [
    "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par",
    "pour", "sur", "un", "une", "avec", "dans", "sans", "chez", "vers", "entre",
    "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
  ]

  /// The lower-case ASCII words of `text`, accents and ligatures folded.
  private static func words(_ text: String) -> [String] {
    // ASCII text needs no folding but to lower case.
    let folded =
      text.utf8.allSatisfy { $0 < 0x80 }
      ? text.lowercased()
      : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
    var words: [String] = []
    var word = ""
    for scalar in folded.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        word.unicodeScalars.append(scalar)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }
}
