import CCMarkGFM

/// Renders a narrative body (Markdown) to an HTML fragment through cmark-gfm's syntax tree.
///
/// Safe mode: raw HTML is dropped (cmark writes `<!-- raw HTML omitted -->`) and `javascript:`,
/// `vbscript:`, `file:` and non-image `data:` URLs are blanked. GFM tables, strikethrough,
/// autolinks, task lists, the tag filter and footnotes are on. Before rendering, the tree is
/// edited:
/// - `@id` mentions of known actors become `<a class="acteur" href="#acteur-ID">Name</a>`
///   (outside code, links and images); unknown ones stay as written;
/// - headings move down by `headingOffset` (a body `##` becomes `<h3>` with an offset of 1),
///   never past `<h6>`;
/// - an image whose URL is empty or blanked becomes its alternative text (`<img src="">` is
///   invalid HTML);
/// - task items get an `<input type="checkbox" disabled>` with an accessible name;
/// - footnotes get ids that start with `idPrefix` (`fn-1`, `fnref-1`), so that several bodies
///   can share a page, and a localized way back.
/// Table cell alignment is written as `style="text-align: …"`, not the obsolete `align`.
public struct HTMLBody: Sendable {
  /// The prefix of the `id` the page gives each actor: a mention links to `#acteur-ID`.
  public static let actorAnchorPrefix = "acteur-"

  /// Actor id → name to show, for the actors a mention may name.
  public var names: [String: String]
  /// How many levels body headings move down.
  public var headingOffset: Int
  /// Prepended to the ids this fragment defines (footnotes); unique per page.
  public var idPrefix: String
  /// The language of the texts the renderer adds (accessible names).
  public var language: Language

  public init(
    names: [String: String] = [:], headingOffset: Int = 0, idPrefix: String = "",
    language: Language = .fr
  ) {
    self.names = names
    self.headingOffset = headingOffset
    self.idPrefix = idPrefix
    self.language = language
  }

  /// A renderer for the actors an action can name (`Project.actors(of:)`).
  public init(
    actors: [String: Actor], headingOffset: Int = 0, idPrefix: String = "",
    language: Language = .fr
  ) {
    self.init(
      names: actors.mapValues(\.displayName), headingOffset: headingOffset, idPrefix: idPrefix,
      language: language)
  }

  /// The HTML fragment for `markdown`.
  public func render(_ markdown: String) -> String {
    let tree = MarkdownTree(TextSanitizing.replacingForbiddenCharacters(in: markdown))
    let options = CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_FOOTNOTES
    return withExtendedLifetime(tree) {
      let detached = HTMLTreeEditor(body: self).edit(tree)
      defer { detached.forEach { cmark_node_free($0) } }
      guard let html = cmark_render_html(tree.root, options, nil) else { return "" }
      defer { cmark_get_default_mem_allocator().pointee.free(html) }
      return String(cString: html)
    }
  }
}
