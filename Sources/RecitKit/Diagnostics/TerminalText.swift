/// Text made safe and short for a terminal: what a project's files say must never drive the
/// terminal (escape sequences, bidi overrides that reorder what is shown), and one long line
/// must not fill the screen or the memory.
enum TerminalText {
  /// The most characters of a source line shown around a diagnostic's column.
  static let windowWidth = 120

  /// Control characters shown as visible symbols: C0 as their control pictures (U+2400…),
  /// DEL as U+2421, C1 and the bidi controls (U+202A–U+202E, U+2066–U+2069) as U+FFFD. Tabs
  /// stay (the caret line copies them). One scalar stays one scalar, so columns still match.
  static func safe<S: StringProtocol>(_ text: S) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(visible(scalar))
    }
    return String(result)
  }

  private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x09: scalar
    case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)!
    case 0x7F: "\u{2421}"
    case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
    default: scalar
    }
  }

  /// At most ``windowWidth`` characters of `line` around `column` (1-based, in Unicode
  /// scalars), with `…` where text was cut, and the blanks that put a caret under the column.
  static func window(of line: Substring, column: Int) -> (text: String, caretPrefix: String) {
    window(of: Array(line.unicodeScalars), column: column)
  }

  /// The same, from the line's scalars: a caller that shows many diagnostics of one long line
  /// splits it once (`DiagnosticFormatter`), and each window costs its own width only.
  static func window(of scalars: [Unicode.Scalar], column: Int) -> (
    text: String, caretPrefix: String
  ) {
    let target = max(0, min(column - 1, scalars.count))
    var start = 0
    var end = scalars.count
    if scalars.count > windowWidth {
      start = max(0, min(target - windowWidth / 2, scalars.count - windowWidth))
      end = start + windowWidth
    }
    var shown = String.UnicodeScalarView()
    shown.append(contentsOf: scalars[start..<end])
    let head = start > 0 ? "…" : ""
    let tail = end < scalars.count ? "…" : ""
    let prefix =
      (head.isEmpty ? "" : " ")
      + scalars[start..<target].map { $0 == "\t" ? "\t" : " " }.joined()
    return (head + safe(String(shown)) + tail, prefix)
  }
}

/// ``TerminalText`` for the command line's own reports: control characters made visible,
/// line feeds kept.
public enum TerminalSafe {
  public static func text(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.safe($0) }
      .joined(separator: "\n")
  }
}
