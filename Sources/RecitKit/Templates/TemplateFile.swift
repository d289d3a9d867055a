import RecitModel

/// One template or asset file, built in or from the project's `templates/` folder.
public struct TemplateFile: Sendable, Hashable {
  public enum Origin: Sendable, Hashable {
    case builtIn
    /// From the project, with its path relative to the project root.
    case project(String)
  }

  /// Path relative to the templates folder (`scaffolds/action.fr.mustache`).
  public var path: String
  public var content: String
  public var origin: Origin

  /// The name templates are looked up by: the path without `.mustache`.
  public var name: String {
    path.hasSuffix(".mustache") ? String(path.dropLast(".mustache".count)) : path
  }

  public var isTemplate: Bool { path.hasSuffix(".mustache") }

  /// The one-line description from a first line `{{! description: … }}`.
  public var description: String? {
    guard let first = content.split(separator: "\n", maxSplits: 1).first,
      first.hasPrefix("{{!"), first.hasSuffix("}}")
    else { return nil }
    var text = first.dropFirst(3).dropLast(2)
    while text.first == " " { text.removeFirst() }
    if text.hasPrefix("description:") { text = text.dropFirst("description:".count) }
    return String(text).trimmingSpaces
  }

  /// How values are escaped in this file, from where it lives.
  public var contentType: ContentType {
    let base = path.split(separator: "/").last.map(String.init) ?? path
    if path.hasPrefix("scaffolds/") { return .text }
    if base.hasPrefix("markdown") { return .markdown }
    if base.hasPrefix("docbook") || base.hasPrefix("svg") { return .xml }
    return .html
  }

  public enum ContentType: String, Sendable {
    case html = "HTML"
    case xml = "XML"
    case markdown = "MARKDOWN"
    case text = "TEXT"
  }
}
