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
    var output = ""
    for diagnostic in diagnostics {
      output += format(diagnostic, lines: sourceLines(of: diagnostic.location.file, cache: &cache))
    }
    return output
  }

  public func format(_ diagnostic: Diagnostic, lines: [Substring]?) -> String {
    let location = diagnostic.location
    let severity = Self.word(for: diagnostic.severity, in: language)
    var output =
      paint(bold: true, TerminalText.safe("\(location)") + ":") + " "
      + paint(Self.color(of: diagnostic.severity), "\(severity):") + " "
      + paint(bold: true, TerminalText.safe(diagnostic.message.text(in: language)))
      + " [\(diagnostic.rule.rawValue)]\n"
    if let lines, location.line >= 1, location.line <= lines.count {
      let window = TerminalText.window(of: lines[location.line - 1], column: location.column)
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
