/// A unified diff of two versions of a file that have the same lines but for some replaced
/// ones (a fix never adds nor removes a line), with three lines of context.
enum UnifiedDiff {
  static let context = 3

  static func render(file: String, _ old: RawLines, _ new: RawLines) -> String {
    let changed = (0..<min(old.lines.count, new.lines.count)).filter {
      old.lines[$0] != new.lines[$0] || ($0 == 0 && old.bom != new.bom)
    }
    guard !changed.isEmpty else { return "" }
    var output = "--- a/\(file)\n+++ b/\(file)\n"
    // The reader's last line after a final line ending is empty and is no line for diff.
    let count = countedLines(old)
    var hunks: [ClosedRange<Int>] = []
    for index in changed {
      let range = max(0, index - context)...min(count - 1, index + context)
      if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
        hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        hunks.append(range)
      }
    }
    let changedSet = Set(changed)
    for hunk in hunks {
      output +=
        "@@ -\(hunk.lowerBound + 1),\(hunk.count) +\(hunk.lowerBound + 1),\(hunk.count) @@\n"
      var removed = ""
      var added = ""
      for index in hunk {
        if changedSet.contains(index) {
          removed += line(old, index, marker: "-")
          added += line(new, index, marker: "+")
        } else {
          output += removed + added
          removed = ""
          added = ""
          output += line(old, index, marker: " ")
        }
      }
      output += removed + added
    }
    return output
  }

  /// The lines `diff` counts: without the empty remainder after a final line ending.
  private static func countedLines(_ lines: RawLines) -> Int {
    let all = lines.lines
    if all.count > 1, all.last?.text.isEmpty == true, all.last?.terminator.isEmpty == true {
      return all.count - 1
    }
    return all.count
  }

  private static func line(_ lines: RawLines, _ index: Int, marker: String) -> String {
    let entry = lines.lines[index]
    let bom = index == 0 ? String(decoding: lines.bom, as: UTF8.self) : ""
    var text = marker + bom + entry.text
    switch entry.terminator {
    case "": text += "\n\\ No newline at end of file\n"
    case "\r\n": text += "\r\n"
    // A lone CR (old Mac files) is shown as a line feed: patch knows no other.
    default: text += "\n"
    }
    return text
  }
}
