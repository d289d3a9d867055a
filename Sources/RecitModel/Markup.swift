/// A block of a document tree: a narrative body, or a page that `recit` writes itself (the
/// comparison of points of view).
///
/// Built once from Markdown while reading (see `Body.blocks`), then walked by every writer
/// (HTML, DocBook, Markdown, plain text). Bodies read from Markdown carry a location and no
/// attributes; trees built in code carry attributes (an id, classes) and no location.
public struct Block: Hashable, Sendable {
  public indirect enum Content: Hashable, Sendable {
    case paragraph([Inline])
    /// Level 1 to 6, as written: writers shift it under their section.
    case heading(level: Int, [Inline])
    case list(MarkupList)
    case blockQuote([Block])
    /// `info` is the fence's info string (its first word names the language).
    case codeBlock(info: String, code: String)
    /// Raw HTML as written: writers drop or neutralise it, never pass it through.
    case htmlBlock(String)
    case thematicBreak
    case table(MarkupTable)
    /// A footnote's text, labelled by its number as its calls are (`"1"`). Definitions come
    /// last, in the order of their first call, so the N-th definition is note N.
    case footnoteDefinition(label: String, [Block])
    /// A group of blocks that only its attributes set apart (pandoc's `Div`).
    case division([Block])
  }

  public let content: Content
  public let attributes: MarkupAttributes
  /// Where the block starts in its file; nil for a tree built in code.
  public let location: SourceLocation?

  public init(
    _ content: Content, attributes: MarkupAttributes = MarkupAttributes(),
    location: SourceLocation? = nil
  ) {
    self.content = content
    self.attributes = attributes
    self.location = location
  }
}

/// An inline of a document tree.
///
/// `@id` mentions (and links to `@id`) and `[[...]]` prompts are split out of the text when the tree is built, so
/// no writer looks for them again.
public indirect enum Inline: Hashable, Sendable {
  case text(String)
  case emphasis([Inline])
  case strong([Inline])
  case strikethrough([Inline])
  case code(String)
  case link(destination: String, title: String, [Inline])
  /// The inlines are the image's alternative text.
  case image(source: String, title: String, [Inline])
  case softBreak
  case lineBreak
  /// Raw HTML as written.
  case html(String)
  /// A call of a note, by its number as text (`"1"`).
  case footnoteReference(String)
  /// A mention of an actor: `@id` (`text` nil: writers show the actor's short form, else its
  /// name) or a link to `@id`, `[les parents](@parents)` (`text` is the link's text, shown as
  /// written). The id is without the `@`; the location is that of the `@` or of the link.
  case mention(id: String, text: [Inline]? = nil, location: SourceLocation?)
  /// `[[...]]`: the words between the brackets, as written (spaces kept).
  case placeholder(String, location: SourceLocation?)
}

/// What sets a block apart for writers that can say it (HTML): an id, classes, a language.
public struct MarkupAttributes: Hashable, Sendable {
  public let id: String?
  public let classes: [String]
  /// A BCP 47 language tag.
  public let language: String?

  public init(id: String? = nil, classes: [String] = [], language: String? = nil) {
    self.id = id
    self.classes = classes
    self.language = language
  }
}

/// A bullet or ordered list.
public struct MarkupList: Hashable, Sendable {
  public struct Item: Hashable, Sendable {
    /// For a GFM task item, whether it is checked; nil for an ordinary item.
    public let task: Bool?
    public let blocks: [Block]
    public let attributes: MarkupAttributes

    public init(task: Bool? = nil, blocks: [Block], attributes: MarkupAttributes = .init()) {
      self.task = task
      self.blocks = blocks
      self.attributes = attributes
    }
  }

  public let ordered: Bool
  /// The first number of an ordered list.
  public let start: Int
  /// A tight list has no blank line between its items: no paragraph tags in HTML.
  public let tight: Bool
  public let items: [Item]

  public init(ordered: Bool = false, start: Int = 1, tight: Bool = true, items: [Item]) {
    self.ordered = ordered
    self.start = start
    self.tight = tight
    self.items = items
  }
}

/// A GFM table: a header row and body rows of inline cells.
public struct MarkupTable: Hashable, Sendable {
  public enum Alignment: String, Hashable, Sendable {
    case left, center, right
  }

  public struct Cell: Hashable, Sendable {
    public let content: [Inline]
    /// A body cell that heads its row (`<th scope="row">`).
    public let isRowHeader: Bool

    public init(_ content: [Inline], isRowHeader: Bool = false) {
      self.content = content
      self.isRowHeader = isRowHeader
    }
  }

  public struct Row: Hashable, Sendable {
    public let cells: [Cell]
    public let attributes: MarkupAttributes

    public init(_ cells: [Cell], attributes: MarkupAttributes = .init()) {
      self.cells = cells
      self.attributes = attributes
    }
  }

  /// A title the table carries itself (the tables read from Markdown have none).
  public let caption: [Inline]?
  /// One per column; nil when the delimiter row sets none.
  public let alignments: [Alignment?]
  public let header: Row
  public let rows: [Row]

  public init(
    caption: [Inline]? = nil, alignments: [Alignment?] = [], header: Row, rows: [Row]
  ) {
    self.caption = caption
    self.alignments = alignments
    self.header = header
    self.rows = rows
  }

  public var columnCount: Int { max(alignments.count, header.cells.count) }

  public func alignment(ofColumn column: Int) -> Alignment? {
    column < alignments.count ? alignments[column] : nil
  }
}
