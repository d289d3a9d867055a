import ArgumentParser
import Foundation
import RecitKit

struct TemplatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "templates",
    abstract: "Lister, montrer et documenter les modèles. / List, show and document templates.",
    subcommands: [ListTemplates.self, ShowTemplate.self, TemplateContext.self],
    defaultSubcommand: ListTemplates.self,
    aliases: ["modeles"])
}

struct ListTemplates: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Lister les modèles et leur origine. / List templates and where they come from.")

  @Option(
    name: [.customLong("in"), .customLong("dans")], help: "Dossier du projet. / Project folder.")
  var folder: String = "."

  @OptionGroup var language: LanguageOption

  func run() throws {
    let project = try? ProjectLoader().load(path: folder).get()
    let lang = language.resolve(project: project)
    let set = TemplateSet(projectRoot: project?.hasSettingsFile == true ? project?.root : nil)
    func origin(_ file: TemplateFile) -> String {
      switch file.origin {
      case .builtIn: LocalizedText(fr: "intégré", en: "built-in").text(in: lang)
      case .project(let path): path
      }
    }
    let width = set.all.map(\.name.count).max() ?? 0
    let originWidth = set.all.map { origin($0).count }.max() ?? 0
    var output = ""
    // Names, folders and descriptions of the project's templates are the project's words.
    for file in set.all {
      output += file.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
      output += origin(file).padding(toLength: originWidth + 2, withPad: " ", startingAt: 0)
      output += (file.description ?? "") + "\n"
    }
    Console.out(TerminalSafe.text(output))
  }
}

struct ShowTemplate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Afficher un modèle. / Print a template.")

  @Argument(help: "Nom du modèle (ex. scaffolds/action.fr). / Template name.")
  var name: String

  @Option(
    name: [.customLong("in"), .customLong("dans")], help: "Dossier du projet. / Project folder.")
  var folder: String = "."

  @OptionGroup var language: LanguageOption

  func run() throws {
    let (project, set) = Templates.set(in: folder)
    guard let file = set.file(named: name) else {
      let lang = language.resolve(project: project)
      let suggestion = EditDistance.closest(to: name, among: set.all.map(\.name))
      Console.error(
        TerminalSafe.text(
          (LocalizedText(fr: "recit: aucun modèle « \(name) »", en: "recit: no template “\(name)”")
            .text(in: lang))
            + (suggestion.map { " — « \($0) » ?" } ?? "")) + "\n")
      throw ExitCode(2)
    }
    // Piped, the template keeps every byte (to be copied into a project); on a terminal, what
    // a project's template says is made visible rather than obeyed.
    Console.out(isatty(STDOUT_FILENO) == 1 ? TerminalSafe.text(file.content) : file.content)
  }
}

struct TemplateContext: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "context",
    abstract:
      "Afficher en JSON le contexte de rendu d'une action. / Print an action's rendering context as JSON."
  )

  @Argument(help: "L'action : identifiant, dossier ou fichier. / The action: id, folder or file.")
  var action: String

  @Option(
    name: [.customLong("in"), .customLong("dans")], help: "Dossier du projet. / Project folder.")
  var folder: String = "."

  @OptionGroup var language: LanguageOption

  func run() throws {
    let project = try ProjectLoading.load(folder, language: language)
    let lang = language.resolve(project: project)
    let action = try ProjectLoading.action(named: action, in: project, language: lang)
    Console.out(RenderContext(project: project).action(action).rendered())
  }
}
