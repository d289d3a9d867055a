import ArgumentParser
import RecitKit

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Expliquer une règle de vérification. / Explain a check rule.",
    discussion: "Sans règle : la liste des règles. / Without a rule: the list of rules.")

  @Argument(help: "Identifiant de la règle (ex. sujet-manquant). / Rule id.")
  var rule: String?

  @OptionGroup var language: LanguageOption

  func validate() throws {
    guard let rule, Rule(rawValue: rule) == nil else { return }
    throw UsageErrors.unknownRule(rule)
  }

  func run() throws {
    let lang = language.resolve()
    guard let id = rule, let rule = Rule(rawValue: id) else {
      Console.out(list(in: lang))
      return
    }
    let explanation = RuleExplanation.of(rule)
    let order: [Language] = lang == .fr ? [.fr, .en] : [.en, .fr]
    var output =
      "\(rule.rawValue) (\(DiagnosticFormatter.word(for: rule.defaultSeverity, in: lang)))\n"
    for language in order {
      let labels =
        language == .fr
        ? ("Ce que vérifie la règle", "Pourquoi", "Comment corriger", "Exemple")
        : ("What the rule checks", "Why", "How to fix it", "Example")
      output += "\n\(labels.0) — \(explanation.summary.text(in: language))\n"
      output += "\n\(labels.1)\n\(indent(explanation.why.text(in: language)))\n"
      output += "\n\(labels.2)\n\(indent(explanation.fix.text(in: language)))\n"
      if let example = explanation.example {
        output += "\n\(labels.3)\n\(indent(example.text(in: language)))\n"
      }
      if language == order[0] { output += "\n" + String(repeating: "─", count: 60) + "\n" }
    }
    Console.out(output)
  }

  private func list(in language: Language) -> String {
    let width = Rule.allCases.map(\.rawValue.count).max() ?? 0
    return Rule.allCases.map { rule in
      let severity = DiagnosticFormatter.word(for: rule.defaultSeverity, in: language)
      return rule.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
        + severity.padding(toLength: 15, withPad: " ", startingAt: 0)
        + RuleExplanation.of(rule).summary.text(in: language).split(separator: "\n").joined(
          separator: " ")
    }.joined(separator: "\n") + "\n"
  }

  private func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(
      separator: "\n")
  }
}
