import CCMarkGFM
import CLibXML2

extension DocBookWriter {
  /// `itemizedlist` or `orderedlist` (with `startingnumber` when it does not start at 1);
  /// `spacing="compact"` for a tight list.
  func writeList(_ node: OpaquePointer, into parent: xmlNodePtr) {
    let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
    let list = parent.appendElement(ordered ? "orderedlist" : "itemizedlist")
    let start = Int(cmark_node_get_list_start(node))
    if ordered, start != 1 { list.setAttribute("startingnumber", String(start)) }
    if cmark_node_get_list_tight(node) != 0 { list.setAttribute("spacing", "compact") }
    for item in CMarkNodes.children(of: node) {
      let listItem = list.appendElement("listitem")
      writeBlocks(of: item, into: listItem)
      if CMarkNodes.isTaskItem(item) {
        markTask(listItem, checked: cmark_gfm_extensions_get_tasklist_item_checked(item))
      }
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
}
