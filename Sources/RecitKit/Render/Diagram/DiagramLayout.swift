/// The geometry of an actantial diagram: three columns, two rows of boxes, and between them a
/// band for the quest arrow and its steps. All text is positioned and wrapped here; the SVG
/// writer only draws.
struct DiagramLayout {
  struct Box: Equatable {
    var role: Role
    var frame: DiagramRect
    var texts: [DiagramText]
  }

  struct Badge: Equatable {
    var frame: DiagramRect
    var label: DiagramText
  }

  static let margin = 24
  static let boxWidth = 220
  static let columnGap = 90
  static let padding = 10
  /// The smallest height of the band between the rows.
  static let minimumBand = 80

  private(set) var width = 0
  private(set) var height = 0
  private(set) var boxes: [Box] = []
  private(set) var arrows: [DiagramArrow] = []
  private(set) var badges: [Badge] = []
  /// Texts outside boxes and badges: the quest's name and the steps' actions.
  private(set) var texts: [DiagramText] = []

  init(_ diagram: ActantialDiagram) {
    let columns = (0..<3).map { Self.margin + $0 * (Self.boxWidth + Self.columnGap) }
    width = columns[2] + Self.boxWidth + Self.margin
    let top = Self.margin
    var topRow = zip([Role.sender, .object, .receivers], columns).map {
      Self.box($0, of: diagram, x: $1, y: top)
    }
    Self.equalizeHeights(&topRow)
    let quest = QuestBand(diagram: diagram, centerX: columns[1] + Self.boxWidth / 2, width: width)
    let bandTop = topRow[0].frame.maxY
    let bottomTop = bandTop + max(Self.minimumBand, quest.height)
    var bottomRow = zip([Role.helpers, .subject, .opponents], columns).map {
      Self.box($0, of: diagram, x: $1, y: bottomTop)
    }
    Self.equalizeHeights(&bottomRow)
    height = bottomRow[0].frame.maxY + Self.margin
    boxes = topRow + bottomRow
    let (placedBadges, placedTexts) = quest.place(between: bandTop, and: bottomTop)
    badges = placedBadges
    texts = placedTexts
    arrows = Self.arrows(top: topRow.map(\.frame), bottom: bottomRow.map(\.frame))
  }

  /// destinateur → objet → destinataires; adjuvants → sujet ← opposants; sujet → objet.
  private static func arrows(top: [DiagramRect], bottom: [DiagramRect]) -> [DiagramArrow] {
    let gap = 2
    return [
      DiagramArrow(fromX: top[0].maxX, fromY: top[0].midY, toX: top[1].x - gap, toY: top[1].midY),
      DiagramArrow(fromX: top[1].maxX, fromY: top[1].midY, toX: top[2].x - gap, toY: top[2].midY),
      DiagramArrow(
        fromX: bottom[0].maxX, fromY: bottom[0].midY, toX: bottom[1].x - gap, toY: bottom[1].midY),
      DiagramArrow(
        fromX: bottom[2].x, fromY: bottom[2].midY, toX: bottom[1].maxX + gap, toY: bottom[1].midY),
      DiagramArrow(
        fromX: bottom[1].midX, fromY: bottom[1].y, toX: top[1].midX, toY: top[1].maxY + gap,
        isQuest: true),
    ]
  }

  /// Gives every box of a row the height of the tallest, so that arrows stay horizontal.
  private static func equalizeHeights(_ row: inout [Box]) {
    let tallest = row.map(\.frame.height).max() ?? 0
    for index in row.indices { row[index].frame.height = tallest }
  }
}
