import ArgumentParser
import Foundation
import RecitKit

/// The questions of `recit new action --interactive`, asked on standard output and answered
/// line by line on standard input, a terminal or a pipe.
///
/// An answer that will not do is asked again with a short reason. The end of the input ends
/// the interview: every question not answered is left to complete in the file.
final class Interview {
  /// What the interview gathered.
  struct Outcome {
    var title: String?
    var answers = ScaffoldAnswers()
    /// Another actor who should tell the action too, and in which stance.
    var otherNarrator: (id: String, stance: Stance)?
  }

  let language: Language
  /// The language of the files written (balise ids are written in it).
  let fileLanguage: Language
  /// When the answers do not come from a terminal, they are printed after their question, so
  /// that the transcript reads as a conversation.
  private let echo = isatty(STDIN_FILENO) != 1
  private(set) var ended = false

  init(language: Language, fileLanguage: Language) {
    self.language = language
    self.fileLanguage = fileLanguage
  }

  private func say(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  /// Everything the interview prints: its questions, and what the user and the project wrote
  /// (answers echoed, names from acteurs.yml), made visible rather than obeyed by a terminal.
  private func show(_ text: String) { Console.out(TerminalSafe.text(text)) }

  /// One line of input, trimmed; nil at the end of input (and for every question after it).
  private func ask(_ question: String) -> String? {
    guard !ended else { return nil }
    show(question + " ")
    guard let line = readLine(strippingNewline: true) else {
      ended = true
      show("\n")
      return nil
    }
    let answer = line.trimmingCharacters(in: .whitespaces)
    if echo { show(answer + "\n") }
    return answer
  }

  private func again(_ reason: String) { show("  " + reason + "\n") }

  /// The whole interview. `suggested` holds the project's actors that fit the scaffold's
  /// roles, offered as the default answers.
  func run(title given: String?, project: Project, suggested: ScaffoldAnswers) -> Outcome {
    var outcome = Outcome(title: given)
    if given == nil {
      outcome.title = askTitle()
      if outcome.title == nil { return outcome }
    }
    var answers = ScaffoldAnswers()
    answers.date = askDate()
    answers.summary = askText(
      say(
        "Résumé, en deux phrases (vide : à compléter plus tard) ?",
        "Summary, in two sentences (empty: to fill in later)?"))
    answers.balises = askBalises()
    answers.actors = askActors(shared: project.actors)
    let known = Set(answers.actors.map(\.id) + project.actors.map(\.id))
    show(
      say(
        "Pour chaque rôle, un ou plusieurs identifiants séparés par des virgules. Entrée seule : la proposition entre crochets, s'il y en a une ; « - » : à compléter plus tard.\n",
        "For each role, one or more ids separated by commas. Enter alone: the suggestion in brackets, if any; “-”: to fill in later.\n"
      ))
    answers.senders = askIDs(
      say("Qui confie la mission (destinateur) ?", "Who gives the mission (sender)?"), known,
      suggested: suggested.senders)
    answers.subjects = askIDs(
      say("Qui mène la quête (sujet) ?", "Who carries out the quest (subject)?"), known,
      suggested: suggested.subjects)
    answers.object = askText(
      say(
        "Que cherche la quête (objet), en une phrase ?",
        "What is the quest for (object), in one sentence?"))
    answers.receivers = askIDs(
      say("À qui profite-t-elle (destinataires) ?", "Who benefits (receivers)?"), known,
      suggested: suggested.receivers)
    answers.helpers = askIDs(
      say("Qui ou quoi aide (adjuvants) ?", "Who or what helps (helpers)?"), known,
      suggested: nil)
    answers.opponents = askIDs(
      say("Qui ou quoi fait obstacle (opposants) ?", "Who or what stands in the way (opponents)?"),
      known, suggested: nil)
    answers.steps = askSteps(known: known, answers: answers)
    outcome.answers = answers
    outcome.otherNarrator = askOtherNarrator(known)
    return outcome
  }

  private func askTitle() -> String? {
    while let answer = ask(say("Titre de l'action ?", "Title of the action?")) {
      if !answer.isEmpty { return answer }
      again(say("Il faut un titre pour créer l'action.", "The action needs a title."))
    }
    return nil
  }

  private func askDate() -> String? {
    let today = ProjectSkeleton.today
    while let answer = ask(
      say(
        "Date de l'action (AAAA, AAAA-MM ou AAAA-MM-JJ) ? [\(today)]",
        "Date of the action (YYYY, YYYY-MM or YYYY-MM-DD)? [\(today)]"))
    {
      if answer.isEmpty { return nil }
      if PartialDate(answer) != nil { return answer }
      again(
        say(
          "« \(answer) » n'est pas une date : écrivez par exemple 2019-03 pour mars 2019.",
          "“\(answer)” is not a date: write for instance 2019-03 for March 2019."))
    }
    return nil
  }

  private func askText(_ question: String) -> String? {
    guard let answer = ask(question), !answer.isEmpty else { return nil }
    return answer
  }

  /// The référentiel's balises as a numbered list; several numbers (or ids) may be given.
  private func askBalises() -> [String] {
    let all = Referentiel.balises
    var list = say("Les balises du référentiel :\n", "The référentiel's markers:\n")
    for (index, balise) in all.enumerated() {
      let number = String(index + 1).leftPadded(to: 4)
      list += "\(number). \(balise.id.padded(to: 14)) \(balise.title.text(in: language))\n"
    }
    show(list)
    let question = say(
      "Numéros des balises que l'action sert, séparés par des espaces ou des virgules (vide : celles du modèle) ?",
      "Numbers of the markers the action serves, separated by spaces or commas (empty: the template's)?"
    )
    while let answer = ask(question) {
      var chosen: [Balise] = []
      var wrong: [String] = []
      for word in answer.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
        if let number = Int(word), all.indices.contains(number - 1) {
          chosen.append(all[number - 1])
        } else if let balise = Referentiel.balise(named: word.lowercased()) {
          chosen.append(balise)
        } else {
          wrong.append(word)
        }
      }
      if wrong.isEmpty {
        var seen = Set<String>()
        return chosen.filter { seen.insert($0.id).inserted }.map { balise in
          fileLanguage == .fr
            ? balise.id : "\(balise.invariant.englishAlias)/\(balise.number)"
        }
      }
      again(
        say(
          "Pas dans la liste : \(wrong.joined(separator: ", ")). Donnez des numéros de 1 à \(all.count).",
          "Not in the list: \(wrong.joined(separator: ", ")). Give numbers from 1 to \(all.count).")
      )
    }
    return []
  }

