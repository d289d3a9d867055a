import ArgumentParser
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
