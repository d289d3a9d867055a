import CCMarkGFM
import RecitModel

/// The caps that keep Debian's cmark-gfm (0.29.0.gfm.6, without the 2023 fixes) and the tree
/// walk linear: a body over one of them is not handed to the tree writers (`markdown-pathologique`).
///
/// Measured on 0.29.0.gfm.6: `![[]()` × 8,000 in one paragraph takes 5.8 s (quadratic in the
/// brackets of one paragraph); `a` + `<!--` × 200,000 takes 3 s (quadratic in the comment
/// openers); a 200-column header over 2,000 one-cell rows, 6.8 KB of text, takes 4.4 s and
/// 100 MB (every row is padded to the header's width, so cost is columns × rows); 5,000 columns
/// take 7.5 s (quadratic in the columns); `*a **a ` × 65,000 nests emphasis 130,000 deep and
/// takes 1.7 s in cmark-gfm, then overflows the stack of a recursive walk, like `> ` × 50,000
/// (nested block quotes) or 1,000 nested lists. Each cap is far above what prose needs and far
/// below where the time or the memory grows.
///
/// The text caps are measured before cmark-gfm sees the text, in one pass over its bytes; the
/// nesting cap is measured on cmark-gfm's tree, without recursion, before the tree is walked.
public enum MarkdownLimits {
  /// Opening brackets `[` (links, images, footnote calls) in one paragraph, or one table row.
  public static let bracketsPerParagraph = 2_000
  /// Emphasis delimiter runs (`*`, `_`, `~`) in one paragraph, or one table row.
  public static let delimiterRunsPerParagraph = 10_000
  /// HTML comment openers `<!--` in one paragraph, or one table row.
  public static let commentOpenersPerParagraph = 1_000
  /// Columns of a table (cells of its delimiter row).
  public static let tableColumns = 128
  /// Cells of a table once cmark-gfm pads every row to the header's width: columns × rows.
  public static let tableCells = 200_000
  /// Nesting of blocks and inlines (block quotes, lists, emphasis, links...).
  public static let nestingDepth = 128

  /// A cap a body goes over, and where: the line and column (in Unicode scalars) of the text.
  public struct Excess: Equatable, Sendable {
    public enum Limit: Equatable, Sendable {
      case brackets, delimiterRuns, commentOpeners, tableColumns, tableCells, nestingDepth
    }
    public let limit: Limit
    public let line: Int
    public let column: Int
  }

  /// The first cap `text` goes over before parsing, in one pass over its bytes; nil when none.
  ///
  /// A paragraph is approximated by the lines between blank lines; once a line looks like a
  /// table's delimiter row, counts are per line (cmark-gfm parses each cell apart) until the
  /// next blank line. Fenced code is skipped; a backslash escapes the byte after it.
  static func excess(in text: String) -> Excess? {
    var scan = TextScan(Array(text.utf8))
    return scan.run()
  }

  /// The first node of `root`'s tree nested deeper than `nestingDepth`, as an excess; walks
  /// the tree without recursion.
  static func nestingExcess(in root: OpaquePointer) -> (node: OpaquePointer, depth: Int)? {
    var node = cmark_node_first_child(root)
    var depth = 1
    while let current = node {
      if depth > nestingDepth { return (current, depth) }
      if let child = cmark_node_first_child(current) {
        node = child
        depth += 1
        continue
      }
      var up: OpaquePointer? = current
      node = nil
      while let climbing = up, climbing != root {
        if let next = cmark_node_next(climbing) {
          node = next
          break
        }
        up = cmark_node_parent(climbing)
        depth -= 1
      }
    }
    return nil
  }

  /// The message of an excess, naming the cap.
  static func message(for limit: Excess.Limit) -> LocalizedText {
    switch limit {
    case .brackets:
      LocalizedText(
        fr: "trop de crochets « [ » dans un même paragraphe (au plus \(bracketsPerParagraph))",
        en: "too many “[” brackets in one paragraph (at most \(bracketsPerParagraph))")
    case .delimiterRuns:
      LocalizedText(
        fr:
          "trop de marques d'emphase (*, _, ~) dans un même paragraphe (au plus \(delimiterRunsPerParagraph))",
        en:
          "too many emphasis marks (*, _, ~) in one paragraph (at most \(delimiterRunsPerParagraph))"
      )
    case .commentOpeners:
      LocalizedText(
        fr:
          "trop de commentaires « <!-- » dans un même paragraphe (au plus \(commentOpenersPerParagraph))",
        en: "too many “<!--” comments in one paragraph (at most \(commentOpenersPerParagraph))")
    case .tableColumns:
      LocalizedText(
        fr: "le tableau a trop de colonnes (au plus \(tableColumns))",
        en: "the table has too many columns (at most \(tableColumns))")
    case .tableCells:
      LocalizedText(
        fr: "le tableau a trop de cellules, colonnes × lignes (au plus \(tableCells))",
        en: "the table has too many cells, columns × rows (at most \(tableCells))")
    case .nestingDepth:
      LocalizedText(
        fr:
          "le texte imbrique trop de niveaux (citations, listes, emphases ; au plus \(nestingDepth))",
        en: "the text nests too many levels (quotes, lists, emphasis; at most \(nestingDepth))")
    }
  }

