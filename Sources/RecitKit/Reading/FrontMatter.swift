import RecitModel

/// A Markdown file split into its YAML front matter and its body, Hugo-style:
/// the file starts with a `---` line and the front matter ends at the next `---` or `...` line.
struct FrontMatter: Sendable {
  /// Front matters larger than this are refused, whatever the file size.
  static let maximumSize = 256 * 1024

  /// The YAML text, nil when the file has no front matter.
  var yaml: String?
  /// The file line of the YAML text's first line.
  var yamlFirstLine: Int
  var body: String
  /// The file line of the body's first line.
  var bodyFirstLine: Int
  var diagnostics: [Diagnostic] = []

  init(splitting text: String, file: String) {
    // Lines are found on the UTF-8 view, and the body is the rest of the text as it is: a
    // build splits thousands of files, and their bodies are most of their bytes.
    let utf8 = text.utf8
    // A final line feed ends the last line rather than starting an empty one.
    let end = text.hasSuffix("\n") ? utf8.index(before: utf8.endIndex) : utf8.endIndex
    func lineEnd(from start: String.Index) -> String.Index {
      utf8[start..<end].firstIndex(of: UInt8(ascii: "\n")) ?? end
    }
    func isFence(_ start: String.Index, _ stop: String.Index, closing: Bool) -> Bool {
      let line = text[start..<stop].trimmingTrailingSpaces
      return line == "---" || (closing && line == "...")
    }
    yamlFirstLine = 2
    let firstEnd = lineEnd(from: utf8.startIndex)
    guard !text.isEmpty, isFence(utf8.startIndex, firstEnd, closing: false) else {
      yaml = nil
      body = text
      bodyFirstLine = 1
      return
    }
    var line = 1
    var start = firstEnd
    var fence: (start: String.Index, end: String.Index)?
    while start < end {
      start = utf8.index(after: start)
      line += 1
      let stop = lineEnd(from: start)
      if isFence(start, stop, closing: true) {
        fence = (start, stop)
        break
      }
      start = stop
    }
    guard let fence else {
      yaml = nil
      body = ""
      bodyFirstLine = line + 1
      diagnostics.append(
        Diagnostic(
          .invalidYAML, at: SourceLocation(file: file, line: 1, column: 1),
          LocalizedText(
            fr: "l'en-tête commence par « --- » mais n'est jamais fermé",
            en: "the front matter starts with “---” but is never closed"),
          hint: LocalizedText(
            fr: "ajoutez une ligne « --- » après la dernière clé",
            en: "add a “---” line after the last key")))
      return
    }
    let yamlStart = utf8.index(after: firstEnd)
    let yamlText =
      yamlStart < fence.start ? String(text[yamlStart..<utf8.index(before: fence.start)]) : ""
    body = fence.end < end ? String(text[utf8.index(after: fence.end)..<end]) : ""
    bodyFirstLine = line + 1
    if yamlText.utf8.count > Self.maximumSize {
      yaml = nil
      diagnostics.append(
        Diagnostic(
          .unreadableFile, at: SourceLocation(file: file, line: 2, column: 1),
          LocalizedText(
            fr: "l'en-tête est trop grand (au plus \(Self.maximumSize / 1024) Kio)",
            en: "the front matter is too large (at most \(Self.maximumSize / 1024) KiB)")))
    } else {
      yaml = yamlText
    }
  }
}

extension Substring {
  fileprivate var trimmingTrailingSpaces: Substring {
    var result = self
    while let last = result.last, last == " " || last == "\t" { result.removeLast() }
    return result
  }
}
