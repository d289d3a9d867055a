import Foundation
import RecitModel

/// The files generated from the rule units: the rule ids and severities in the JSON Schemas
/// under `schemas/`, and the rule table `docs/rules.md`.
///
/// `scripts/generate.sh` (through `recit-gen`) writes them; a test fails when the committed files differ from what
/// ``generate(packageRoot:)`` returns. Only the generated parts of a schema change: the rest
/// is read from the committed file and written back as it was.
public enum RuleArtifacts {
  public struct File: Sendable, Equatable {
    /// Relative to the package root.
    public var path: String
    public var content: String
  }

  /// Every generated file, in a fixed order, reading the committed schemas under
  /// `packageRoot`.
  public static func generate(packageRoot: String) throws -> [File] {
    var files: [File] = []
    for (path, edits) in schemaEdits {
      let url = URL(fileURLWithPath: packageRoot).appending(path: path)
      var schema = try JSONValue(parsing: String(contentsOf: url, encoding: .utf8))
      for (pointer, value) in edits {
        schema = try schema.replacing(pointer) { _ in value }
      }
      files.append(File(path: path, content: schema.rendered()))
    }
    files.append(File(path: "docs/rules.md", content: RuleTable.markdown()))
    return files
  }

  static var ruleIDs: JSONValue { .array(RuleRegistry.all.map { .string($0.rule.rawValue) }) }
  static var severities: JSONValue { .array(Severity.allCases.map { .string($0.rawValue) }) }

  /// Each schema, with the parts generated at the given key paths.
  static var schemaEdits: [(String, [([String], JSONValue)])] {
    let diagnostic = ["properties", "diagnostics", "items", "properties"]
    let projectRules = ["properties", "project", "properties", "rules"]
    var settings: [([String], JSONValue)] = []
    for key in ["regles", "rules"] {
      settings.append((["properties", key, "properties"], ruleSettings))
      settings.append(
        (
          ["properties", key, "additionalProperties", "enum"],
          .array(settingWords.map(JSONValue.string))
        ))
    }
    return [
      (
        "schemas/check-v1.schema.json",
        [
          (diagnostic + ["rule", "enum"], ruleIDs),
          (diagnostic + ["severity", "enum"], severities),
        ]
      ),
      (
        "schemas/export-v2.schema.json",
        [
          (projectRules + ["propertyNames", "enum"], ruleIDs),
          (
            projectRules + ["additionalProperties", "enum"],
            .array([.string("off")] + severityStrings)
          ),
        ]
      ),
      ("schemas/recit.schema.json", settings),
    ]
  }

  private static var severityStrings: [JSONValue] { Severity.allCases.map { .string($0.rawValue) } }

  /// What `regles:` accepts, as the schema offers it: `desactivee`, the French severities,
  /// then `off` and the English ones (each word once).
  static var settingWords: [String] {
    let words =
      ["desactivee"] + Severity.allCases.map { DiagnosticFormatter.word(for: $0, in: .fr) }
      + ["off"] + Severity.allCases.map { DiagnosticFormatter.word(for: $0, in: .en) }
    var seen: Set<String> = []
    return words.filter { seen.insert($0).inserted }
  }

  /// `regles:` in `recit.yml`: one property per rule, with its title in both languages.
  static var ruleSettings: JSONValue {
    let values = JSONValue.array(settingWords.map(JSONValue.string))
    return .object(
      RuleRegistry.all.map { unit in
        let id = unit.rule.rawValue
        let description =
          "Règle `\(id)` : \(unit.title.fr). \(settingHelp(.fr))\n\n"
          + "Rule `\(id)`: \(unit.title.en). \(settingHelp(.en))"
        return (
          id,
          .object([
            ("type", .string("string")), ("enum", values), ("description", .string(description)),
          ])
        )
      })
  }

  /// `` `desactivee` (off), `erreur` (error), `avertissement` (warning) ou `note`. ``
  static func settingHelp(_ language: Language) -> String {
    let items =
      ["`desactivee` (off)"]
      + Severity.allCases.map { severity in
        let french = DiagnosticFormatter.word(for: severity, in: .fr)
        return french == severity.rawValue ? "`\(french)`" : "`\(french)` (\(severity.rawValue))"
      }
    let last = LocalizedText(fr: " ou ", en: " or ").text(in: language)
    return items.dropLast().joined(separator: ", ") + last + items.last! + "."
  }
}
