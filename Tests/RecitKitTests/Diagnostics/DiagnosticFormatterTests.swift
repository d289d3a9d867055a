import Foundation
import RecitKit
import RecitModel
import Testing

/// What a diagnostic prints in a terminal: never the file's control characters, never a whole
/// enormous line.
@Suite struct DiagnosticFormatterTests {
  private func diagnostic(line: Int, column: Int, message: String = "message") -> Diagnostic {
    Diagnostic(
      .toComplete, at: SourceLocation(file: "actions/essai.md", line: line, column: column),
      LocalizedText.verbatim(fr: message, en: message))
  }

  @Test func escapeSequencesAndBidiControlsAreShownNotObeyed() {
    let source = "titre: \u{1B}[31mrouge\u{1B}[0m \u{202E}abc \u{2066}x\u{2069}\u{7F}\u{85}\n"
    let text = DiagnosticFormatter(language: .fr, sources: ["actions/essai.md": source])
      .format([diagnostic(line: 1, column: 8, message: "nom \u{1B}]0;titre\u{07}")])
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
    #expect(!text.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
    #expect(text.contains("  1 | titre: ␛[31mrouge␛[0m �abc �x�␡�"))
    #expect(text.contains("nom ␛]0;titre␇"))
  }

  @Test func aLongLineIsShownAsAWindowAroundTheColumn() {
    let line =
      String(repeating: "mot ", count: 50_000) + "[[x]]" + String(repeating: " fin", count: 100)
    let column = 200_001
    let text = DiagnosticFormatter(language: .fr, sources: ["actions/essai.md": line])
      .format(Array(repeating: diagnostic(line: 1, column: column), count: 3))
    #expect(text.utf8.count < 3 * 400)
    let lines = text.split(separator: "\n")
    let shown = try! #require(lines.first { $0.hasPrefix("  1 | ") })
    let caret = try! #require(lines.first { $0.hasSuffix("^") && $0.hasPrefix("    | ") })
    let caretColumn = caret.unicodeScalars.count - 1
    let shownScalars = Array(shown.unicodeScalars)
    #expect(String(shownScalars[caretColumn...].prefix(5).map(Character.init)) == "[[x]]")
    #expect(shown.hasPrefix("  1 | …"))
    #expect(shown.hasSuffix("…"))
  }

  @Test func shortLinesAreShownWhole() {
    let text = DiagnosticFormatter(language: .en, sources: ["actions/essai.md": "a\n\tsujet: x\n"])
      .format([diagnostic(line: 2, column: 9)])
    #expect(text.contains("  2 | \tsujet: x\n    | \t       ^\n"))
  }

  @Test func aLongReportEndsWithACountPerRuleMostFrequentFirst() {
    let prompts = (1...18).map { diagnostic(line: $0, column: 1) }
    let unknown = (1...3).map {
      Diagnostic(
        .unknownActor, at: SourceLocation(file: "actions/essai.md", line: $0, column: 2),
        .verbatim(fr: "inconnu", en: "unknown"))
    }
    let french = DiagnosticFormatter(language: .fr).byRule(prompts + unknown)
    #expect(
      french == """
        Par règle :
          18 × a-completer (avertissement)
           3 × acteur-inconnu (erreur)

        """)
    let english = DiagnosticFormatter(language: .en).byRule(prompts + unknown)
    #expect(english.hasPrefix("By rule:\n  18 × a-completer (warning)\n"))
    #expect(DiagnosticFormatter(language: .fr).byRule(Array((prompts + unknown).prefix(20))) == "")
  }

  @Test func buildsCheckLineCountsAndPointsToCheck() {
    let line = DiagnosticFormatter(language: .fr).checkLine(
      [diagnostic(line: 1, column: 1), diagnostic(line: 2, column: 1)], files: 4)
    #expect(
      line
        == "Vérification : 0 erreur, 2 avertissements, 0 note dans 4 fichiers ; « recit check » pour le détail"
    )
    #expect(
      DiagnosticFormatter(language: .en).checkLine([], files: 1)
        == "Check: 0 errors, 0 warnings, 0 notes in 1 file; “recit check” for the details")
  }
}
