import RecitModel

/// One explanation file, `Explanations/LANG/RULE.md`:
///
/// ````markdown
/// # sujet-manquant
///
/// What the rule checks, in one paragraph.
///
/// ## Why            (## Pourquoi)
/// …
/// ## How to fix it  (## Comment corriger)
/// …
/// ## Example        (## Exemple), optional: one fenced block
/// ```yaml
/// …
/// ```
/// ````
///
/// Texts are kept as written, blank lines around them aside.
struct ExplanationPage: Equatable {
  var summary: String
  var why: String
  var fix: String
  var example: String?

  /// The section headings, in order, in each language.
  static func headings(in language: Language) -> (why: String, fix: String, example: String) {
    language == .fr
      ? ("Pourquoi", "Comment corriger", "Exemple") : ("Why", "How to fix it", "Example")
  }

  /// Nil unless the page starts with `# RULE` and has exactly the expected sections.
  init?(markdown: String, rule: Rule, language: Language) {
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.first == "# \(rule.rawValue)" else { return nil }
    lines.removeFirst()
    var sections: [(heading: String, lines: [String])] = [("", [])]
    var inFence = false
    for line in lines {
      if line.hasPrefix("```") { inFence.toggle() }
      if !inFence, line.hasPrefix("## ") {
        sections.append((String(line.dropFirst(3)), []))
      } else {
        sections[sections.count - 1].lines.append(line)
      }
    }
    let names = Self.headings(in: language)
    let headings = sections.map(\.heading)
    guard
      headings == ["", names.why, names.fix]
        || headings == ["", names.why, names.fix, names.example]
    else { return nil }
    let texts = sections.map { Self.trimmingBlankLines($0.lines) }
    guard texts.dropLast(texts.count - 3).allSatisfy({ !$0.isEmpty }) else { return nil }
    summary = texts[0].joined(separator: "\n")
    why = texts[1].joined(separator: "\n")
    fix = texts[2].joined(separator: "\n")
    if texts.count == 4 {
      let block = texts[3]
      guard block.count >= 2, block[0].hasPrefix("```"), block.last == "```" else { return nil }
      example = block.dropFirst().dropLast().joined(separator: "\n")
    }
  }

  /// The page of these texts, as ``init(markdown:rule:language:)`` reads it back.
  static func markdown(
    rule: Rule, language: Language, summary: String, why: String, fix: String, example: String?
  ) -> String {
    let names = headings(in: language)
    var text =
      "# \(rule.rawValue)\n\n\(summary)\n\n## \(names.why)\n\n\(why)\n\n## \(names.fix)\n\n\(fix)\n"
    if let example { text += "\n## \(names.example)\n\n```yaml\n\(example)\n```\n" }
    return text
  }

  private static func trimmingBlankLines(_ lines: [String]) -> [String] {
    var slice = lines[...]
    while slice.first?.isEmpty == true { slice.removeFirst() }
    while slice.last?.isEmpty == true { slice.removeLast() }
    return Array(slice)
  }
}
