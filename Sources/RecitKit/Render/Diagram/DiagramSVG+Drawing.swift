import CLibXML2

extension DiagramSVG {
  /// The five arrows, under the boxes.
  func drawArrows(in group: xmlNodePtr) {
    for arrow in layout.arrows {
      group.appendElement("line").setAttributes([
        ("x1", "\(arrow.fromX)"), ("y1", "\(arrow.fromY)"), ("x2", "\(arrow.toX)"),
        ("y2", "\(arrow.toY)"),
        ("stroke", arrow.isQuest ? DiagramPalette.quest : DiagramPalette.arrow),
        ("stroke-width", arrow.isQuest ? "3" : "2"),
        ("marker-end", "url(#\(arrow.isQuest ? questMarker : arrowMarker))"),
      ])
    }
  }

  /// Each role's box: a rounded rectangle in its axis's colours, heading, names.
  func drawBoxes(in group: xmlNodePtr) {
    for box in layout.boxes {
      let axis = DiagramPalette.axis(of: box.role)
      let element = group.appendElement("g")
      element.appendElement("rect").setAttributes(
        frame(box.frame) + [
          ("rx", "6"), ("fill", axis.fill), ("stroke", axis.ink), ("stroke-width", "1.5"),
        ])
      for text in box.texts {
        draw(text, in: element, colour: text.style == .heading ? axis.ink : nil)
      }
    }
  }

  /// The step badges along the quest arrow, the steps' texts and the quest's name.
  func drawQuest(in group: xmlNodePtr) {
    for badge in layout.badges {
      group.appendElement("rect").setAttributes(
        frame(badge.frame) + [
          ("rx", "11"), ("fill", DiagramPalette.background), ("stroke", DiagramPalette.quest),
          ("stroke-width", "2"),
        ])
      draw(badge.label, in: group, colour: nil)
    }
    for text in layout.texts { draw(text, in: group, colour: nil) }
  }

  private func frame(_ rect: DiagramRect) -> [(String, String)] {
    [
      ("x", "\(rect.x)"), ("y", "\(rect.y)"), ("width", "\(rect.width)"),
      ("height", "\(rect.height)"),
    ]
  }

  private func draw(_ text: DiagramText, in parent: xmlNodePtr, colour: String?) {
    let element = parent.appendElement("text")
    var attributes = [
      ("x", "\(text.x)"), ("y", "\(text.baseline)"), ("font-size", "\(text.style.fontSize)"),
      (
        "fill",
        colour ?? (text.style == .placeholder ? DiagramPalette.placeholder : DiagramPalette.text)
      ),
    ]
    if text.style.isBold { attributes.append(("font-weight", "bold")) }
    if text.style.isItalic { attributes.append(("font-style", "italic")) }
    if text.anchor != .start { attributes.append(("text-anchor", text.anchor.rawValue)) }
    element.setAttributes(attributes)
    element.appendText(text.text)
  }
}
