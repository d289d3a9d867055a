/// A rectangle in SVG user units (pixels), y downwards.
struct DiagramRect: Equatable {
  var x: Int
  var y: Int
  var width: Int
  var height: Int

  var maxX: Int { x + width }
  var maxY: Int { y + height }
  var midX: Int { x + width / 2 }
  var midY: Int { y + height / 2 }

  func intersects(_ other: DiagramRect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  func contains(_ other: DiagramRect) -> Bool {
    other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
  }
}

/// The kinds of text in the diagram, each with its font.
enum DiagramTextStyle: Equatable {
  case heading, name, placeholder, stepLabel, stepText, questLabel

  var fontSize: Int {
    switch self {
    case .name, .placeholder: 14
    case .heading, .stepText, .questLabel: 13
    case .stepLabel: 12
    }
  }

  var isBold: Bool { self == .heading || self == .stepLabel }
  var isItalic: Bool { self == .placeholder || self == .questLabel }
  /// The distance between baselines.
  var lineHeight: Int { fontSize + 4 }

  var measure: TextMeasure { TextMeasure(fontSize: Double(fontSize), bold: isBold) }
}

/// One line of text, positioned.
struct DiagramText: Equatable {
  enum Anchor: String { case start, middle, end }

  var text: String
  var x: Int
  var baseline: Int
  var style: DiagramTextStyle
  var anchor: Anchor = .start

  /// The estimated box the glyphs cover (ascenders to descenders).
  var bounds: DiagramRect {
    let width = Int(style.measure.width(of: text).rounded(.up))
    let left: Int
    switch anchor {
    case .start: left = x
    case .middle: left = x - width / 2
    case .end: left = x - width
    }
    let size = style.fontSize
    return DiagramRect(x: left, y: baseline - size, width: width, height: size + size / 3)
  }
}

/// A line with an arrowhead at `to`.
struct DiagramArrow: Equatable {
  var fromX: Int
  var fromY: Int
  var toX: Int
  var toY: Int
  /// The quest arrow (sujet → objet) is drawn heavier, in the quest's colour.
  var isQuest = false
}
