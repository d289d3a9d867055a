import ArgumentParser
import Foundation
import RecitKit

/// Loads a project for a command, turning a missing path into exit status 2.
enum ProjectLoading {
  static func load(_ path: String, language: LanguageOption) throws -> Project {
    switch ProjectLoader().load(path: path) {
    case .success(let project): return project
    case .failure(let error):
      Console.error("recit: \(TerminalSafe.text(error.message.text(in: language.resolve())))\n")
      throw ExitCode(2)
    }
  }
}

extension ProjectLoading {
  /// Opens a workspace on the project of `path`, turning a missing path, or a path in no
  /// project (no `recit.yml` there nor above), into exit status 2.
  static func workspace(_ path: String, language: LanguageOption) async throws -> Workspace {
    try requireProject(path, language: language)
    do {
      return try await Workspace(path: path)
    } catch {
      Console.error("recit: \(error.message.text(in: language.resolve()))\n")
      throw ExitCode(2)
    }
  }

  /// Exit status 2, saying which folders were searched, when `path` is in no project (no
  /// `recit.yml` there nor above it).
  static func requireProject(_ path: String, language: LanguageOption) throws {
    guard let missing = ProjectNotFound.check(path) else { return }
    let lang = language.resolve()
    let help = LocalizedText(fr: "aide", en: "help").text(in: lang)
    Console.error(
      TerminalSafe.text(
        "recit: \(missing.message.text(in: lang))\n  \(help): \(missing.hint.text(in: lang))")
        + "\n")
    throw ExitCode(2)
  }

  /// Loads the project a command writes into: it must have a `recit.yml`.
  static func loadExisting(_ path: String, language: LanguageOption) throws -> Project {
    try requireProject(path, language: language)
    let project = try load(path, language: language)
    guard project.hasSettingsFile else {
      // Found by the search above, then gone meanwhile.
      Console.error(
        LocalizedText(
          fr: "recit: le fichier recit.yml du projet a disparu : lancez « recit init »\n",
          en: "recit: the project's recit.yml is gone: run “recit init”\n"
        ).text(in: language.resolve()))
      throw ExitCode(2)
    }
    return project
  }

  /// An action by id, folder or file; exit status 2 with the closest id when unknown.
  static func action(named name: String, in project: Project, language: Language) throws -> Action {
    let id = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
    let folder = ((name as NSString).deletingLastPathComponent as NSString).lastPathComponent
    for candidate in [name, id, folder] {
      if let action = ActionLookup.action(candidate, in: project) { return action }
    }
    let suggestion = ActionLookup.closestID(to: id, in: project)
    // The name typed and the ids of the project's files, made visible rather than obeyed.
    Console.error(
      TerminalSafe.text(
        (LocalizedText(fr: "recit: aucune action « \(name) »", en: "recit: no action “\(name)”")
          .text(in: language))
          + (suggestion.map {
            LocalizedText(fr: " ; vouliez-vous dire « \($0) » ?", en: "; did you mean “\($0)”?")
              .text(in: language)
          } ?? "")) + "\n")
    throw ExitCode(2)
  }
}
