import ArgumentParser
import Foundation
import RecitKit

/// The output formats of `recit acteurs` and `recit couverture`.
enum TerritoryFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// The territory of the project in the current folder, and the language to speak.
private func territory(_ language: LanguageOption) throws -> (Territory, Language) {
  let project = try ProjectLoading.loadExisting(".", language: language)
  let lang = language.resolve(project: project)
  if project.diagnostics.contains(where: { $0.severity == .error }) {
    Console.error(
      LocalizedText(
        fr: "recit: des fichiers n'ont pas pu être lus entièrement ; lancez « recit check »\n",
        en: "recit: some files could not be read entirely; run “recit check”\n"
      ).text(in: lang))
  }
  return (Territory(project: project.published(includingDrafts: false), language: lang), lang)
}

private func textWidth() -> Int {
  ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 120
}

struct ActorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "acteurs",
    abstract:
      "Les acteurs du territoire d'une action à l'autre. / The territory's actors across actions.",
    discussion: """
      Sans ID : chaque acteur du projet du dossier courant, sa famille et ses actions, puis \
      les acteurs qui changent de camp. Avec ID : ses rôles récit par récit (et les non-dits), \
      les récits qu'il porte et ceux qui le contestent, ses mentions et ses étapes de quête. \
      Statut 2 pour un acteur inconnu.
      Without ID: every actor of the current folder's project, its family and actions, then \
      the actors who change side. With ID: its parts narrative by narrative (and what is left \
      unsaid), the narratives it tells and those that contest it, its mentions and quest \
      steps. Status 2 for an unknown actor.
      """,
    aliases: ["actors"])

  @Argument(help: "Identifiant d'un acteur. / An actor's id.")
  var id: String?

  @Option(help: "Format de sortie : text ou json. / Output format: text or json.")
  var format: TerritoryFormat = .text

  @OptionGroup var language: LanguageOption

  func run() throws {
    let (territory, lang) = try territory(language)
    let colors = Console.outputIsColorTerminal
    let export = JSONExport(project: territory.project)
    guard let id else {
      switch format {
      case .text: Console.out(territory.actorsText(colors: colors, width: textWidth()))
      case .json:
        Console.out(
          JSONValue.object([
            ("version", .int(JSONExport.version)),
            ("actors", .array(territory.actors.map(export.territoryActor))),
            ("sideChanges", export.sideChangesValue(territory)),
          ]).rendered())
      }
      return
    }
    guard let record = territory.record(id) else {
      var message = LocalizedText(
        fr: "recit: aucun acteur « \(id) » dans \(territory.project.root)\n",
        en: "recit: no actor “\(id)” in \(territory.project.root)\n"
      ).text(in: lang)
      if let closest = EditDistance.closest(to: id, among: territory.actors.map(\.actor.id)) {
        message += LocalizedText(
          fr: "  aide: vouliez-vous dire « \(closest) » ?\n",
          en: "  help: did you mean “\(closest)”?\n"
        ).text(in: lang)
      }
      Console.error(TerminalSafe.text(message))
      throw ExitCode(2)
    }
    switch format {
    case .text: Console.out(territory.actorText(record, colors: colors, width: textWidth()))
    case .json:
      Console.out(
        JSONValue.object([
          ("version", .int(JSONExport.version)), ("actor", export.territoryActor(record)),
        ]).rendered())
    }
  }
}

struct CoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "couverture",
    abstract:
      "Les balises du référentiel que les actions travaillent, et les familles d'acteurs de chaque action. / The référentiel's markers the actions work, and each action's families of actors.",
    discussion: """
      Pour le projet du dossier courant : les 4 invariants et leurs 23 balises face aux \
      actions qui s'en réclament, les balises qu'aucune action ne travaille, et pour chaque \
      action les familles d'acteurs présentes (élus, agents, État, acteurs socio-économiques, \
      habitants).
      For the current folder's project: the 4 invariants and their 23 markers against the \
      actions that claim them, the markers no action works, and for each action the \
      families of actors present (elected officials, staff, State, socio-economic actors, \
      residents).
      """,
    aliases: ["coverage"])

  @Option(help: "Format de sortie : text ou json. / Output format: text or json.")
  var format: TerritoryFormat = .text

  @OptionGroup var language: LanguageOption

  func run() throws {
    let (territory, _) = try territory(language)
    switch format {
    case .text:
      Console.out(territory.coverageText(colors: Console.outputIsColorTerminal, width: textWidth()))
    case .json:
      let export = JSONExport(project: territory.project)
      Console.out(
        JSONValue.object([
          ("version", .int(JSONExport.version)),
          ("coverage", export.coverageValue(territory)),
          ("unclaimed", .array(territory.unclaimed.map { .string($0.id) })),
          ("families", export.familiesValue(territory)),
        ]).rendered())
    }
  }
}
