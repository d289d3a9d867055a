import Foundation
import RecitModel

/// Formats diagnostics as a compiler does: `file:line:col: erreur: message [rule]`, the source
/// line, a caret under the column, a hint, and a closing summary.
public struct DiagnosticFormatter: Sendable {
  public var language: Language
  public var colors: Bool
  /// The text of each source file as it was read (relative path → text), to show source
  /// lines; a file missing here shows none. Never read again from disk, where an editor may be
  /// writing a newer version.
  public var sources: [String: String]

  public init(language: Language, colors: Bool = false, sources: [String: String] = [:]) {
    self.language = language
    self.colors = colors
    self.sources = sources
  }

  public func format(_ diagnostics: [Diagnostic]) -> String {
    var cache: [String: [Substring]] = [:]
    // The last source line split into scalars: many diagnostics of one long line (a line of
    // prompts) split it once, so that the report stays linear in the line's length.
    var split: (file: String, line: Int, scalars: [Unicode.Scalar])?
    var output = ""
    for diagnostic in diagnostics {
      let location = diagnostic.location
      let lines = sourceLines(of: location.file, cache: &cache)
      var scalars: [Unicode.Scalar]?
      if let lines, location.line >= 1, location.line <= lines.count {
        if let split, split.file == location.file, split.line == location.line {
          scalars = split.scalars
        } else {
          let made = Array(lines[location.line - 1].unicodeScalars)
          split = (location.file, location.line, made)
          scalars = made
        }
      }
      output += format(diagnostic, lines: lines, scalars: scalars)
    }
    return output
  }

  public func format(_ diagnostic: Diagnostic, lines: [Substring]?) -> String {
    format(diagnostic, lines: lines, scalars: nil)
  }

  private func format(_ diagnostic: Diagnostic, lines: [Substring]?, scalars: [Unicode.Scalar]?)
    -> String
  {
    let location = diagnostic.location
    let severity = Self.word(for: diagnostic.severity, in: language)
    var output =
      paint(bold: true, TerminalText.safe("\(location)") + ":") + " "
      + paint(Self.color(of: diagnostic.severity), "\(severity):") + " "
      + paint(bold: true, TerminalText.safe(diagnostic.message.text(in: language)))
      + " [\(diagnostic.rule.rawValue)]\n"
    if let lines, location.line >= 1, location.line <= lines.count {
      let window =
        scalars.map { TerminalText.window(of: $0, column: location.column) }
        ?? TerminalText.window(of: lines[location.line - 1], column: location.column)
      output += "  \(location.line) | \(window.text)\n"
      let gutter = String(repeating: " ", count: String(location.line).count)
      output += "  \(gutter) | \(window.caretPrefix)" + paint("32", "^") + "\n"
    }
    if let hint = diagnostic.hint {
      let label = LocalizedText(fr: "aide", en: "help").text(in: language)
      output +=
        "  " + paint("36", "\(label):") + " \(TerminalText.safe(hint.text(in: language)))\n"
    }
    return output
  }

  /// `3 erreurs, 2 avertissements, 1 note dans 14 fichiers`.
  public func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
    let errors = diagnostics.count { $0.severity == .error }
    let warnings = diagnostics.count { $0.severity == .warning }
    let notes = diagnostics.count { $0.severity == .note }
    switch language {
    case .fr:
      return
        "\(count(errors, "erreur", "erreurs")), \(count(warnings, "avertissement", "avertissements")), \(count(notes, "note", "notes")) dans \(count(files, "fichier", "fichiers"))"
    case .en:
      return
        "\(count(errors, "error", "errors")), \(count(warnings, "warning", "warnings")), \(count(notes, "note", "notes")) in \(count(files, "file", "files"))"
    }
  }

  /// Reports longer than this end with a count per rule (``byRule(_:)``).
  public static let byRuleThreshold = 20

  /// A count per rule, most frequent first, for a long report:
  ///
  ///     Par règle :
  ///       12 × etape-sans-acteur (avertissement)
  ///        3 × acteur-inconnu (erreur)
  ///
  /// Empty for a report of at most ``byRuleThreshold`` diagnostics.
  public func byRule(_ diagnostics: [Diagnostic]) -> String {
    guard diagnostics.count > Self.byRuleThreshold else { return "" }
    var counts: [Rule: (count: Int, severity: Severity)] = [:]
    for diagnostic in diagnostics {
      let old = counts[diagnostic.rule]
      counts[diagnostic.rule] = (
        (old?.count ?? 0) + 1, max(old?.severity ?? diagnostic.severity, diagnostic.severity)
      )
    }
    let rows = counts.sorted {
      ($0.value.count, $1.key.rawValue) > ($1.value.count, $0.key.rawValue)
    }
    let width = String(rows.first?.value.count ?? 0).count
    var output = LocalizedText(fr: "Par règle :", en: "By rule:").text(in: language) + "\n"
    for (rule, value) in rows {
      let number = String(value.count)
      output +=
        "  " + String(repeating: " ", count: width - number.count) + number + " × "
        + rule.rawValue + " (" + Self.word(for: value.severity, in: language) + ")\n"
    }
    return output
  }

  /// The one line `recit build` prints of its check: `Vérification : 0 erreur,
  /// 125 avertissements, 3 notes dans 40 fichiers ; « recit check » pour le détail`.
  public func checkLine(_ diagnostics: [Diagnostic], files: Int) -> String {
    let counts = summary(diagnostics, files: files)
    return LocalizedText(
      fr: "Vérification : \(counts) ; « recit check » pour le détail",
      en: "Check: \(counts); “recit check” for the details"
    ).text(in: language)
  }

  public static func word(for severity: Severity, in language: Language) -> String {
    switch (severity, language) {
    case (.error, .fr): "erreur"
    case (.warning, .fr): "avertissement"
    case (.note, .fr): "note"
    case (.error, .en): "error"
    case (.warning, .en): "warning"
    case (.note, .en): "note"
    }
  }

  /// French keeps 0 and 1 singular; English only 1.
  private func count(_ n: Int, _ one: String, _ many: String) -> String {
    let plural = language == .fr ? n > 1 : n != 1
    return "\(n) \(plural ? many : one)"
  }

  private static func color(of severity: Severity) -> String {
    switch severity {
    case .error: "1;31"
    case .warning: "1;33"
    case .note: "1;34"
    }
  }

  private func paint(_ code: String = "", bold: Bool = false, _ text: String) -> String {
    guard colors else { return text }
    return "\u{1B}[\(bold ? "1" : code)m\(text)\u{1B}[0m"
  }

  private func sourceLines(of file: String, cache: inout [String: [Substring]]) -> [Substring]? {
    if let lines = cache[file] { return lines }
    guard let text = sources[file] else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    cache[file] = lines
    return lines
  }
}
