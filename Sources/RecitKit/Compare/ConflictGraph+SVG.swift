import CLibXML2
import Foundation
import RecitModel

extension ConflictGraph {
  /// The graph as a standalone SVG document: actors on a circle, ringed by their zone; edges
  /// coloured and dashed by kind, each with a `<title>`; a legend; `<title>` and `<desc>`
  /// for screen readers. Built as a libxml2 tree.
  public func svg(in language: Language) -> String {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    let count = nodes.count
    let radius = Double(max(110, count * 16))
    // Room for the longest label beside the circle: about 7.5 px per character at 13 px.
    let longest = nodes.map(\.actor.displayName.count).max() ?? 0
    let margin = max(120, 7.5 * Double(longest) + 40)
    let (cx, cy) = (radius + margin, radius + 70)
    let heading =
      t(ConflictGraphWording.title) + " — " + (comparison.actionTitle ?? comparison.actionID)
    let width = max(2 * (radius + margin), 9 * Double(heading.count) + 32)
    let legendTop = cy + radius + 50
    let height = legendTop + 22 * Double(EdgeKind.allCases.count + Comparison.Zone.allCases.count)
    let id = "carte-conflits-" + Slug.make(comparison.actionID)
    let tree = XMLTree()
    let svg = tree.element("svg", namespace: nil)
    xmlDocSetRootElement(tree.document, svg)
    xmlSetNs(svg, xmlNewNs(svg, "http://www.w3.org/2000/svg", nil))
    for (key, value) in [
      ("width", Self.n(width)), ("height", Self.n(height)),
      ("viewBox", "0 0 \(Self.n(width)) \(Self.n(height))"), ("role", "img"),
      ("aria-labelledby", "\(id)-titre \(id)-desc"), ("font-family", "sans-serif"),
      ("font-size", "13"), ("lang", language.rawValue),
    ] { svg.setAttribute(key, value) }
    svg.appendElement("title", ["id": id + "-titre"], text: heading)
    svg.appendElement("desc", ["id": id + "-desc"], text: t(description))
    svg.appendElement(
      "text", ["x": "16", "y": "28", "font-size": "16", "font-weight": "bold"],
      text: heading)
    let points = (0..<count).map { index -> Point in
      guard count > 1 else { return Point(x: cx, y: cy, angle: Double.pi / 2) }
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
      return Point(x: cx + radius * cos(angle), y: cy + radius * sin(angle), angle: angle)
    }
    drawEdges(svg, points, language: language)
    drawActors(svg, points, language: language)
    drawLegend(svg, at: legendTop, language: language)
    return LibXML.serialize(document: tree.document, indent: true)
  }

  private func drawEdges(_ svg: xmlNodePtr, _ points: [Point], language: Language) {
    let group = svg.appendElement("g", ["class": "relations"])
    for edge in edges {
      let style = Self.style(edge.kind)
      let (a, b) = (points[edge.from], points[edge.to])
      let line = group.appendElement(
        "line",
        [
          "x1": Self.n(a.x), "y1": Self.n(a.y), "x2": Self.n(b.x), "y2": Self.n(b.y),
          "stroke": style.color,
          "stroke-width": Self.n(1.5 + Double(edge.relations.compactMap { $0 }.count)),
          "stroke-dasharray": style.dash, "class": edge.kind.rawValue,
        ])
      line.appendElement(
        "title", [:], text: ConflictGraphWording.edge(edge, in: comparison).text(in: language))
    }
  }

  private func drawActors(_ svg: xmlNodePtr, _ points: [Point], language: Language) {
    let group = svg.appendElement("g", ["class": "acteurs"])
    for (row, point) in zip(nodes, points) {
      let actor = group.appendElement("g", ["class": "zone-\(row.zone.rawValue)"])
      actor.appendElement(
        "title", [:], text: "\(row.actor.displayName) — \(row.zone.label.text(in: language))")
      actor.appendElement(
        "circle",
        [
          "cx": Self.n(point.x), "cy": Self.n(point.y), "r": "9", "fill": "#ffffff",
          "stroke": Self.color(row.zone), "stroke-width": "3",
        ])
      let (dx, dy) = (cos(point.angle), sin(point.angle))
      let anchor = dx > 0.2 ? "start" : dx < -0.2 ? "end" : "middle"
      actor.appendElement(
        "text",
        [
          "x": Self.n(point.x + 18 * dx), "y": Self.n(point.y + 18 * dy + 4 + max(0, 6 * dy)),
          "text-anchor": anchor, "fill": "#222222",
        ], text: row.actor.displayName)
    }
  }

  /// The `<desc>`: how many actors and edges of each kind, then the comparison's headline.
  var description: LocalizedText {
    let (a, o, c) = (edges(.alliance).count, edges(.opposition).count, edges(.contested).count)
    let headline = comparison.summary.headline
    return LocalizedText(
      fr:
        "\(nodes.count) acteurs ; \(a) alliance(s), \(o) opposition(s), \(c) relation(s) contestée(s) entre les récits. \(headline.fr)",
      en:
        "\(nodes.count) actors; \(a) alliance(s), \(o) opposition(s), \(c) contested relation(s) across narratives. \(headline.en)"
    )
  }

  private func drawLegend(_ svg: xmlNodePtr, at top: Double, language: Language) {
    let group = svg.appendElement("g", ["class": "legende"])
    var y = top
    for kind in EdgeKind.allCases {
      let style = Self.style(kind)
      group.appendElement(
        "line",
        [
          "x1": "16", "y1": Self.n(y), "x2": "56", "y2": Self.n(y), "stroke": style.color,
          "stroke-width": "3", "stroke-dasharray": style.dash,
        ])
      group.appendElement(
        "text", ["x": "66", "y": Self.n(y + 4)],
        text: ConflictGraphWording.kind(kind).text(in: language))
      y += 22
    }
    for zone in Comparison.Zone.allCases {
      group.appendElement(
        "circle",
        [
          "cx": "36", "cy": Self.n(y), "r": "7", "fill": "#ffffff", "stroke": Self.color(zone),
          "stroke-width": "3",
        ])
      group.appendElement(
        "text", ["x": "66", "y": Self.n(y + 4)],
        text: ConflictGraphWording.zone(zone).text(in: language))
      y += 22
    }
  }
}
