import CLibXML2
import Foundation
import RecitModel

/// The territory's ecosystem as a network: actors as nodes in one column per category (élus,
/// agents, État, acteurs socio-économiques, habitants, others), edges for alliance (solid,
/// green) and opposition (dashed, red), as thick as the number of narratives stating them.
///
/// The layout is deterministic and cannot overlap labels: each column is as wide as its
/// widest label (measured with `TextMeasure`, cut with "…" past `maxLabelWidth`), nodes stand
/// one per row, and a column of more than `maxRows` actors is split into several.
struct EcosystemDiagram {
  /// One actor placed: its node's centre and its label's box.
  struct Node: Equatable {
    let id: String
    let name: String
    let label: String
    let category: ActorCategory?
    let center: (x: Int, y: Int)
    let labelBox: DiagramRect

    static func == (lhs: Node, rhs: Node) -> Bool {
      lhs.id == rhs.id && lhs.labelBox == rhs.labelBox && lhs.center == rhs.center
    }
  }

  /// A column heading and its box.
  struct Heading: Equatable {
    let text: String
    let box: DiagramRect
  }

  static let rowHeight = 34
  static let maxRows = 16
  static let maxLabelWidth = 190.0
  static let nodeRadius = 6
  static let columnGap = 56
  static let top = 50
  static let margin = 24

  let territory: Territory
  let language: Language
  let nodes: [Node]
  let headings: [Heading]
  let width: Int
  let height: Int

  init(territory: Territory, language: Language) {
    self.territory = territory
    self.language = language
    let measure = TextMeasure(fontSize: 13)
    let bold = TextMeasure(fontSize: 13, bold: true)
    let order: [ActorCategory?] = ActorCategory.allCases.map { $0 } + [nil]
    var nodes: [Node] = []
    var headings: [Heading] = []
    var x = Self.margin
    var bottom = Self.top
    for category in order {
      let members = territory.actors.filter { $0.actor.category == category }
      guard !members.isEmpty else { continue }
      let title =
        category.map { $0.label.text(in: language) }
        ?? LocalizedText(fr: "sans catégorie", en: "no category").text(in: language)
      let chunks = stride(from: 0, to: members.count, by: Self.maxRows).map {
        Array(members[$0..<min($0 + Self.maxRows, members.count)])
      }
      let headingWidth = Int(bold.width(of: title).rounded(.up)) + 4
      for (index, chunk) in chunks.enumerated() {
        var columnWidth = index == 0 ? headingWidth : 0
        var placed: [Node] = []
        for (row, record) in chunk.enumerated() {
          let name = record.actor.displayName
          let label = measure.ellipsized(name, width: Self.maxLabelWidth)
          let labelWidth = Int(measure.width(of: label).rounded(.up)) + 4
          let y = Self.top + 64 + row * Self.rowHeight
          let box = DiagramRect(
            x: x + 2 * Self.nodeRadius + 6, y: y - 9, width: labelWidth, height: 18)
          placed.append(
            Node(
              id: record.actor.id, name: name, label: label, category: category,
              center: (x + Self.nodeRadius, y), labelBox: box))
          columnWidth = max(columnWidth, box.maxX - x)
          bottom = max(bottom, y + Self.rowHeight)
        }
        if index == 0 {
          headings.append(
            Heading(
              text: title, box: DiagramRect(x: x, y: Self.top, width: headingWidth, height: 18)))
        }
        nodes += placed
        x += columnWidth + Self.columnGap
      }
    }
    self.nodes = nodes
    self.headings = headings
    width = max(x - Self.columnGap + Self.margin, 360)
    height = bottom + 50 + 22 * 2
  }

  /// Every label box and heading box, for the geometry test.
  var boxes: [DiagramRect] { nodes.map(\.labelBox) + headings.map(\.box) }

  var title: String {
    LocalizedText(fr: "Écosystème des acteurs", en: "Ecosystem of actors").text(in: language)
      + " — " + (territory.project.settings.territory?.value ?? "")
  }

  var description: String {
    let alliances = territory.edges.filter { $0.bond == .alliance }.count
    let oppositions = territory.edges.count - alliances
    return LocalizedText(
      fr:
        "\(nodes.count) acteurs rangés par famille, \(alliances) alliances et \(oppositions) oppositions ; l'épaisseur d'un lien compte les récits qui l'affirment.",
      en:
        "\(nodes.count) actors grouped by family, \(alliances) alliances and \(oppositions) oppositions; a link's thickness counts the narratives that state it."
    ).text(in: language)
  }

  /// The diagram as a standalone SVG document.
  func svgDocument() -> String {
    let tree = XMLTree()
    let svg = tree.element("svg", namespace: nil)
    xmlDocSetRootElement(tree.document, svg)
    xmlSetNs(svg, xmlNewNs(svg, DiagramSVG.namespace, nil))
    let id = "ecosysteme"
    for (key, value) in [
      ("width", "\(width)"), ("height", "\(height)"), ("viewBox", "0 0 \(width) \(height)"),
      ("role", "img"), ("aria-labelledby", "\(id)-titre \(id)-desc"),
      ("font-family", DiagramSVG.fontFamily), ("font-size", "13"), ("lang", language.rawValue),
    ] { svg.setAttribute(key, value) }
    svg.appendElement("title", ["id": id + "-titre"], text: title)
    svg.appendElement("desc", ["id": id + "-desc"], text: description)
    svg.appendElement(
      "rect",
      [
        "x": "0", "y": "0", "width": "\(width)", "height": "\(height)",
        "fill": DiagramPalette.background,
      ])
    svg.appendElement(
      "text",
      [
        "x": "\(Self.margin)", "y": "32", "font-size": "16", "font-weight": "bold",
        "fill": DiagramPalette.text,
      ],
      text: title)
    drawEdges(svg)
    drawNodes(svg)
    drawLegend(svg)
    return LibXML.serialize(document: tree.document, indent: true)
  }

