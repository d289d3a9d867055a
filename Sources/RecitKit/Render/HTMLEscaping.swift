/// Escaping for the few HTML strings the renderer builds itself.
enum HTMLEscaping {
  /// `text` safe inside a double-quoted attribute value.
  static func attribute(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "\"": result += "&quot;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default: result.append(character)
      }
    }
    return result
  }
}
