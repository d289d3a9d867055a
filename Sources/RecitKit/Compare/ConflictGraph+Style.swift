import RecitModel

/// How the conflict graph looks: colours, dashes and coordinates.
extension ConflictGraph {
  /// A node's place, and its angle on the circle (labels go outward).
  struct Point {
    var x: Double
    var y: Double
    var angle: Double
  }

  /// Colour-blind-safe colours (Okabe–Ito), with dashes so that kinds differ without colour.
  static func style(_ kind: EdgeKind) -> (color: String, dash: String) {
    switch kind {
    case .alliance: ("#009e73", "none")
    case .opposition: ("#d55e00", "8 5")
    case .contested: ("#cc79a7", "2 4")
    }
  }

  /// The ring of an actor's node, by zone.
  static func color(_ zone: Comparison.Zone) -> String {
    switch zone {
    case .conflit: "#d55e00"
    case .cooperation: "#009e73"
    case .divergent: "#e69f00"
    case .stable: "#777777"
    }
  }

  /// A coordinate in whole pixels, so that the SVG is byte-stable.
  static func n(_ value: Double) -> String { String(Int(value.rounded())) }
}
