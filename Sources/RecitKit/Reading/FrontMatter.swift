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
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    yamlFirstLine = 2
    guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
      yaml = nil
      body = text
      bodyFirstLine = 1
      return
    }
    guard
      let end = lines.indices.dropFirst().first(where: {
        let line = lines[$0].trimmingTrailingSpaces
        return line == "---" || line == "..."
      })
    else {
      yaml = nil
      body = ""
      bodyFirstLine = lines.count + 1
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
    let yamlText = lines[1..<end].joined(separator: "\n")
    body = lines[(end + 1)...].joined(separator: "\n")
    bodyFirstLine = end + 2
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
