/// The one Markdown escaper: text made inert in GitHub-flavoured Markdown.
enum MarkdownEscaping {
  /// `text` kept on one line, with a backslash before each character that could start
  /// emphasis, code, a link, HTML, an entity, a heading or a table cell; at the start of a
  /// line, also before what would start a list item or a setext underline (`-`, `+`, `=`,
  /// `1.`, `1)`). Forbidden characters and bidi controls are made visible (`TextSanitizing`).
  static func text(_ text: String, atLineStart: Bool = false) -> String {
    var out = ""
    var leadingDigits = atLineStart
    let text = TextSanitizing.replacingForbiddenCharacters(in: text)
    for (index, character) in text.enumerated() {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#":
        out += "\\\(character)"
      case "\n", "\r":
        out += " "
      default:
        let listStart = atLineStart && index == 0 && "-+=".contains(character)
        let numberEnd = leadingDigits && index > 0 && ".)".contains(character)
        out += listStart || numberEnd ? "\\\(character)" : String(character)
      }
      leadingDigits = leadingDigits && character.isASCII && character.isNumber
    }
    return out
  }

  /// A link destination: bare when it can be, else between angle brackets.
  static func destination(_ url: String) -> String {
    guard url.contains(where: { " ()<>\\".contains($0) || $0.isNewline }) else { return url }
    var out = "<"
    for character in url {
      if character == "<" || character == ">" || character == "\\" { out += "\\" }
      out.append(character.isNewline ? " " : character)
    }
    return out + ">"
  }

  /// A link title between double quotes.
  static func title(_ title: String) -> String {
    var out = "\""
    for character in title {
      if character == "\"" || character == "\\" { out += "\\" }
      out.append(character)
    }
    return out + "\""
  }

  /// A code span's fence: one backtick more than the longest run in `code`.
  static func codeSpan(_ code: String) -> String {
    var longest = 0
    var run = 0
    for character in code {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad =
      code.hasPrefix("`") || code.hasSuffix("`")
      || (code.hasPrefix(" ") && code.hasSuffix(" ") && code.contains { $0 != " " })
    return fence + (pad ? " \(code) " : code) + fence
  }
}
