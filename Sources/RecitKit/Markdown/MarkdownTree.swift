import CCMarkGFM

/// A cmark-gfm syntax tree for one Markdown text, with the GFM extensions attached.
///
/// Owns the C tree and frees it when released. Parsing has no shared mutable state: the only
/// process-wide step, registering the core extensions, happens once behind a `static let`.
final class MarkdownTree {
  /// The GFM extensions `recit` enables.
  static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

  private static let registered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
  }()

  let root: OpaquePointer

  /// Parses `markdown` (CommonMark + GFM), with smart punctuation off and footnotes on.
  init(_ markdown: String) {
    _ = Self.registered
    let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
    let parser = cmark_parser_new(options)!
    defer { cmark_parser_free(parser) }
    for name in Self.extensionNames {
      if let syntax = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, syntax)
      }
    }
    let length = markdown.utf8.count
    markdown.withCString { pointer in
      cmark_parser_feed(parser, pointer, length)
    }
    root = cmark_parser_finish(parser)
  }

  deinit { cmark_node_free(root) }

}
