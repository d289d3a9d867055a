import CLibXML2

/// Draws a `DiagramLayout` as an SVG tree with libxml2.
struct DiagramSVG {
  static let namespace = "http://www.w3.org/2000/svg"
  static let fontFamily = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif"

  let diagram: ActantialDiagram
  let layout: DiagramLayout

  /// The whole file: XML declaration and indented `<svg>`.
  func document() -> String {
    let tree = build()
    return LibXML.serialize(document: tree.document, indent: true)
  }

  /// The `<svg>` element alone, indented, for inline HTML.
  func element() -> String {
    let tree = build()
    guard let root = xmlDocGetRootElement(tree.document) else { return "" }
    return LibXML.serialize(root, indent: true)
  }

  private func build() -> XMLTree {
    let tree = XMLTree()
    let svg = tree.element("svg", namespace: nil)
    xmlDocSetRootElement(tree.document, svg)
    xmlSetNs(svg, xmlNewNs(svg, Self.namespace, nil))
    let titleID = diagram.idPrefix + "-titre"
    let descriptionID = diagram.idPrefix + "-desc"
    for (name, value) in [
      ("version", "1.1"), ("width", "\(layout.width)"), ("height", "\(layout.height)"),
      ("viewBox", "0 0 \(layout.width) \(layout.height)"), ("role", "img"),
      ("aria-labelledby", "\(titleID) \(descriptionID)"), ("font-family", Self.fontFamily),
    ] {
      svg.setAttribute(name, value)
    }
    let title = svg.appendElement("title")
    title.setAttribute("id", titleID)
    title.appendText(diagram.accessibleTitle)
    let description = svg.appendElement("desc")
    description.setAttribute("id", descriptionID)
    description.appendText(diagram.accessibleDescription)
    addMarkers(to: svg.appendElement("defs"))
    svg.appendElement("rect").setAttributes([
      ("width", "100%"), ("height", "100%"), ("fill", DiagramPalette.background),
    ])
    drawArrows(in: svg.appendElement("g"))
    drawBoxes(in: svg.appendElement("g"))
    drawQuest(in: svg.appendElement("g"))
    return tree
  }

  /// The ids of the two arrowheads.
  var arrowMarker: String { diagram.idPrefix + "-fleche" }
  var questMarker: String { diagram.idPrefix + "-fleche-quete" }

  private func addMarkers(to defs: xmlNodePtr) {
    for (id, colour) in [(arrowMarker, DiagramPalette.arrow), (questMarker, DiagramPalette.quest)] {
      let marker = defs.appendElement("marker")
      marker.setAttributes([
        ("id", id), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"),
        ("markerWidth", "12"), ("markerHeight", "12"), ("markerUnits", "userSpaceOnUse"),
        ("orient", "auto"),
      ])
      marker.appendElement("path").setAttributes([("d", "M0,0 L10,5 L0,10 z"), ("fill", colour)])
    }
  }
}
