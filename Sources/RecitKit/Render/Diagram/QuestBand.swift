/// The band between the two rows: the quest arrow, its name on the left, and the steps along
/// it on the right, from the sujet (step 0, at the bottom) up to the objet.
struct QuestBand {
  /// Space kept clear above and below the steps, for the arrow's ends.
  static let inset = 22
  static let stepGap = 8
  static let badgeHeight = 22
  static let maxStepLines = 2

  private struct Step {
    var label: String
    var badgeWidth: Int
    var lines: [String]
    var height: Int {
      max(QuestBand.badgeHeight, lines.count * DiagramTextStyle.stepText.lineHeight)
    }
  }

  private let steps: [Step]
  private let centerX: Int
  private let badgeWidth: Int
  private let questLabel: String

  init(diagram: ActantialDiagram, centerX: Int, width: Int) {
    self.centerX = centerX
    questLabel = diagram.questLabel
    let labelMeasure = DiagramTextStyle.stepLabel.measure
    let widths = diagram.quest.map {
      max(26, Int(labelMeasure.width(of: $0.label.value.canonical).rounded(.up)) + 14)
    }
    badgeWidth = widths.max() ?? 26
    let textX = centerX + badgeWidth / 2 + 10
    let textWidth = Double(width - DiagramLayout.margin - textX)
    steps = zip(diagram.quest, widths).map { step, badge in
      Step(
        label: step.label.value.canonical, badgeWidth: badge,
        lines: DiagramTextStyle.stepText.measure.wrap(
          diagram.text(of: step), width: textWidth, maxLines: Self.maxStepLines))
    }
  }

  /// The height the steps need, insets included.
  var height: Int {
    guard !steps.isEmpty else { return 0 }
    return steps.map(\.height).reduce(0, +) + Self.stepGap * (steps.count - 1) + 2 * Self.inset
  }

  /// The badges and texts, placed between the bottom of the top row and the top of the bottom
  /// row, the steps centred in the band.
  func place(between top: Int, and bottom: Int) -> ([DiagramLayout.Badge], [DiagramText]) {
    let middle = (top + bottom) / 2
    let questName = DiagramText(
      text: questLabel, x: centerX - badgeWidth / 2 - 10,
      baseline: middle + DiagramTextStyle.questLabel.fontSize / 2, style: .questLabel,
      anchor: .end)
    var badges: [DiagramLayout.Badge] = []
    var texts = [questName]
    var cursor = bottom - (bottom - top - height) / 2 - Self.inset
    let lineHeight = DiagramTextStyle.stepText.lineHeight
    for step in steps {
      let blockTop = cursor - step.height
      let center = blockTop + step.height / 2
      let frame = DiagramRect(
        x: centerX - step.badgeWidth / 2, y: center - Self.badgeHeight / 2,
        width: step.badgeWidth, height: Self.badgeHeight)
      let label = DiagramText(
        text: step.label, x: centerX, baseline: center + 4, style: .stepLabel, anchor: .middle)
      badges.append(DiagramLayout.Badge(frame: frame, label: label))
      let firstBaseline = center - (step.lines.count * lineHeight) / 2 + lineHeight - 4
      for (index, line) in step.lines.enumerated() {
        texts.append(
          DiagramText(
            text: line, x: centerX + badgeWidth / 2 + 10,
            baseline: firstBaseline + index * lineHeight, style: .stepText))
      }
      cursor = blockTop - Self.stepGap
    }
    return (badges, texts)
  }
}