  static let hint = LocalizedText(
    fr: "découpez ce passage ou simplifiez sa mise en forme ; le texte n'est pas mis en page",
    en: "split this passage or simplify its formatting; the text is not laid out")
}

/// One pass over a body's bytes, counting what the caps bound.
private struct TextScan {
  let bytes: [UInt8]
  var index = 0
  var line = 1
  var lineStart = 0
  // Per paragraph (or per table row).
  var brackets = 0
  var delimiterRuns = 0
  var commentOpeners = 0
  // Tables.
  var inTable = false
  var columns = 0
  var rows = 0
  // Code.
  var fence: (byte: UInt8, length: Int)?
  var previousLineBlank = true

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func run() -> MarkdownLimits.Excess? {
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if let excess = scanLine(lineStart..<lineEnd) { return excess }
      lineStart = lineEnd + 1
      line += 1
    }
    return nil
  }

  private mutating func scanLine(_ range: Range<Int>) -> MarkdownLimits.Excess? {
    var start = range.lowerBound
    var indent = 0
    while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 {
      start += 1
      indent += 1
    }
    let blank = start == range.upperBound
    defer { previousLineBlank = blank }
    // Fenced code: counted as nothing until its closing fence.
    if let open = fence {
      if indent < 4, fenceRun(at: start, in: range, byte: open.byte) >= open.length {
        fence = nil
      }
      return nil
    }
    if indent < 4, start < range.upperBound, bytes[start] == 0x60 || bytes[start] == 0x7E {
      let length = fenceRun(at: start, in: range, byte: bytes[start])
      if length >= 3 {
        fence = (bytes[start], length)
        return nil
      }
    }
    if blank {
      resetParagraph()
      inTable = false
      return nil
    }
    if !inTable, !previousLineBlank, let cells = delimiterRowCells(range) {
      inTable = true
      columns = cells
      rows = 0
      resetParagraph()
      if columns > MarkdownLimits.tableColumns {
        return excess(.tableColumns, at: range.lowerBound)
      }
      return nil
    }
    if inTable {
      rows += 1
      resetParagraph()
      if columns * rows > MarkdownLimits.tableCells {
        return excess(.tableCells, at: range.lowerBound)
      }
    }
    return scanInlines(range)
  }

  private mutating func scanInlines(_ range: Range<Int>) -> MarkdownLimits.Excess? {
    var position = range.lowerBound
    var previous: UInt8 = 0
    while position < range.upperBound {
      let byte = bytes[position]
      switch byte {
      case 0x5C:  // backslash: the next byte is literal
        position += 2
        previous = 0
        continue
      case 0x5B:  // [
        brackets += 1
        if brackets > MarkdownLimits.bracketsPerParagraph {
          return excess(.brackets, at: position)
        }
      case 0x2A, 0x5F, 0x7E:  // * _ ~
        if previous != byte {
          delimiterRuns += 1
          if delimiterRuns > MarkdownLimits.delimiterRunsPerParagraph {
            return excess(.delimiterRuns, at: position)
          }
        }
      case 0x3C:  // <!--
        if position + 3 < range.upperBound, bytes[position + 1] == 0x21,
          bytes[position + 2] == 0x2D, bytes[position + 3] == 0x2D
        {
          commentOpeners += 1
          if commentOpeners > MarkdownLimits.commentOpenersPerParagraph {
            return excess(.commentOpeners, at: position)
          }
        }
      default: break
      }
      previous = byte
      position += 1
    }
    return nil
  }

  private mutating func resetParagraph() {
    brackets = 0
    delimiterRuns = 0
    commentOpeners = 0
  }

  private func fenceRun(at start: Int, in range: Range<Int>, byte: UInt8) -> Int {
    var end = start
    while end < range.upperBound, bytes[end] == byte { end += 1 }
    return end - start
  }

  /// The number of cells of a GFM delimiter row (`| --- | :-: |`), nil when the line is not
  /// one: only pipes, hyphens, colons and spaces, at least one pipe and one hyphen.
  private func delimiterRowCells(_ range: Range<Int>) -> Int? {
    var pipes = 0
    var cells = 0
    var inCell = false
    for position in range {
      switch bytes[position] {
      case 0x7C:
        pipes += 1
        inCell = false
      case 0x2D, 0x3A:
        if !inCell {
          cells += 1
          inCell = true
        }
      case 0x20, 0x09: break
      default: return nil
      }
    }
    return pipes > 0 && cells > 0 ? cells : nil
  }

  private func excess(_ limit: MarkdownLimits.Excess.Limit, at position: Int)
    -> MarkdownLimits.Excess
  {
    let column =
      String(decoding: bytes[lineStart..<position], as: UTF8.self).unicodeScalars.count + 1
    return MarkdownLimits.Excess(limit: limit, line: line, column: column)
  }
}