  private func askActors(shared: [Actor]) -> [ScaffoldAnswers.NewActor] {
    if !shared.isEmpty {
      show(
        say(
          "Les acteurs communs du projet (acteurs.yml), à désigner par leur identifiant :\n",
          "The project's shared actors (acteurs.yml), named by their id:\n")
          + shared.map { "  \($0.id) : \($0.displayName)\n" }.joined())
    }
    show(
      say(
        "Les autres acteurs de l'action, propres à elle (laissez l'identifiant vide pour finir).\n",
        "The action's other actors, its own (leave the id empty to finish).\n"))
    var actors: [ScaffoldAnswers.NewActor] = []
    let taken = Set(shared.map(\.id))
    while let raw = ask(say("  Identifiant (ex. amap) ?", "  Id (e.g. town-hall)?")), !raw.isEmpty {
      let id = Slug.make(raw)
      if taken.contains(id) || actors.contains(where: { $0.id == id }) {
        again(
          say(
            "« \(id) » est déjà déclaré : désignez-le simplement par son identifiant.",
            "“\(id)” is already declared: just name it by its id."))
        continue
      }
      let name = ask(say("  Nom de « \(id) » ?", "  Name of “\(id)”?")) ?? ""
      actors.append(.init(id: id, name: name.isEmpty ? raw : name, category: askCategory()))
    }
    return actors
  }

