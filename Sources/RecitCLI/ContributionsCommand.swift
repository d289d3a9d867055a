import ArgumentParser
import Foundation
import RecitContributions
import RecitKit
import RecitModel
import RecitServe

/// `recit contributions`: the facilitator's side of the contribution form, on the command line:
/// workshop links, accounts, the queue, decisions, the purge and the journal.
struct ContributionsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "contributions",
    abstract:
      "Relire les contributions reçues par le formulaire de recit serve. / Review the contributions received by recit serve's form.",
    discussion: """
      Les contributions arrivent par « recit serve --contributions » et attendent une \
      décision : rien n'entre dans le projet sans être accepté. Voir docs/contributions.fr.md.
      Contributions arrive through “recit serve --contributions” and wait for a decision: \
      nothing enters the project unless accepted. See docs/contributions.en.md.
      """,
    subcommands: [
      LinkCommand.self, AccountCommand.self, ListCommand.self, ShowCommand.self,
      AcceptCommand.self, RejectCommand.self, PurgeCommand.self, JournalCommand.self,
    ])
}

/// The project and the store every subcommand names.
struct StoreOptions: ParsableArguments {
  @Argument(help: "Projet (défaut : .). / Project.")
  var path: String = "."

  @Option(
    help:
      "Base des contributions : sqlite:CHEMIN ou postgres://… (défaut : .recit/contributions.sqlite du projet). / Contributions' database."
  )
  var database: String?

  @OptionGroup var language: LanguageOption

  func validate() throws {
    if let database, StoreLocation.parse(database) == nil {
      throw ValidationError(
        "base illisible « \(database) » (sqlite:CHEMIN ou postgres://…) / unreadable database “\(database)” (--database)"
      )
    }
  }

  /// The project (which must exist), its language and its store, opened and migrated.
  func open() async throws -> (project: Project, language: Language, store: ContributionStore) {
    let project = try ProjectLoading.loadExisting(path, language: language)
    let lang = language.resolve(project: project)
    let location = database.flatMap(StoreLocation.parse) ?? .inProject(project.root)
    do {
      return (project, lang, try await ContributionStore.open(location))
    } catch {
      Console.error(
        LocalizedText(
          fr: "recit contributions : impossible d'ouvrir la base (\(String(describing: error)))\n",
          en: "recit contributions: cannot open the database (\(String(describing: error)))\n"
        ).text(in: lang))
      throw ExitCode(2)
    }
  }

  /// Who the command line decides as: `$RECIT_ANIMATEUR`, else the system user.
  static var author: String {
    let environment = ProcessInfo.processInfo.environment
    return environment["RECIT_ANIMATEUR"] ?? environment["USER"] ?? "animateur"
  }
}

