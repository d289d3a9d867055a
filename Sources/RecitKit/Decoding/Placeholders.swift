import RecitModel

/// The `[[...]]` prompts that templates leave for the user to fill in.
enum Placeholders {
  /// Every `[[...]]` on one line of `text`, located from `start` (the text's first character).
  static func find(in text: String, at start: SourceLocation) -> [Text] {
    guard text.contains("[[") else { return [] }
    var found: [Text] = []
    var line = start.line
    var column = start.column
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "[", index + 1 < scalars.count, scalars[index + 1] == "[" {
        var end = index + 2
        while end + 1 < scalars.count, scalars[end] != "\n",
          !(scalars[end] == "]" && scalars[end + 1] == "]")
        {
          end += 1
        }
        if end + 1 < scalars.count, scalars[end] == "]", scalars[end + 1] == "]" {
          var content = String.UnicodeScalarView()
          content.append(contentsOf: scalars[(index + 2)..<end])
          found.append(
            Text(
              String(content).trimmingSpaces,
              at: SourceLocation(file: start.file, line: line, column: column)))
          column += end + 2 - index
          index = end + 2
          continue
        }
      }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
    return found
  }
}

extension String {
  var trimmingSpaces: String {
    var result = Substring(self)
    while let first = result.first, first.isWhitespace { result.removeFirst() }
    while let last = result.last, last.isWhitespace { result.removeLast() }
    return String(result)
  }
}
