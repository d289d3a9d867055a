import ArgumentParser
import Foundation
import RecitKit

/// Loads a project for a command, turning a missing path into exit status 2.
enum ProjectLoading {
  static func load(_ path: String, language: LanguageOption) throws -> Project {
    switch ProjectLoader().load(path: path) {
    case .success(let project): return project
    case .failure(let error):
      Console.error("recit: \(error.message.text(in: language.resolve()))\n")
      throw ExitCode(2)
    }
  }
}

extension ProjectLoading {
  /// Opens a workspace on the project of `path`, turning a missing path, or a path in no
  /// project (no `recit.yml` there nor above), into exit status 2.
  static func workspace(_ path: String, language: LanguageOption) async throws -> Workspace {
    if let missing = ProjectNotFound.check(path) {
      let lang = language.resolve()
      let help = LocalizedText(fr: "aide", en: "help").text(in: lang)
      Console.error(
        "recit: \(missing.message.text(in: lang))\n  \(help): \(missing.hint.text(in: lang))\n")
      throw ExitCode(2)
    }
    do {
      return try await Workspace(path: path)
    } catch {
      Console.error("recit: \(error.message.text(in: language.resolve()))\n")
      throw ExitCode(2)
    }
  }

  /// Loads the project a command writes into: it must have a `recit.yml`.
  static func loadExisting(_ path: String, language: LanguageOption) throws -> Project {
    let project = try load(path, language: language)
    guard project.hasSettingsFile else {
      let lang = language.resolve()
      Console.error(
        LocalizedText(
          fr: "recit: aucun projet ici (pas de recit.yml) : lancez d'abord « recit init »\n",
          en: "recit: no project here (no recit.yml): run “recit init” first\n"
        ).text(in: lang))
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
    Console.error(
      (LocalizedText(fr: "recit: aucune action « \(name) »", en: "recit: no action “\(name)”").text(
        in: language))
        + (suggestion.map {
          LocalizedText(fr: " ; vouliez-vous dire « \($0) » ?", en: "; did you mean “\($0)”?").text(
            in: language)
        } ?? "") + "\n")
    throw ExitCode(2)
  }
}