extension ContributionsCommand {
  struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lien", abstract: "Créer un lien d'atelier. / Create a workshop link.",
      aliases: ["link"])

    @OptionGroup var options: StoreOptions

    @Option(help: "Durée de validité (défaut : 7j ; 12h, 30j). / Lifetime (7d, 12h).")
    var expire: String = "7j"

    @Option(
      help: "Nom de l'atelier, affiché aux participants. / Workshop's name, shown to participants.")
    var nom: String?

    func validate() throws {
      if ContributionSettings.lifetime(expire) == nil {
        throw ValidationError(
          "durée illisible « \(expire) » (7j, 12h, 90min) / unreadable lifetime “\(expire)” (--expire)"
        )
      }
    }

    func run() async throws {
      let (project, language, store) = try await options.open()
      defer { Task { try? await store.shutdown() } }
      let label =
        nom ?? project.settings.title?.value ?? project.settings.territory?.value ?? "atelier"
      let link = try await store.createLink(
        label: String(label.prefix(200)),
        lifetime: ContributionSettings.lifetime(expire) ?? 7 * 86400,
        by: StoreOptions.author)
      let until = ISO8601DateFormatter().string(
        from: Date(timeIntervalSince1970: TimeInterval(link.expires)))
      Console.out(
        """
        code: \(link.code)
        lien: /atelier/\(link.code)
        expire: \(until)

        """)
      Console.error(
        LocalizedText(
          fr:
            "Donnez aux participants l'adresse du serveur suivie de /atelier/\(link.code) (par exemple http://127.0.0.1:8080/atelier/\(link.code)).\n",
          en:
            "Give the participants the server's address followed by /atelier/\(link.code) (for instance http://127.0.0.1:8080/atelier/\(link.code)).\n"
        ).text(in: language))
      try await store.shutdown()
    }
  }

  struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "compte",
      abstract:
        "Créer un compte d'animation ou changer son mot de passe (lu sur l'entrée standard). / Create a facilitator's account or change its password (read on standard input).",
      aliases: ["account"])

    @Argument(help: "Nom du compte. / Account's name.")
    var name: String

    @OptionGroup var options: StoreOptions

    func validate() throws {
      if !Accounts.isValidName(name) {
        throw ValidationError(
          "nom de compte refusé « \(name) » (lettres, chiffres, - _ . @ ; 64 au plus) / account name refused (letters, digits, - _ . @)"
        )
      }
    }

    func run() async throws {
      let (_, language, store) = try await options.open()
      if isatty(0) != 0 {
        Console.error(
          LocalizedText(fr: "Mot de passe pour \(name) : ", en: "Password for \(name): ").text(
            in: language))
      }
      let password = (readLine(strippingNewline: true) ?? "")
      guard password.count >= Accounts.minimumLength else {
        Console.error(
          LocalizedText(
            fr:
              "recit contributions : mot de passe trop court (\(Accounts.minimumLength) caractères au moins)\n",
            en:
              "recit contributions: password too short (\(Accounts.minimumLength) characters at least)\n"
          ).text(in: language))
        try await store.shutdown()
        throw ExitCode(1)
      }
      try await store.setPassword(name, hash: Accounts.hash(password))
      Console.out(
        LocalizedText(
          fr: "Compte « \(name) » enregistré.\n", en: "Account “\(name)” stored.\n"
        ).text(in: language))
      try await store.shutdown()
    }
  }

  struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract:
        "Les contributions en attente (toutes avec --tout). / Pending contributions (all with --tout).",
      aliases: ["liste"])

    @OptionGroup var options: StoreOptions

    @Flag(
      name: [.customLong("tout"), .customLong("all")],
      help: "Toutes, décidées comprises. / All, decided ones too.")
    var all = false

    @Flag(help: "En JSON. / As JSON.")
    var json = false

    func run() async throws {
      let (project, language, store) = try await options.open()
      let list = try await store.contributions(all ? nil : [.pending])
      try await store.shutdown()
      if json {
        let objects = list.map { ContributionsCommand.summary($0) }
        let data = try JSONSerialization.data(
          withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        Console.out(String(decoding: data, as: UTF8.self) + "\n")
        return
      }
      if list.isEmpty {
        Console.out(
          LocalizedText(
            fr: all ? "Aucune contribution.\n" : "Aucune contribution en attente.\n",
            en: all ? "No contribution.\n" : "No pending contribution.\n"
          ).text(in: language))
        return
      }
      for contribution in list {
        let title = contribution.draft.title ?? "—"
        let action =
          project.actions.first { $0.id == contribution.actionID }?.title?.value
          ?? contribution.actionID
        Console.out(
          TerminalSafe.text(
            "\(contribution.id)  \(contribution.status.label.text(in: language))  \(contribution.actionID)  \(ContributionsCommand.narrator(contribution, project))  « \(title) »  (\(action))"
          ) + "\n")
      }
    }
  }

  struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Une contribution en entier. / One contribution in full.",
      aliases: ["voir"])

    @Argument(help: "Numéro de la contribution. / Contribution's id.")
    var id: String

    @OptionGroup var options: StoreOptions

    func run() async throws {
      let (project, language, store) = try await options.open()
      let found = try await store.contribution(id)
      try await store.shutdown()
      guard let contribution = found else {
        Console.error(
          LocalizedText(
            fr: "recit contributions : aucune contribution « \(id) »\n",
            en: "recit contributions: no contribution “\(id)”\n"
          ).text(in: language))
        throw ExitCode(1)
      }
      let draft = contribution.draft
      func tr(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
      var lines = [
        "\(tr("Contribution", "Contribution")) \(contribution.id) — \(contribution.status.label.text(in: language))",
        "\(tr("Action", "Action")) : \(contribution.actionID)",
        "\(tr("Raconté par", "Told by")) : \(ContributionsCommand.narrator(contribution, project))"
          + (draft.showsName ? "" : tr(" (nom non affiché)", " (name not shown)")),
        "\(tr("Regard", "View")) : \(draft.stance.rawValue)",
        "\(tr("Titre", "Title")) : \(draft.title ?? "—")",
      ]
      for role in ContributionRoles.actorRoles {
        if let ids = draft.roles[role], !ids.isEmpty {
          lines.append(
            "\(ContributionRoles.label(role).text(in: language)) : \(ids.joined(separator: ", "))")
        }
      }
      if let object = draft.object {
        lines.append("\(ContributionRoles.label("objet").text(in: language)) : \(object)")
      }
      for disagreement in draft.disagreements {
        lines.append(
          "\(tr("Désaccord", "Disagreement"))\(disagreement.role.map { " (\($0))" } ?? "") : \(disagreement.text)"
        )
      }
      if let decided = contribution.decidedBy {
        lines.append(
          "\(tr("Décidé par", "Decided by")) : \(decided)\(contribution.decisionNote.map { " — \($0)" } ?? "")"
        )
      }
      if let file = contribution.acceptedFile { lines.append("\(tr("Fichier", "File")) : \(file)") }
      lines.append("")
      lines.append(draft.text)
      if contribution.status == .pending,
        let diff = try? ContributionWriter(root: project.root).change(since: contribution)
      {
        lines.append("")
        lines.append(
          tr("L'action a changé depuis l'envoi :", "The action changed since it was sent:"))
        lines.append(diff)
      }
      Console.out(TerminalSafe.text(lines.joined(separator: "\n")) + "\n")
    }
  }

  struct AcceptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "accept",
      abstract:
        "Accepter : le récit devient un fichier de l'action, vérifié. / Accept: the narrative becomes a file of the action, checked.",
      aliases: ["accepter"])

    @Argument(help: "Numéro de la contribution. / Contribution's id.")
    var id: String

    @OptionGroup var options: StoreOptions

    @Option(help: "Note gardée au journal. / Note kept in the log.")
    var note: String?

    @Flag(
      name: .customLong("malgre-changements"),
      help:
        "Accepter même si l'action a changé depuis l'envoi. / Accept even if the action changed since."
    )
    var despiteChanges = false

    func run() async throws {
      let (project, language, store) = try await options.open()
      let moderation = Moderation(store: store, root: project.root)
      let result = try await moderation.accept(
        id, by: StoreOptions.author, note: note, despiteChanges: despiteChanges)
      try await store.shutdown()
      switch result {
      case .success(let outcome):
        Console.out(
          LocalizedText(
            fr: "Contribution \(id) acceptée : \(outcome.file) écrit",
            en: "Contribution \(id) accepted: \(outcome.file) written"
          ).text(in: language)
            + (outcome.addedActor.map {
              LocalizedText(
                fr: " ; acteur « \($0) » ajouté à \(Scaffolder.actorsFile)",
                en: "; actor “\($0)” added to \(Scaffolder.actorsFile)"
              ).text(in: language)
            } ?? "") + ".\n")
      case .failure(let refusal):
        Console.error(
          TerminalSafe.text("recit contributions : " + refusal.message.text(in: language)) + "\n")
        if case .writer(.changed) = refusal {
          Console.error(
            LocalizedText(
              fr:
                "Relisez la différence, puis acceptez avec --malgre-changements si elle ne change rien au récit.\n",
              en:
                "Read the difference, then accept with --malgre-changements if it changes nothing for the narrative.\n"
            ).text(in: language))
        }
        throw ExitCode(1)
      }
    }
  }

  struct RejectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reject",
      abstract:
        "Refuser (effacée après le délai de conservation). / Reject (deleted after the keeping delay).",
      aliases: ["refuser"])

    @Argument(help: "Numéro de la contribution. / Contribution's id.")
    var id: String

    @OptionGroup var options: StoreOptions

    @Option(help: "Motif gardé au journal. / Reason kept in the log.")
    var note: String?

    func run() async throws {
      let (project, language, store) = try await options.open()
      let result = try await Moderation(store: store, root: project.root).reject(
        id, by: StoreOptions.author, note: note)
      try await store.shutdown()
      switch result {
      case .success:
        Console.out(
          LocalizedText(fr: "Contribution \(id) refusée.\n", en: "Contribution \(id) rejected.\n")
            .text(in: language))
      case .failure(let refusal):
        Console.error(
          TerminalSafe.text("recit contributions : " + refusal.message.text(in: language)) + "\n")
        throw ExitCode(1)
      }
    }
  }

  struct PurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "purge",
      abstract:
        "Effacer les contributions refusées depuis plus que le délai. / Delete contributions rejected longer ago than the delay.",
      aliases: ["purger"])

    @OptionGroup var options: StoreOptions

    @Option(
      name: .customLong("conserver-refus"), help: "Délai (défaut : 30j ; 0j pour toutes). / Delay.")
    var keep: String = "30j"

    func run() async throws {
      let (_, language, store) = try await options.open()
      let seconds =
        keep.trimmingCharacters(in: .whitespaces).hasPrefix("0")
        ? 0 : ContributionSettings.lifetime(keep)
      guard let seconds else {
        try await store.shutdown()
        throw ValidationError("délai illisible « \(keep) » / unreadable delay (--conserver-refus)")
      }
      let gone = try await store.purge(
        rejectedBefore: ContributionStore.now() - seconds + (seconds == 0 ? 1 : 0),
        by: StoreOptions.author)
      try await store.shutdown()
      Console.out(
        LocalizedText(
          fr: "\(gone) contribution(s) refusée(s) effacée(s).\n",
          en: "\(gone) rejected contribution(s) deleted.\n"
        ).text(in: language))
    }
  }

  struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "journal",
      abstract:
        "Le journal des décisions : qui, quand, quoi. / The decisions' log: who, when, what.",
      aliases: ["log"])

    @OptionGroup var options: StoreOptions

    @Flag(help: "En JSON. / As JSON.")
    var json = false

    func run() async throws {
      let (_, _, store) = try await options.open()
      let entries = try await store.journal()
      try await store.shutdown()
      let formatter = ISO8601DateFormatter()
      if json {
        let objects: [[String: Any]] = entries.map {
          [
            "quand": formatter.string(from: Date(timeIntervalSince1970: TimeInterval($0.at))),
            "qui": $0.actor, "quoi": $0.event, "contribution": $0.contribution ?? NSNull(),
            "detail": $0.detail,
          ]
        }
        let data = try JSONSerialization.data(
          withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        Console.out(String(decoding: data, as: UTF8.self) + "\n")
        return
      }
      for entry in entries {
        let when = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(entry.at)))
        Console.out(
          TerminalSafe.text(
            "\(when)  \(entry.actor)  \(entry.event)  \(entry.contribution ?? "-")  \(entry.detail)"
          )
            + "\n")
      }
    }
  }

  static func narrator(_ contribution: Contribution, _ project: Project) -> String {
    switch contribution.draft.narrator {
    case .existing(let id): project.actors.first { $0.id == id }?.name?.value ?? id
    case .new(let name, _): name
    }
  }

  static func summary(_ contribution: Contribution) -> [String: Any] {
    let narrator: String
    switch contribution.draft.narrator {
    case .existing(let id): narrator = id
    case .new(let name, _): narrator = name
    }
    return [
      "id": contribution.id, "action": contribution.actionID,
      "statut": contribution.status.rawValue,
      "cree": ISO8601DateFormatter().string(
        from: Date(timeIntervalSince1970: TimeInterval(contribution.created))),
      "narrateur": narrator, "posture": contribution.draft.stance.rawValue,
      "titre": contribution.draft.title ?? NSNull(),
      "fichier": contribution.acceptedFile ?? NSNull(),
    ]
  }
}
