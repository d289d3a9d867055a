/// A plain-text table for terminals: columns aligned by characters; when the table would be
/// wider than `width`, the widest columns shrink in turn and their cells wrap at word
/// boundaries (a column never gets narrower than its longest word).
struct TextTable {
  /// Header rows, then a rule, then body rows.
  var header: [[String]]
  var rows: [[String]]
  /// The width to fit in, indent included, when words allow.
  var width = 100

  /// The table, each line after `indent`; `paint(row, column, text)` may colour a body cell's
  /// text (its first line only). The last column is never padded.
  func render(indent: String, paint: (Int, Int, String) -> String = { $2 }) -> String {
    let all = header + rows
    var widths = all[0].indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    let floors = all[0].indices.map { column in
      all.flatMap { $0[column].split(separator: " ") }.map(\.count).max() ?? 0
    }
    while indent.count + widths.reduce(0, +) + 2 * (widths.count - 1) > width {
      let shrinkable = widths.indices.filter { widths[$0] > floors[$0] }
      guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
      widths[widest] -= 1
    }
    var out = ""
    for (number, row) in (header + rows).enumerated() {
      let wrapped = row.indices.map { Self.wrap(row[$0], width: widths[$0]) }
      for line in 0..<(wrapped.map(\.count).max() ?? 1) {
        var text = indent
        for (column, lines) in wrapped.enumerated() {
          let cell = line < lines.count ? lines[line] : ""
          let last = column == row.count - 1
          let padded =
            last ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
          let body = number - header.count
          text += body >= 0 && line == 0 ? paint(body, column, padded) : padded
          if !last { text += "  " }
        }
        while text.last == " " { text.removeLast() }
        out += text + "\n"
      }
      if number == header.count - 1 {
        out += indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        out += "\n"
      }
    }
    return out
  }

  /// Greedy word wrap; a word longer than the width stays whole.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return lines + [line]
  }
}
