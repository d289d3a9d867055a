import RecitModel

/// `markdown-pathologique`: reported while reading, by the files below, when a body goes over
/// one of `MarkdownLimits` (the caps that keep cmark-gfm and the tree walk linear).
struct PathologicalMarkdown: ReadingRule {
  static let id = "markdown-pathologique"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "texte Markdown au-delà des limites de mise en forme",
    en: "Markdown text beyond the formatting limits")
  static let reportedBy = ["Markdown/MarkupParser.swift"]
}
