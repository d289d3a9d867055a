import CLibXML2
import RecitModel

extension DocBookWriter {
  /// `itemizedlist` or `orderedlist` (with `startingnumber` when it does not start at 1);
  /// `spacing="compact"` for a tight list.
  mutating func visitList(_ list: MarkupList, block: Block) {
    if isDeep { return list.items.forEach { visit($0.blocks) } }
    let element = parent.appendElement(list.ordered ? "orderedlist" : "itemizedlist")
    if list.ordered, list.start != 1 { element.setAttribute("startingnumber", String(list.start)) }
    if list.tight { element.setAttribute("spacing", "compact") }
    for item in list.items {
      let listItem = element.appendElement("listitem")
      writeBlocks(item.blocks, into: listItem)
      if let checked = item.task { markTask(listItem, checked: checked) }
    }
  }

  /// Gives a task item its role and starts its first paragraph with a ballot box.
  private func markTask(_ listItem: xmlNodePtr, checked: Bool) {
    listItem.setAttribute("role", checked ? "tache-faite" : "tache-a-faire")
    let box = checked ? "☑ " : "☐ "
    let first = listItem.pointee.children
    if let first, first.pointee.type == XML_ELEMENT_NODE, first.localName == "para" {
      let text = xmlNewDocText(listItem.pointee.doc, box)
      if let start = first.pointee.children {
        xmlAddPrevSibling(start, text)
      } else {
        xmlAddChild(first, text)
      }
    } else if let first {
      let para = xmlNewDocNode(listItem.pointee.doc, listItem.pointee.ns, "para", nil)!
      para.appendText(box)
      xmlAddPrevSibling(first, para)
    }
  }

  /// A GFM table as a CALS `informaltable` (a `table` with a `title` when it has a caption):
  /// one `colspec` per column (with its alignment), the header row in `thead`, the others in
  /// `tbody`. A table with no body row puts its header row in `tbody`, which the schema
  /// requires.
  mutating func visitTable(_ table: MarkupTable, block: Block) {
    let element = parent.appendElement(table.caption == nil ? "informaltable" : "table")
    if let caption = table.caption {
      inside(element.appendElement("title")) { $0.visit(caption) }
    }
    let group = element.appendElement("tgroup")
    group.setAttribute("cols", String(table.columnCount))
    for column in 0..<table.columnCount {
      let spec = group.appendElement("colspec")
      spec.setAttribute("colname", "c\(column + 1)")
      if let alignment = table.alignment(ofColumn: column) {
        spec.setAttribute("align", alignment.rawValue)
      }
    }
    if table.rows.isEmpty {
      return writeRow(table.header, into: group.appendElement("tbody"))
    }
    writeRow(table.header, into: group.appendElement("thead"))
    let body = group.appendElement("tbody")
    for row in table.rows { writeRow(row, into: body) }
  }

  private mutating func writeRow(_ row: MarkupTable.Row, into element: xmlNodePtr) {
    let rowElement = element.appendElement("row")
    for cell in row.cells {
      inside(rowElement.appendElement("entry")) { $0.visit(cell.content) }
    }
  }
}
