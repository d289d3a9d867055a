import ArgumentParser
import Foundation
import RecitKit

/// The questions of `recit new action --interactive`, asked in the terminal.
struct Interview {
  let language: Language

  /// Refuses clearly, instead of waiting forever, when there is no terminal to ask in.
  static func start(language: Language) throws -> Interview {
    guard isatty(STDIN_FILENO) == 1 else {
      Console.error(
        LocalizedText(
          fr:
            "recit: --interactif a besoin d'un terminal pour poser ses questions ; donnez plutôt le titre en argument\n",
          en:
            "recit: --interactive needs a terminal to ask its questions; give the title as an argument instead\n"
        ).text(in: language)
      )
      throw ExitCode(2)
    }
    return Interview(language: language)
  }

  private func say(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  /// One line of input; nil at the end of input.
  private func ask(_ question: String) -> String? {
    Console.out(question + " ")
    return readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
  }

  func askTitle() -> String {
    while true {
      guard let answer = ask(say("Titre de l'action ?", "Title of the action?")) else { return "" }
      if !answer.isEmpty { return answer }
    }
  }

  func askSchema(sharedActors: [Actor]) -> ScaffoldAnswers {
    var answers = ScaffoldAnswers()
    Console.out(
      say(
        "Les acteurs de l'action (laissez l'identifiant vide pour finir).\n",
        "The action's actors (leave the id empty to finish).\n"))
    if !sharedActors.isEmpty {
      Console.out(
        say("Acteurs communs déjà connus : ", "Shared actors already known: ")
          + sharedActors.map(\.id).joined(separator: ", ") + "\n")
    }
    while let raw = ask(say("  Identifiant (ex. mairie) ?", "  Id (e.g. town-hall)?")), !raw.isEmpty
    {
      let id = Slug.make(raw)
      let name = ask(say("  Nom de « \(id) » ?", "  Name of “\(id)”?")) ?? id
      answers.actors.append(
        .init(id: id, name: name.isEmpty ? raw : name, category: askCategory()))
    }
    let known = Set(answers.actors.map(\.id) + sharedActors.map(\.id))
    Console.out(
      say(
        "Pour chaque rôle, donnez un ou plusieurs identifiants séparés par des virgules (vide : à compléter plus tard).\n",
        "For each role, give one or more ids separated by commas (empty: to fill in later).\n"))
    answers.senders = askIDs(
      say("Qui confie la mission (destinateur) ?", "Who gives the mission (sender)?"), known)
    answers.subjects = askIDs(
      say("Qui mène la quête (sujet) ?", "Who carries out the quest (subject)?"), known)
    let object =
      ask(
        say(
          "Que cherche la quête (objet), en une phrase ?",
          "What is the quest for (object), in one sentence?")) ?? ""
    answers.object = object.isEmpty ? nil : object
    answers.receivers = askIDs(
      say("À qui profite-t-elle (destinataires) ?", "Who benefits (receivers)?"), known)
    answers.helpers = askIDs(
      say("Qui ou quoi aide (adjuvants) ?", "Who or what helps (helpers)?"), known)
    answers.opponents = askIDs(
      say("Qui ou quoi fait obstacle (opposants) ?", "Who or what stands in the way (opponents)?"),
      known)
    return answers
  }

  private func askCategory() -> ActorCategory? {
    let names = ActorCategory.allCases.map { language == .fr ? $0.rawValue : $0.englishAlias }
    while let answer = ask(
      say(
        "  Catégorie (\(names.joined(separator: ", ")))?",
        "  Category (\(names.joined(separator: ", ")))?"))
    {
      if answer.isEmpty { return nil }
      let folded = Slug.make(answer)
      if let category = ActorCategory.allCases.first(where: {
        $0.rawValue == folded || $0.englishAlias == folded
      }) {
        return category
      }
      Console.out(say("  Catégorie inconnue.\n", "  Unknown category.\n"))
    }
    return nil
  }

  /// Ids separated by commas or spaces; unknown ids are asked again.
  private func askIDs(_ question: String, _ known: Set<String>) -> [String] {
    while let answer = ask(question) {
      let ids = answer.split(whereSeparator: { $0 == "," || $0 == " " }).map {
        Slug.make(String($0))
      }
      let unknown = ids.filter { !known.contains($0) }
      if unknown.isEmpty { return ids }
      Console.out(
        say(
          "  Inconnu : \(unknown.joined(separator: ", ")). Connus : ",
          "  Unknown: \(unknown.joined(separator: ", ")). Known: ")
          + known.sorted().joined(separator: ", ") + "\n")
    }
    return []
  }
}
