import RecitModel

/// Renders a document tree (a narrative body, the comparison) to an HTML fragment, as
/// cmark-gfm's safe HTML renderer writes it, with `recit`'s changes.
///
/// Safe mode: raw HTML is dropped (written `<!-- raw HTML omitted -->`) and `javascript:`,
/// `vbscript:`, `file:` and non-image `data:` URLs are blanked (`SafeURL`). Besides:
/// - `@id` mentions of known actors become `<a class="acteur" href="#acteur-ID">Name</a>`
///   (with `actorPages`, a link to the actor's page of the territory instead)
///   (outside links and images), Name being the actor's short form, else its name; a link to
///   `@id`, `[words](@id)`, becomes the same link around its own words; unknown ones stay as
///   written (a link to an unknown id, its words only);
/// - headings move down by `headingOffset` (a body `##` becomes `<h3>` with an offset of 1),
///   never past `<h6>`;
/// - an image whose URL is empty or blanked becomes its alternative text (`<img src="">` is
///   invalid HTML);
/// - task items get an `<input type="checkbox" disabled>` with an accessible name;
/// - footnotes get ids that start with `idPrefix` (`fn-1`, `fnref-1`), so that several bodies
///   can share a page, and a localized way back;
/// - table cells say their alignment with `style="text-align: …"` and header cells their
///   `scope`; tables, rows, lists, paragraphs and divisions (written `<section>`) carry the
///   tree's attributes.
public struct HTMLBody: Sendable {
  /// The prefix of the `id` the page gives each actor: a mention links to `#acteur-ID`.
  public static let actorAnchorPrefix = "acteur-"

  /// Actor id → words a bare mention shows (`Actor.mentionName`), for the actors a mention may
  /// name.
  public var names: [String: String]
  /// How many levels body headings move down.
  public var headingOffset: Int
  /// Prepended to the ids this fragment defines (footnotes); unique per page.
  public var idPrefix: String
  /// The language of the texts the renderer adds (accessible names).
  public var language: Language
  /// When set, mentions link to the actors' pages of the territory in this folder
  /// (`territoire/`: `territoire/acteur-ID.html`) rather than to `#acteur-ID` on the page.
  public var actorPages: String? = nil
  /// When false, mentions of known actors are their names in a `<span class="acteur">`, with
  /// no link (the print layouts: a PDF has no actor pages to go to).
  public var linksMentions = true

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
      names: actors.mapValues(\.mentionName), headingOffset: headingOffset,
      idPrefix: idPrefix, language: language)
  }

  /// The HTML fragment for `markdown`, parsed here (a build renders `Body.blocks` instead).
  public func render(_ markdown: String) -> String {
    render(MarkupParser.parse(markdown))
  }

  /// The HTML fragment for a tree.
  public func render(_ blocks: [Block]) -> String {
    var writer = HTMLWriter(options: self, footnoteCalls: FootnoteCalls.count(in: blocks))
    writer.writeDocument(blocks)
    return writer.html
  }
}

/// How many times each note number is called in a tree.
struct FootnoteCalls: MarkupWalker {
  private(set) var calls: [Int: Int] = [:]

  static func count(in blocks: [Block]) -> [Int: Int] {
    var walker = FootnoteCalls()
    walker.visit(blocks)
    return walker.calls
  }

  mutating func visitFootnoteReference(_ label: String) {
    if let number = Int(label) { calls[number, default: 0] += 1 }
  }
}
