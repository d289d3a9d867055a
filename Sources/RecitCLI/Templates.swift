import ArgumentParser
import Foundation
import RecitKit

/// The template engine for a project, with its problems turned into messages and exit codes.
enum Templates {
  static func engine(for project: Project?, _ language: Language) throws -> TemplateEngine {
    let set = TemplateSet(projectRoot: project?.root)
    for problem in set.problems {
      Console.error(DiagnosticFormatter(language: language).format(problem, lines: nil))
    }
    return try run(language) { try TemplateEngine(templates: set) }
  }

  /// The templates seen from `folder`: the project's overrides when it is in a project.
  static func set(in folder: String) -> (Project?, TemplateSet) {
    let project = try? ProjectLoader().load(path: folder).get()
    return (
      project, TemplateSet(projectRoot: project?.hasSettingsFile == true ? project?.root : nil)
    )
  }

  /// Runs `body`, printing a template or file error clearly (exit status 1).
  static func run<T>(_ language: Language, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as TemplateError {
      Console.error(
        TerminalSafe.text(
          "\(error.location): \(LocalizedText(fr: "erreur", en: "error").text(in: language)): \(error.message.text(in: language))"
        ) + "\n")
      throw ExitCode(1)
    } catch let error as CocoaError where error.code == .fileWriteFileExists {
      Console.error(
        LocalizedText(
          fr: "recit: le fichier existe déjà, rien n'a été écrasé\n",
          en: "recit: the file already exists, nothing was overwritten\n"
        ).text(in: language))
      throw ExitCode(1)
    }
  }
}
