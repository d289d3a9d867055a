import Foundation
import RecitKit

/// What `recit check --corriger` says it did: each changed line (file:line, what the fix
/// does, the line before and after), the files left alone and why; with `--dry-run`, the
/// unified diff alone. On standard output, or on standard error when standard output carries
/// a JSON or SARIF report.
struct FixReporter {
  var language: Language
  var toStandardError: Bool

  private func say(_ text: String) {
    if toStandardError { Console.error(text) } else { Console.out(text) }
  }

  /// The diff on standard output (it is the whole output); refusals on standard error.
  func preview(_ plan: FixPlan) {
    let diff = plan.unifiedDiff()
    // Piped, the diff keeps every byte so that `patch` applies it; on a terminal, what the
    // files say is made visible rather than obeyed.
    Console.out(isatty(STDOUT_FILENO) == 1 ? TerminalSafe.text(diff) : diff)
    Console.error(refusals(plan.refusals) + leftOut(plan))
    if plan.isEmpty && plan.refusals.isEmpty {
      Console.error(
        LocalizedText(
          fr: "Aucune correction automatique possible.\n",
          en: "No automatic fix to apply.\n"
        ).text(in: language))
    }
  }

  func report(_ plan: FixPlan, written: [String], refusals refused: [FixPlan.Refusal]) {
    var output = ""
    let writtenSet = Set(written)
    var count = 0
    for change in plan.changes where writtenSet.contains(change.file) {
      count += change.summaries.count
      let what = change.summaries.map { $0.text(in: language) }.joined(separator: " ; ")
      output += "\(TerminalSafe.text(change.file)):\(change.line): \(TerminalSafe.text(what))\n"
      output += "    \(TerminalSafe.text(change.before))\n"
      output += "  → \(TerminalSafe.text(change.after))\n"
    }
    if count > 0 {
      output +=
        LocalizedText(
          fr:
            "\(count) correction\(count > 1 ? "s" : "") appliquée\(count > 1 ? "s" : "") dans \(written.count) fichier\(written.count > 1 ? "s" : "") ; nouvelle vérification :\n\n",
          en:
            "\(count) fix\(count == 1 ? "" : "es") applied in \(written.count) file\(written.count == 1 ? "" : "s"); checking again:\n\n"
        ).text(in: language)
    } else if plan.refusals.isEmpty && refused.isEmpty {
      output +=
        LocalizedText(
          fr: "Aucune correction automatique possible.\n\n",
          en: "No automatic fix to apply.\n\n"
        ).text(in: language)
    }
    say(output)
    Console.error(refusals(plan.refusals + refused) + leftOut(plan))
  }

  private func refusals(_ refusals: [FixPlan.Refusal]) -> String {
    refusals.map {
      "recit: \(TerminalSafe.text($0.file)): " + TerminalSafe.text($0.reason.text(in: language))
        + "\n"
    }.joined()
  }

  private func leftOut(_ plan: FixPlan) -> String {
    guard plan.leftOut > 0 else { return "" }
    return LocalizedText(
      fr:
        "recit: \(plan.leftOut) correction(s) laissée(s) de côté : elles touchent le même texte qu'une autre ; relancez « recit check --corriger »\n",
      en:
        "recit: \(plan.leftOut) fix(es) left out: they touch the same text as another; run “recit check --fix” again\n"
    ).text(in: language)
  }
}
