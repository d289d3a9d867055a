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
    abstract: "Créer actions/<titre>/action.md. / Create actions/<title>/action.md.",
    discussion: "Modèles / templates: \(Scaffolder.actionScaffolds.joined(separator: ", ")).")

  @Argument(help: "Titre de l'action. / The action's title.")
  var title: String?

  @Option(help: "Modèle (défaut : action). / Template (default: action).")
  var template: String = "action"

  @Option(
    name: [.customLong("in"), .customLong("dans")], help: "Dossier du projet. / Project folder.")
  var folder: String = "."

  @Flag(
    name: [.customLong("interactive"), .customLong("interactif")],
    help: "Poser les questions dans le terminal. / Ask the questions in the terminal.")
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
    var answers = ScaffoldAnswers()
    var title = self.title
    if interactive {
      let interview = try Interview.start(language: lang)
      if title == nil { title = interview.askTitle() }
      answers = interview.askSchema(sharedActors: project.actors)
    }
    let scaffolder = Scaffolder(project: project, engine: try Templates.engine(for: project, lang))
    let path = try Templates.run(lang) {
      try scaffolder.newAction(title: title ?? "", scaffold: template, answers: answers)
    }
    Console.out(
      LocalizedText(
        fr: "Créé : \(path)\nComplétez les [[…]] puis lancez « recit check ».\n",
        en: "Created: \(path)\nFill in the [[…]] then run “recit check”.\n"
      ).text(in: lang))
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
    guard Slug.make(narrator) == narrator else {
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
    Console.out(LocalizedText(fr: "Créé : \(path)\n", en: "Created: \(path)\n").text(in: lang))
  }
}