  private func drawEdges(_ svg: xmlNodePtr) {
    let group = svg.appendElement("g", ["class": "liens", "fill": "none"])
    let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for edge in territory.edges {
      guard let a = byID[edge.from], let b = byID[edge.to] else { continue }
      let (x1, y1) = (Double(a.center.x), Double(a.center.y))
      let (x2, y2) = (Double(b.center.x), Double(b.center.y))
      // Alliances arc upwards, oppositions downwards, so that the two kinds part and no line
      // runs along a row of labels; nodes of one column arc to the left of it.
      let sameColumn = abs(x1 - x2) < 1
      let lift = min(80, 16 + abs(x2 - x1) * 0.15) * (edge.bond == .alliance ? -1 : 1)
      let (mx, my) =
        sameColumn
        ? (x1 - min(60, 12 + abs(y2 - y1) / 4), (y1 + y2) / 2)
        : ((x1 + x2) / 2, (y1 + y2) / 2 + lift)
      let style =
        edge.bond == .alliance
        ? (color: DiagramPalette.helpers.ink, dash: "none")
        : (color: DiagramPalette.opponents.ink, dash: "6 4")
      let path = group.appendElement(
        "path",
        [
          "d":
            "M \(Self.n(x1)) \(Self.n(y1)) Q \(Self.n(mx)) \(Self.n(my)) \(Self.n(x2)) \(Self.n(y2))",
          "stroke": style.color, "stroke-opacity": "0.55",
          "stroke-width": Self.n(1 + 0.6 * min(Double(edge.weight), 8)),
          "stroke-dasharray": style.dash, "class": edge.bond.rawValue,
        ])
      path.appendElement("title", [:], text: edgeTitle(edge, a.name, b.name))
    }
  }

  func edgeTitle(_ edge: Territory.Edge, _ a: String, _ b: String) -> String {
    let count = edge.weight
    return edge.bond == .alliance
      ? LocalizedText(
        fr: "\(a) et \(b) : alliance affirmée par \(count) récit\(count > 1 ? "s" : "")",
        en: "\(a) and \(b): alliance stated by \(count) narrative\(count > 1 ? "s" : "")"
      ).text(in: language)
      : LocalizedText(
        fr: "\(a) et \(b) : opposition affirmée par \(count) récit\(count > 1 ? "s" : "")",
        en: "\(a) and \(b): opposition stated by \(count) narrative\(count > 1 ? "s" : "")"
      ).text(in: language)
  }

  private func drawNodes(_ svg: xmlNodePtr) {
    for heading in headings {
      svg.appendElement(
        "rect",
        [
          "x": "\(heading.box.x)", "y": "\(heading.box.y)", "width": "\(heading.box.width)",
          "height": "\(heading.box.height)", "fill": DiagramPalette.background,
        ])
      svg.appendElement(
        "text",
        [
          "x": "\(heading.box.x)", "y": "\(heading.box.maxY - 4)", "font-weight": "bold",
          "fill": DiagramPalette.text,
        ], text: heading.text)
    }
    let group = svg.appendElement("g", ["class": "acteurs"])
    for node in nodes {
      let item = group.appendElement("g", ["class": "acteur"])
      item.appendElement("title", [:], text: node.name)
      item.appendElement(
        "rect",
        [
          "x": "\(node.labelBox.x - 2)", "y": "\(node.labelBox.y)",
          "width": "\(node.labelBox.width + 2)", "height": "\(node.labelBox.height)",
          "fill": DiagramPalette.background,
        ])
      item.appendElement(
        "circle",
        [
          "cx": "\(node.center.x)", "cy": "\(node.center.y)", "r": "\(Self.nodeRadius)",
          "fill": DiagramPalette.communication.fill, "stroke": DiagramPalette.communication.ink,
          "stroke-width": "2",
        ])
      item.appendElement(
        "text",
        [
          "x": "\(node.labelBox.x)", "y": "\(node.labelBox.maxY - 5)",
          "fill": DiagramPalette.text,
        ], text: node.label)
    }
  }

  private func drawLegend(_ svg: xmlNodePtr) {
    let top = height - 22 * 2 - 6
    let group = svg.appendElement("g", ["class": "legende"])
    let entries: [(Territory.Bond, String, String)] = [
      (.alliance, DiagramPalette.helpers.ink, "none"),
      (.opposition, DiagramPalette.opponents.ink, "6 4"),
    ]
    for (index, entry) in entries.enumerated() {
      let y = top + 22 * index
      group.appendElement(
        "line",
        [
          "x1": "\(Self.margin)", "y1": "\(y)", "x2": "\(Self.margin + 36)", "y2": "\(y)",
          "stroke": entry.1, "stroke-width": "3", "stroke-dasharray": entry.2,
        ])
      group.appendElement(
        "text", ["x": "\(Self.margin + 46)", "y": "\(y + 4)", "fill": DiagramPalette.text],
        text: entry.0.label.text(in: language))
    }
  }

  static func n(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
