import ArgumentParser
import Foundation
import RecitKit

struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract:
      "Créer une action ou un récit à partir d'un modèle guidé. / Create an action or a narrative from a guided template.",
    subcommands: [NewActionCommand.self, NewNarrativeCommand.self])
}

struct NewActionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "action",
    abstract: "Créer actions/<id>/action.md. / Create actions/<id>/action.md.",
    discussion: "Modèles / templates: \(Scaffolder.actionScaffolds.joined(separator: ", ")).")

  @Argument(help: "Titre de l'action. / The action's title.")
  var title: String?

  @Option(
    help:
      "Identifiant de l'action, nom de son dossier (défaut : tiré du titre). / The action's id, its folder's name (default: made from the title)."
  )
  var id: String?

  @Option(help: "Modèle (défaut : action). / Template (default: action).")
  var template: String = "action"

  @Option(
    name: [.customLong("in"), .customLong("dans")], help: "Dossier du projet. / Project folder.")
  var folder: String = "."

  @Flag(
    name: [.customLong("interactive"), .customLong("interactif")],
    help:
      "Poser les questions une à une (au clavier, ou lues ligne à ligne sur l'entrée standard). / Ask the questions one by one (typed, or read line by line from standard input)."
  )
  var interactive = false

  @OptionGroup var language: LanguageOption

  func validate() throws {
    guard Scaffolder.actionScaffolds.contains(template) else {
      throw ValidationError(
        "modèle inconnu / unknown template: \(template) (\(Scaffolder.actionScaffolds.joined(separator: ", ")))"
      )
    }
    if title == nil, !interactive {
      throw ValidationError("donnez un titre, ou --interactif / give a title, or --interactive")
    }
  }

  func run() throws {
    let project = try ProjectLoading.loadExisting(folder, language: language)
    let lang = language.resolve(project: project)
    let scaffolder = Scaffolder(project: project, engine: try Templates.engine(for: project, lang))
    // A wrong or taken id is said before any question is asked.
    if let id, let problem = scaffolder.problem(withID: id) {
      Console.error("recit: \(TerminalSafe.text(problem.text(in: lang)))\n")
      throw ExitCode(2)
    }
    var outcome = Interview.Outcome(title: title)
    if interactive {
      outcome = Interview(language: lang, fileLanguage: project.language).run(
        title: title, project: project, suggested: scaffolder.suggestions(for: template))
    }
    guard let title = outcome.title else {
      Console.error(
        LocalizedText(
          fr: "recit: pas de titre donné : rien n'a été créé\n",
          en: "recit: no title given: nothing was created\n"
        ).text(in: lang))
      throw ExitCode(2)
    }
    let path = try Self.scaffolding(lang) {
      try scaffolder.newAction(title: title, id: id, scaffold: template, answers: outcome.answers)
    }
    var created = [path]
    if let other = outcome.otherNarrator {
      created.append(try Self.addNarrative(other, toActionAt: path, in: project, language: lang))
    }
    Console.out(
      TerminalSafe.text(
        LocalizedText(
          fr:
            "Créé : \(created.joined(separator: ", "))\nComplétez les [[…]] puis lancez « recit check ».\n",
          en:
            "Created: \(created.joined(separator: ", "))\nFill in the [[…]] then run “recit check”.\n"
        ).text(in: lang)))
  }

  /// The narrative another actor tells of the action just created.
  private static func addNarrative(
    _ other: (id: String, stance: Stance), toActionAt path: String, in project: Project,
    language: Language
  ) throws -> String {
    guard case .success(let reloaded) = ProjectLoader().load(path: project.root) else {
      throw ExitCode(1)
    }
    let id = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
    let action = try ProjectLoading.action(named: id, in: reloaded, language: language)
    let scaffolder = Scaffolder(
      project: reloaded, engine: try Templates.engine(for: reloaded, language))
    return try scaffolding(language) {
      try scaffolder.newNarrative(of: action, narrator: other.id, stance: other.stance)
    }
  }

  /// Runs `body`; a scaffold that cannot be made is said clearly (exit status 2).
  static func scaffolding<T>(_ language: Language, _ body: () throws -> T) throws -> T {
    do {
      return try Templates.run(language, body)
    } catch let error as ScaffoldError {
      Console.error("recit: \(TerminalSafe.text(error.message.text(in: language)))\n")
      throw ExitCode(2)
    }
  }
}

struct NewNarrativeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recit",
    abstract:
      "Ajouter le récit d'un autre acteur à une action. / Add another actor's narrative to an action.",
    aliases: ["narrative"])

  @Argument(help: "L'action : identifiant, dossier ou fichier. / The action: id, folder or file.")
  var action: String

  @Option(
    name: [.customLong("narrator"), .customLong("narrateur")],
    help: "Identifiant de l'acteur qui raconte. / Id of the narrating actor.")
  var narrator: String

  @Option(
    name: [.customLong("stance"), .customLong("posture")],
    help: "contradictoire ou alternatif. / contradictory or alternative.")
  var stance: String = "contradictoire"

  @Option(
    name: [.customLong("in"), .customLong("dans")], help: "Dossier du projet. / Project folder.")
  var folder: String = "."

  @OptionGroup var language: LanguageOption

  func run() throws {
    let project = try ProjectLoading.loadExisting(folder, language: language)
    let lang = language.resolve(project: project)
    guard
      let stance = Stance.allCases.first(where: { [$0.rawValue, $0.englishAlias].contains(stance) }
      ),
      stance != .carried
    else {
      throw ValidationError(
        "posture : contradictoire ou alternatif / stance: contradictory or alternative")
    }
    guard Slug.isIdentifier(narrator) else {
      throw ValidationError(
        "identifiant d'acteur attendu (minuscules, chiffres, tirets) / actor id expected (lower case, digits, hyphens): \(narrator) → \(Slug.make(narrator))"
      )
    }
    let action = try ProjectLoading.action(named: action, in: project, language: lang)
    if project.actors(of: action)[narrator] == nil {
      Console.error(
        LocalizedText(
          fr:
            "recit: attention : « \(narrator) » n'est pas un acteur déclaré ; « recit check » le signalera\n",
          en:
            "recit: warning: “\(narrator)” is not a declared actor; “recit check” will report it\n"
        ).text(in: lang))
    }
    let scaffolder = Scaffolder(project: project, engine: try Templates.engine(for: project, lang))
    let path = try Templates.run(lang) {
      try scaffolder.newNarrative(of: action, narrator: narrator, stance: stance)
    }
    Console.out(
      TerminalSafe.text(
        LocalizedText(fr: "Créé : \(path)\n", en: "Created: \(path)\n").text(in: lang)))
  }
}
