import ArgumentParser
import Foundation
import RecitKit

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Construire les exports d'un projet. / Build a project's exports.",
    discussion: """
      Vérifie d'abord le projet : avec des erreurs, rien n'est écrit (statut 1). \
      First checks the project: with errors, nothing is written (status 1).
      """)

  @Argument(
    help: "Projet, dossier d'action ou fichier (défaut : .). / Project, action folder or file.")
  var path: String = "."

  @Option(
    help: "Formats, séparés par des virgules. / Formats, comma-separated.",
    transform: { text in
      try text.split(separator: ",").map {
        guard let format = ExportFormat(rawValue: $0.trimmingCharacters(in: .whitespaces)) else {
          throw ValidationError(
            "format inconnu / unknown format: \($0) (\(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
          )
        }
        return format
      }
    })
  var format: [ExportFormat] = [.json]

  @Option(help: "Dossier de sortie (défaut : build). / Output folder.")
  var out: String = "build"

  @Flag(help: "Échouer aussi sur les avertissements. / Fail on warnings too.")
  var strict = false

  @OptionGroup var language: LanguageOption

  func run() throws {
    let project = try ProjectLoading.load(path, language: language)
    let lang = language.resolve(project: project)
    let diagnostics = Checker().check(project)
    let shown = diagnostics.filter { $0.severity != .note }
    if !shown.isEmpty {
      Console.error(
        DiagnosticFormatter(
          language: lang, colors: Console.errorIsColorTerminal, root: project.root
        )
        .format(shown))
    }
    if diagnostics.contains(where: { $0.severity == .error || (strict && $0.severity == .warning) })
    {
      Console.error(
        lang == .fr
          ? "recit: rien n'a été écrit : corrigez d'abord les erreurs ci-dessus\n"
          : "recit: nothing was written: fix the errors above first\n")
      throw ExitCode(1)
    }
    let builder = Builder(project: project, outputFolder: out, formats: Set(format))
    let result: BuildResult
    do {
      result = try builder.build()
    } catch {
      Console.error("recit: \(lang == .fr ? "erreur interne" : "internal error"): \(error)\n")
      throw ExitCode(70)
    }
    Console.out(result.summary(in: lang))
  }
}

extension ExportFormat: ExpressibleByArgument {}