  private func askCategory() -> ActorCategory? {
    let names = ActorCategory.allCases.map { language == .fr ? $0.rawValue : $0.englishAlias }
    while let answer = ask(
      say(
        "  Catégorie (\(names.joined(separator: ", "))) ?",
        "  Category (\(names.joined(separator: ", ")))?"))
    {
      if answer.isEmpty { return nil }
      let folded = Slug.make(answer)
      if let category = ActorCategory.allCases.first(where: {
        $0.rawValue == folded || $0.englishAlias == folded
      }) {
        return category
      }
      again(say("Catégorie inconnue.", "Unknown category."))
    }
    return nil
  }

  /// Ids separated by commas or spaces. Enter alone takes the suggestion; `-` leaves the role
  /// to fill in later (an empty list); unknown ids are asked again. Nil only at the end of
  /// input, so that the scaffold makes its own suggestion.
  private func askIDs(_ question: String, _ known: Set<String>, suggested: [String]?)
    -> [String]?
  {
    let shown = suggested.map { " [" + $0.joined(separator: ", ") + "]" } ?? ""
    while let answer = ask(question + shown) {
      if answer.isEmpty { return suggested ?? [] }
      if answer == "-" { return [] }
      let ids = answer.split(whereSeparator: { $0 == "," || $0 == " " }).map {
        Slug.make(String($0))
      }
      let unknown = ids.filter { !known.contains($0) }
      if unknown.isEmpty {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
      }
      again(
        say(
          "Inconnu : \(unknown.joined(separator: ", ")). Connus : ",
          "Unknown: \(unknown.joined(separator: ", ")). Known: ")
          + known.sorted().joined(separator: ", "))
    }
    return nil
  }

  /// The quest, one step after the other, numbered 0, 1, 2…
  private func askSteps(known: Set<String>, answers: ScaffoldAnswers) -> [ScaffoldAnswers.Step] {
    show(
      say(
        "La quête, étape par étape, dans l'ordre où les choses se sont passées.\n",
        "The quest, step by step, in the order things happened.\n"))
    var steps: [ScaffoldAnswers.Step] = []
    while let action = ask(
      say(
        "Étape suivante (n° \(steps.count), vide pour finir) : qu'a-t-on fait ?",
        "Next step (no. \(steps.count), empty to finish): what was done?")),
      !action.isEmpty
    {
      let number = steps.count
      let usual = number == 0 ? answers.senders : answers.subjects
      let actors =
        askIDs(
          say("  Qui agit à l'étape \(number) ?", "  Who acts at step \(number)?"), known,
          suggested: usual?.isEmpty == false ? usual : nil) ?? []
      let targets = known.union((0..<number).map(String.init))
      let influences =
        askIDs(
          say(
            "  Sur qui, ou sur quelle étape, a-t-elle une influence (vide : aucune) ?",
            "  On whom, or on which step, does it have an influence (empty: none)?"),
          targets, suggested: nil) ?? []
      steps.append(.init(action: action, actors: actors, influences: influences))
    }
    return steps
  }

  private func askOtherNarrator(_ known: Set<String>) -> (id: String, stance: Stance)? {
    let question = say(
      "Un autre acteur devrait-il raconter cette action à sa façon (son identifiant ; vide : non) ?",
      "Should another actor tell this action their own way (their id; empty: no)?")
    var narrator: String?
    while let answer = ask(question), !answer.isEmpty {
      let id = Slug.make(answer)
      if known.contains(id) {
        narrator = id
        break
      }
      again(
        say("Inconnu : \(id). Connus : ", "Unknown: \(id). Known: ")
          + known.sorted().joined(separator: ", "))
    }
    guard let narrator else { return nil }
    while let answer = ask(
      say(
        "  Sa posture : alternatif (il la voit autrement) ou contradictoire (il la conteste) ? [alternatif]",
        "  Their stance: alternative (they see it differently) or contradictory (they contest it)? [alternative]"
      ))
    {
      if answer.isEmpty { return (narrator, .alternative) }
      let folded = Slug.make(answer)
      if let stance = [Stance.alternative, .contradictory].first(where: {
        [$0.rawValue, $0.englishAlias].contains(folded)
      }) {
        return (narrator, stance)
      }
      again(say("Répondez alternatif ou contradictoire.", "Answer alternative or contradictory."))
    }
    return (narrator, .alternative)
  }
}

extension String {
  fileprivate func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
