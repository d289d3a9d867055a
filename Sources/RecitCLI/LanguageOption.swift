import ArgumentParser
import Foundation
import RecitKit

/// `--lang fr|en`, shared by the commands that speak to the user.
struct LanguageOption: ParsableArguments {
  @Option(
    name: [.customLong("lang"), .customLong("langue")],
    help:
      "Langue des messages : fr ou en (défaut : recit.yml, puis l'environnement). / Message language."
  )
  var language: Language?

  /// The language to use: the option, else the project's, else the environment's.
  func resolve(project: Project? = nil) -> Language {
    if let language { return language }
    if let configured = project?.settings.language?.value { return configured }
    return Self.environmentLanguage
  }

  static var environmentLanguage: Language {
    let environment = ProcessInfo.processInfo.environment
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty {
        return value.hasPrefix("en") ? .en : .fr
      }
    }
    return .fr
  }
}

extension Language: ExpressibleByArgument {}
