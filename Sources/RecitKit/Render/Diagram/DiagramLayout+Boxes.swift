extension DiagramLayout {
  /// The most lines a name, and the objet, may take before being cut with "…".
  static let maxNameLines = 3
  static let maxObjectLines = 8
  /// The indent of a name after its bullet, when a box holds several actors.
  static let bulletIndent = 14

  /// A role's box at (`x`, `y`): its heading, then its actors (bulleted when several, each
  /// wrapped) or the objet's text, or what stands for nothing ("non dit", "aucun", "non renseigné").
  static func box(_ role: Role, of diagram: ActantialDiagram, x: Int, y: Int) -> Box {
    let left = x + padding
    let inner = boxWidth - 2 * padding
    var texts: [DiagramText] = []
    var cursor = y + padding
    func add(_ text: String, at x: Int, style: DiagramTextStyle) {
      texts.append(DiagramText(text: text, x: x, baseline: cursor + style.fontSize, style: style))
      cursor += style.lineHeight
    }
    add(diagram.heading(for: role), at: left, style: .heading)
    cursor += 4
    let entries = diagram.entries(for: role)
    if entries.isEmpty {
      add(diagram.emptyText(for: role), at: left, style: .placeholder)
    } else if role == .object {
      let lines = DiagramTextStyle.name.measure.wrap(
        entries[0], width: Double(inner), maxLines: maxObjectLines)
      lines.forEach { add($0, at: left, style: .name) }
    } else {
      let bulleted = entries.count > 1
      let indent = bulleted ? bulletIndent : 0
      for (index, entry) in entries.enumerated() {
        if index > 0 { cursor += 4 }
        if bulleted {
          let baseline = cursor + DiagramTextStyle.name.fontSize
          texts.append(DiagramText(text: "•", x: left, baseline: baseline, style: .name))
        }
        let lines = DiagramTextStyle.name.measure.wrap(
          entry, width: Double(inner - indent), maxLines: maxNameLines)
        lines.forEach { add($0, at: left + indent, style: .name) }
      }
    }
    let height = cursor - y + padding
    return Box(
      role: role, frame: DiagramRect(x: x, y: y, width: boxWidth, height: height), texts: texts)
  }
}
