import CLibXML2
import Foundation
import RecitModel

/// The territory's timeline as SVG: one row per dated action or step, its words in a left
/// column (date, action, step), a dot on a shared time axis on the right; years are marked.
struct TimelineDiagram {
  static let rowHeight = 24
  static let labelWidth = 460.0
  static let axisWidth = 360
  static let top = 64
  static let margin = 24

  let territory: Territory
  let language: Language

  /// The label of a row, cut to the column.
  func label(_ entry: Territory.TimelineEntry) -> String {
    var text = DateWords.text(entry.date, language) + " — " + entry.actionTitle
    if let step = entry.stepLabel {
      text += LocalizedText(fr: " · étape ", en: " · step ").text(in: language) + step
      if let narrative = entry.narrative {
        text += " (" + territory.narrativeWords(narrative) + ")"
      }
    }
    // Actions are bold; steps are indented.
    let isStep = entry.stepLabel != nil
    return TextMeasure(fontSize: 13, bold: !isStep).ellipsized(
      text, width: Self.labelWidth - (isStep ? 16 : 0))
  }

  /// A date as a fraction of a year, the month and day in the middle when not given.
  static func position(_ date: PartialDate) -> Double {
    let month = Double(date.month ?? 7) - 1
    let day = Double(date.day ?? 15) - 1
    return Double(date.year) + (month + day / 31) / 12
  }

  func svgDocument() -> String {
    let entries = territory.timeline
    let first = entries.map { Self.position($0.date) }.min() ?? 0
    let last = entries.map { Self.position($0.date) }.max() ?? 1
    let startYear = Int(first.rounded(.down))
    let endYear = max(Int(last.rounded(.down)) + 1, startYear + 1)
    let axisX = Self.margin + Int(Self.labelWidth) + 24
    let width = axisX + Self.axisWidth + Self.margin + 24
    let height = Self.top + 30 + max(entries.count, 1) * Self.rowHeight + 20
    func x(_ value: Double) -> Double {
      Double(axisX) + (value - Double(startYear)) / Double(endYear - startYear)
        * Double(Self.axisWidth)
    }
    let title =
      LocalizedText(fr: "Chronologie du territoire", en: "Timeline of the territory")
      .text(in: language)
    let tree = XMLTree()
    let svg = tree.element("svg", namespace: nil)
    xmlDocSetRootElement(tree.document, svg)
    xmlSetNs(svg, xmlNewNs(svg, DiagramSVG.namespace, nil))
    for (key, value) in [
      ("width", "\(width)"), ("height", "\(height)"), ("viewBox", "0 0 \(width) \(height)"),
      ("role", "img"), ("aria-labelledby", "chronologie-titre chronologie-desc"),
      ("font-family", DiagramSVG.fontFamily), ("font-size", "13"), ("lang", language.rawValue),
    ] { svg.setAttribute(key, value) }
    svg.appendElement("title", ["id": "chronologie-titre"], text: title)
    svg.appendElement(
      "desc", ["id": "chronologie-desc"],
      text: LocalizedText(
        fr: "\(entries.count) dates de \(startYear) à \(endYear), actions et étapes de quête.",
        en: "\(entries.count) dates from \(startYear) to \(endYear), actions and quest steps."
      ).text(in: language))
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
    let axisTop = Self.top
    let axisBottom = height - 20
    let years = svg.appendElement("g", ["class": "annees"])
    // Years at least 48 px apart, so that their labels never touch.
    let spanYears = endYear - startYear
    let step = max(1, Int((48.0 * Double(spanYears) / Double(Self.axisWidth)).rounded(.up)))
    for year in stride(from: startYear, through: endYear, by: step) {
      let position = EcosystemDiagram.n(x(Double(year)))
      years.appendElement(
        "line",
        [
          "x1": position, "y1": "\(axisTop + 8)", "x2": position, "y2": "\(axisBottom)",
          "stroke": "#c8ccd2", "stroke-width": "1",
        ])
      years.appendElement(
        "text",
        ["x": position, "y": "\(axisTop)", "text-anchor": "middle", "fill": DiagramPalette.text],
        text: String(year))
    }
    let rows = svg.appendElement("g", ["class": "dates"])
    for (index, entry) in entries.enumerated() {
      let y = Self.top + 30 + index * Self.rowHeight
      let isStep = entry.stepLabel != nil
      let row = rows.appendElement("g", ["class": isStep ? "etape" : "action"])
      row.appendElement(
        "text",
        [
          "x": "\(Self.margin + (isStep ? 16 : 0))", "y": "\(y + 4)", "fill": DiagramPalette.text,
          "font-weight": isStep ? "normal" : "bold",
        ], text: label(entry))
      row.appendElement(
        "circle",
        [
          "cx": EcosystemDiagram.n(x(Self.position(entry.date))), "cy": "\(y)",
          "r": isStep ? "4" : "6",
          "fill": isStep ? DiagramPalette.desire.fill : DiagramPalette.communication.fill,
          "stroke": isStep ? DiagramPalette.quest : DiagramPalette.communication.ink,
          "stroke-width": "2",
        ])
    }
    return LibXML.serialize(document: tree.document, indent: true)
  }
}
