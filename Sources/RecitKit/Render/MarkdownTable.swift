import CCMarkGFM

/// A GFM table node read into rows of cells, for the writers.
struct MarkdownTable {
  enum Alignment: Equatable {
    case left, center, right

    /// The CSS / CALS value.
    var name: String {
      switch self {
      case .left: "left"
      case .center: "center"
      case .right: "right"
      }
    }
  }

  /// One alignment per column; nil when the delimiter row sets none.
  let alignments: [Alignment?]
  /// The header row's cells (cmark-gfm always has one).
  let header: [OpaquePointer]
  /// The body rows' cells; cmark-gfm pads short rows to the header's width.
  let rows: [[OpaquePointer]]

  init(_ table: OpaquePointer) {
    let columns = Int(cmark_gfm_extensions_get_table_columns(table))
    let raw = cmark_gfm_extensions_get_table_alignments(table)
    alignments = (0..<columns).map { column in
      switch raw.map({ UnicodeScalar($0[column]) }) {
      case "l": .left
      case "c": .center
      case "r": .right
      default: nil
      }
    }
    var header: [OpaquePointer] = []
    var rows: [[OpaquePointer]] = []
    for row in CMarkNodes.children(of: table) {
      let cells = CMarkNodes.children(of: row)
      if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
        header = cells
      } else {
        rows.append(cells)
      }
    }
    self.header = header
    self.rows = rows
  }

  var columnCount: Int { max(alignments.count, header.count) }

  func alignment(ofColumn column: Int) -> Alignment? {
    column < alignments.count ? alignments[column] : nil
  }
}
