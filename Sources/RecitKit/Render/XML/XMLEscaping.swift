/// Text made safe for XML content and attribute values (DocBook and SVG layouts): the five
/// predefined entities escaped, and the characters XML 1.0 forbids replaced by U+FFFD, so that
/// a value from a project's file can never make a document unreadable.
enum XMLEscaping {
  static func text(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in TextSanitizing.replacingForbiddenCharacters(in: text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default: result.append(character)
      }
    }
    return result
  }
}
