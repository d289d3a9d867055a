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
      avertissement avec --strict) ; 2 si la commande n'a pas pu s'exécuter (pas de projet, \
      option inconnue…).
      Vérifier une seule action (un dossier ou un fichier de actions/) ne lance pas les règles \
      qui portent sur tout le projet (acteur commun inutilisé). / Checking one action runs no \
      project-wide rule.
      --corriger applique les corrections sûres (guillemets, tabulations, étiquettes d'étape, \
      dates), ligne par ligne, puis vérifie de nouveau ; --dry-run montre le diff sans rien \
      écrire. / --fix applies the safe fixes, line by line, then checks again; --dry-run \
      prints the diff and writes nothing.
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

  @Flag(
    name: [.short, .customLong("quiet"), .customLong("silencieux")],
    help:
      "N'afficher que les erreurs (et, avec --strict, les avertissements). / Print errors only (and warnings with --strict)."
  )
  var quiet = false

  @Flag(
    name: [.customLong("corriger"), .customLong("fix")],
    help: "Appliquer les corrections sûres, puis vérifier de nouveau. / Apply the safe fixes.")
  var fix = false

  @Flag(
    name: [.customLong("dry-run")],
    help:
      "Avec --corriger : afficher le diff sans rien écrire. / With --fix: print the diff, write nothing."
  )
  var dryRun = false

  @Option(
    name: [.customLong("disable")], parsing: .upToNextOption,
    help: "Règles à désactiver. / Rules to turn off.")
  var disabled: [String] = []

  @OptionGroup var language: LanguageOption

  func validate() throws {
    for rule in disabled where Rule(rawValue: rule) == nil {
      throw UsageErrors.unknownRule(rule)
    }
  }

  struct Report {
    var workspace: Workspace
    var project: Project
    var diagnostics: [Diagnostic]
    var sources: [String: String]
  }

  func run() async throws {
    let rules = Set(disabled.compactMap(Rule.init(rawValue:)))
    var reports: [Report] = []
    for path in paths {
      let workspace = try await ProjectLoading.workspace(path, language: language)
      let diagnostics = await workspace.check(disabled: rules)
      reports.append(
        Report(
          workspace: workspace, project: await workspace.project, diagnostics: diagnostics,
          sources: await workspace.sourceTexts))
    }
    let lang = language.resolve(project: reports.first?.project)
    if fix || dryRun {
      let fixer = FixReporter(language: lang, toStandardError: format != .text)
      if dryRun {
        for report in reports {
          let plan = Fixer(root: report.workspace.root).plan(
            report.diagnostics, checked: report.sources)
          fixer.preview(plan)
        }
        if FailurePolicy(strict: strict).fails(reports.flatMap(\.diagnostics)) {
          throw ExitCode(1)
        }
        return
      }
      for index in reports.indices {
        let workspace = reports[index].workspace
        let fixerForProject = Fixer(root: workspace.root)
        let plan = fixerForProject.plan(
          reports[index].diagnostics, checked: reports[index].sources)
        let outcome = fixerForProject.apply(plan)
        fixer.report(plan, written: outcome.written, refusals: outcome.refusals)
        guard !outcome.written.isEmpty else { continue }
        await workspace.update(outcome.written)
        reports[index].diagnostics = await workspace.check(disabled: rules)
        reports[index].project = await workspace.project
        reports[index].sources = await workspace.sourceTexts
      }
    }
    print(reports, in: lang)
    if FailurePolicy(strict: strict).fails(reports.flatMap(\.diagnostics)) { throw ExitCode(1) }
  }

  private func print(_ reports: [Report], in lang: Language) {
    let all = reports.flatMap(\.diagnostics)
    let files = reports.reduce(0) { $0 + $1.project.files.count }
    switch format {
    case .text:
      let policy = FailurePolicy(strict: strict)
      var output = ""
      var shown: [Diagnostic] = []
      for report in reports {
        let diagnostics =
          quiet ? report.diagnostics.filter { policy.fails([$0]) } : report.diagnostics
        shown += diagnostics
        output += DiagnosticFormatter(
          language: lang, colors: Console.outputIsColorTerminal, sources: report.sources
        ).format(diagnostics)
      }
      let formatter = DiagnosticFormatter(language: lang)
      output += formatter.byRule(shown)
      if !quiet || !shown.isEmpty {
        output += formatter.summary(all, files: files) + "\n"
      }
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
  }
}
