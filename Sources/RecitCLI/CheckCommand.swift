import ArgumentParser
import Foundation
import RecitKit

struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Vérifier la complétude des schémas et la cohérence des récits. / Check schema completeness and narrative consistency.",
    discussion: """
      Statut de sortie / exit status : 0 sans erreur ; 1 avec au moins une erreur (ou un \
      avertissement avec --strict) ; 2 si la commande n'a pas pu s'exécuter.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif
  }

  @Argument(
    help: "Projet, dossier d'action ou fichier (défaut : .). / Project, action folder or file.")
  var paths: [String] = ["."]

  @Option(help: "Format de sortie : text, json ou sarif. / Output format.")
  var format: Format = .text

  @Flag(help: "Échouer aussi sur les avertissements. / Fail on warnings too.")
  var strict = false

  @Option(
    name: [.customLong("disable")], parsing: .upToNextOption,
    help: "Règles à désactiver. / Rules to turn off.")
  var disabled: [String] = []

  @OptionGroup var language: LanguageOption

  func validate() throws {
    for rule in disabled where Rule(rawValue: rule) == nil {
      throw ValidationError("règle inconnue / unknown rule: \(rule)")
    }
  }

  func run() async throws {
    let rules = Set(disabled.compactMap(Rule.init(rawValue:)))
    var reports: [(project: Project, diagnostics: [Diagnostic], sources: [String: String])] = []
    for path in paths {
      let workspace = try await ProjectLoading.workspace(path, language: language)
      let diagnostics = await workspace.check(disabled: rules)
      reports.append((await workspace.project, diagnostics, await workspace.sourceTexts))
    }
    let lang = language.resolve(project: reports.first?.project)
    let all = reports.flatMap(\.diagnostics)
    let files = reports.reduce(0) { $0 + $1.project.files.count }
    switch format {
    case .text:
      var output = ""
      for report in reports {
        output += DiagnosticFormatter(
          language: lang, colors: Console.outputIsColorTerminal, sources: report.sources
        ).format(report.diagnostics)
      }
      output += DiagnosticFormatter(language: lang).summary(all, files: files) + "\n"
      Console.out(output)
    case .json:
      Console.out(
        DiagnosticReport(diagnostics: all, files: files, language: lang).json().rendered())
    case .sarif:
      Console.out(
        DiagnosticReport(diagnostics: all, files: files, language: lang).sarif(
          root: reports.first?.project.root ?? "."
        ).rendered())
    }
    if FailurePolicy(strict: strict).fails(all) { throw ExitCode(1) }
  }
}
