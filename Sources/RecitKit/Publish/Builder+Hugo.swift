import Foundation
import RecitModel

extension Builder {
  /// The folder of the actions' page bundles, as a Hugo site's `content/actions/` expects them.
  static let hugoFolder = "hugo/content/actions"

  /// One action's Hugo page bundle: `index.md` (YAML front matter, then the body rendered by
  /// the layout `markdown-hugo`, whose headings start at `##`: the title, in the front matter,
  /// is the page's only `h1`) and the action's diagrams beside it, which the body shows.
  func hugoFiles(_ rendering: ActionRendering, context: RenderContext) throws -> [OutputFile] {
    let action = rendering.action
    let folder = "\(Self.hugoFolder)/\(action.id)"
    let body = try engine.render(
      template("markdown-hugo"), context: context.action(value: rendering.value))
    var files = [
      OutputFile("\(folder)/index.md", Self.hugoFrontMatter(of: action) + "\n" + body)
    ]
    for narrative in action.narratives {
      let name = ActionRendering.baseName(of: narrative)
      files.append(OutputFile("\(folder)/\(name).svg", rendering.diagrams[narrative.file] ?? ""))
    }
    if let graph = rendering.conflictGraph {
      files.append(OutputFile("\(folder)/conflits.svg", graph))
    }
    return files
  }

  /// The section's own page (`_index.md`), titled after the project.
  func hugoSectionFile() -> OutputFile {
    let settings = project.settings
    let title =
      settings.title?.value ?? settings.territory?.value
      ?? LocalizedText(fr: "Actions", en: "Actions").text(in: project.language)
    var text = "---\ntitle: \(YAMLQuoting.quote(title))\n"
    if let description = settings.description?.value {
      text += "description: \(YAMLQuoting.quote(description))\n"
    }
    text += "---\n"
    return OutputFile("\(Self.hugoFolder)/_index.md", text)
  }

  /// The front matter Hugo reads: `title`, `date` (a year or a month is given its first day),
  /// `tags` (the balises' ids), `weight` (`ordre`), `draft` (a published draft, with
  /// `--brouillons`), `summary`, and the action's id and type under `recit`.
  static func hugoFrontMatter(of action: Action) -> String {
    var lines = ["---", "title: \(YAMLQuoting.quote(action.title?.value ?? action.id))"]
    if let date = action.date?.value {
      func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
      lines.append("date: \(date.year)-\(two(date.month ?? 1))-\(two(date.day ?? 1))")
    }
    let tags = action.balises.map { $0.balise?.id ?? $0.text }
    if !tags.isEmpty {
      lines.append("tags: [" + tags.map(YAMLQuoting.quote).joined(separator: ", ") + "]")
    }
    if let order = action.order { lines.append("weight: \(order)") }
    if action.isDraft { lines.append("draft: true") }
    if let summary = action.summary?.value {
      lines.append("summary: \(YAMLQuoting.quote(summary))")
    }
    lines.append("recit:")
    lines.append("  id: \(YAMLQuoting.quote(action.id))")
    lines.append("  type: \(YAMLQuoting.quote(action.effectiveType.rawValue))")
    lines.append("---")
    return lines.joined(separator: "\n") + "\n"
  }
}
