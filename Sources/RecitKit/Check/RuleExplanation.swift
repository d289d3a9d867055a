import RecitModel

/// What a rule checks, why it matters (which balise of the référentiel or which part of the
/// actantial schema it serves) and how to fix what it reports, in French and English.
///
/// The texts live in `Explanations/fr/RULE.md` and `Explanations/en/RULE.md` at the package
/// root, embedded in the binary at build time; `recit explain RULE` prints them and the SARIF
/// output uses them as the rules' descriptions. Each `fix` ends with how to change the rule's
/// severity or turn it off (`regles:` / `rules:` in `recit.yml`, or
/// `recit check --disable RULE`).
public struct RuleExplanation: Sendable {
  public var rule: Rule
  /// One line: what the rule checks.
  public var summary: LocalizedText
  /// Why it matters.
  public var why: LocalizedText
  /// How to fix what it reports.
  public var fix: LocalizedText
  /// A short snippet showing what the rule reports, then the fix: French keys in `fr`,
  /// English aliases in `en`. Nil where a snippet would not help.
  public var example: LocalizedText?

  /// The explanation of `rule`; empty texts if its files are missing or malformed, which a
  /// test rules out (see ``load(_:)``).
  public static func of(_ rule: Rule) -> RuleExplanation {
    load(rule)
      ?? RuleExplanation(
        rule: rule, summary: LocalizedText(fr: "", en: ""), why: LocalizedText(fr: "", en: ""),
        fix: LocalizedText(fr: "", en: ""), example: nil)
  }

  /// The explanation of `rule` read from its two embedded Markdown files, or nil if either is
  /// missing or malformed.
  static func load(_ rule: Rule) -> RuleExplanation? {
    guard let fr = page(rule, .fr), let en = page(rule, .en),
      (fr.example == nil) == (en.example == nil)
    else { return nil }
    return RuleExplanation(
      rule: rule, summary: LocalizedText.verbatim(fr: fr.summary, en: en.summary),
      why: LocalizedText.verbatim(fr: fr.why, en: en.why),
      fix: LocalizedText.verbatim(fr: fr.fix, en: en.fix),
      example: fr.example.map { LocalizedText.verbatim(fr: $0, en: en.example!) })
  }

  /// The path of a rule's explanation, relative to `Explanations/`.
  static func path(of rule: Rule, in language: Language) -> String {
    "\(language.rawValue)/\(rule.rawValue).md"
  }

  private static func page(_ rule: Rule, _ language: Language) -> ExplanationPage? {
    EmbeddedExplanations.files[path(of: rule, in: language)].flatMap {
      ExplanationPage(markdown: $0, rule: rule, language: language)
    }
  }
}
