import CLibXML2

extension DocBookWriter {
  /// A GFM table as a CALS `informaltable`: one `colspec` per column (with its alignment),
  /// the header row in `thead`, the others in `tbody`. A table with no body row puts its header
  /// row in `tbody`, which the schema requires.
  func writeTable(_ node: OpaquePointer, into parent: xmlNodePtr) {
    let table = MarkdownTable(node)
    let group = parent.appendElement("informaltable").appendElement("tgroup")
    group.setAttribute("cols", String(table.columnCount))
    for column in 0..<table.columnCount {
      let spec = group.appendElement("colspec")
      spec.setAttribute("colname", "c\(column + 1)")
      if let alignment = table.alignment(ofColumn: column) {
        spec.setAttribute("align", alignment.name)
      }
    }
    if table.rows.isEmpty {
      writeRow(table.header, into: group.appendElement("tbody"))
      return
    }
    writeRow(table.header, into: group.appendElement("thead"))
    let body = group.appendElement("tbody")
    for row in table.rows { writeRow(row, into: body) }
  }

  private func writeRow(_ cells: [OpaquePointer], into parent: xmlNodePtr) {
    let row = parent.appendElement("row")
    for cell in cells { writeInlines(of: cell, into: row.appendElement("entry")) }
  }
}
