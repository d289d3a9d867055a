/// The diagram's colours: one pair of fill and ink per axis of the schema.
///
/// Every text colour reaches a contrast of at least 4.5:1 (WCAG AA) on the fill it is drawn on;
/// the tests check the ratios.
enum DiagramPalette {
  struct Axis: Equatable {
    /// Box background.
    var fill: String
    /// Box border and heading text.
    var ink: String
  }

  static let background = "#ffffff"
  /// Names, step texts.
  static let text = "#1a1a1a"
  /// "non renseigné".
  static let placeholder = "#4d4d4d"
  /// The arrows of the top and bottom rows.
  static let arrow = "#404040"
  /// The quest arrow and the step badges' border.
  static let quest = "#9a3412"

  /// Communication: destinateur, destinataires.
  static let communication = Axis(fill: "#e8f0fb", ink: "#1f4e79")
  /// Desire: sujet, objet.
  static let desire = Axis(fill: "#fdf0e1", ink: "#8a3a0f")
  static let helpers = Axis(fill: "#e6f4ea", ink: "#1e5c31")
  static let opponents = Axis(fill: "#fbe9e9", ink: "#8f1f1f")

  static func axis(of role: Role) -> Axis {
    switch role {
    case .sender, .receivers: communication
    case .subject, .object: desire
    case .helpers: helpers
    case .opponents: opponents
    }
  }
}
