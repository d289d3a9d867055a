import ArgumentParser
import Foundation
import RecitContributions
import RecitKit
import RecitServe

struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract:
      "Voir le site dans le navigateur pendant l'écriture. / See the site in the browser while writing.",
    discussion: """
      Construit le projet en mémoire (HTML, DocBook, SVG, JSON ; rien n'est écrit sur le \
      disque), le sert à http://127.0.0.1:8080/ et le reconstruit à chaque enregistrement : \
      les pages ouvertes se rechargent d'elles-mêmes, les erreurs s'affichent dans la page et \
      dans le terminal. Ctrl-C l'arrête.
      Builds the project in memory (nothing is written to disk), serves it at \
      http://127.0.0.1:8080/ and rebuilds it on each save: open pages reload by themselves, \
      errors show in the page and in the terminal. Ctrl-C stops it.
      """)

  @Argument(
    help: "Projet, dossier d'action ou fichier (défaut : .). / Project, action folder or file.")
  var path: String = "."

  @Option(help: "Port d'écoute ; 0 pour un port libre (défaut : 8080). / Port; 0 for a free one.")
  var port: Int = 8080

  @Option(
    help:
      "Adresse d'écoute (défaut : 127.0.0.1, cette machine seule). / Address to listen on (default: this machine only)."
  )
  var host: String = "127.0.0.1"

  @Option(
    help:
      "Scruter le projet à cet intervalle au lieu d'inotify (500ms, 2s). / Scan the project at this interval instead of inotify."
  )
  var poll: String?

  @Option(
    help:
      "Formats servis, séparés par des virgules (défaut : html,docbook,json). / Formats served, comma-separated.",
    transform: { text in
      try text.split(separator: ",").map {
        let word = $0.trimmingCharacters(in: .whitespaces)
        guard let format = ExportFormat(rawValue: word) else {
          let known = ExportFormat.allCases.map(\.rawValue)
          throw UsageErrors.unknown(
            LocalizedText(
              fr: "format inconnu « \(word) » (\(known.joined(separator: ", ")))",
              en: "unknown format “\(word)” (\(known.joined(separator: ", ")))"),
            word, among: known)
        }
        return format
      }
    })
  var format: [ExportFormat] = [.html, .docbook, .json]

  @Flag(help: "Ne pas valider le DocBook servi. / Do not validate the DocBook served.")
  var noValidate = false

  @Flag(
    help:
      "Ouvrir le formulaire « Racontez-la autrement » et sa relecture (voir recit contributions). / Open the “Tell it your way” form and its review."
  )
  var contributions = false

  @Option(
    help:
      "Base des contributions : sqlite:CHEMIN ou postgres://… (défaut : .recit/contributions.sqlite du projet). / Contributions' database."
  )
  var database: String?

  @Option(
    name: .customLong("limite-adresse"),
    help:
      "Envois par minute depuis une même adresse (défaut : 10). / Submissions per minute per address."
  )
  var perAddress: Int = 10

  @Option(
    name: .customLong("limite-code"),
    help:
      "Envois par minute pour un même lien d'atelier (défaut : 60). / Submissions per minute per workshop link."
  )
  var perCode: Int = 60

  @Option(
    name: .customLong("duree-minimale"),
    help:
      "Temps minimal entre l'ouverture du formulaire et son envoi (défaut : 3s). / Least time between opening and sending the form."
  )
  var minimumFill: String = "3s"

  @Option(
    name: .customLong("conserver-refus"),
    help:
      "Délai avant l'effacement des contributions refusées (défaut : 30j). / How long rejected contributions are kept."
  )
  var keepRejected: String = "30j"

  @OptionGroup var language: LanguageOption

  func validate() throws {
    if let database, StoreLocation.parse(database) == nil {
      throw ValidationError(
        "base illisible « \(database) » (sqlite:CHEMIN ou postgres://…) / unreadable database “\(database)” (--database)"
      )
    }
    if perAddress < 1 || perCode < 1 {
      throw ValidationError(
        "une limite vaut au moins 1 / a limit is at least 1 (--limite-adresse, --limite-code)")
    }
    if minimumFill.trimmingCharacters(in: .whitespaces) != "0s",
      ServeConfiguration.duration(minimumFill) == nil
    {
      throw ValidationError(
        "durée illisible « \(minimumFill) » (3s, 0s) / unreadable duration “\(minimumFill)” (--duree-minimale)"
      )
    }
    if ContributionSettings.lifetime(keepRejected) == nil {
      throw ValidationError(
        "délai illisible « \(keepRejected) » (30j, 12h) / unreadable delay “\(keepRejected)” (--conserver-refus)"
      )
    }
    if format.isEmpty {
      throw ValidationError("aucun format demandé / no format asked (--format html,docbook…)")
    }
    guard (0...65535).contains(port) else {
      throw ValidationError("port hors de 0…65535 / port outside 0…65535 (--port \(port))")
    }
    if host.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("adresse vide / empty address (--host)")
    }
    if let poll, ServeConfiguration.duration(poll) == nil {
      throw ValidationError(
        "durée illisible « \(poll) » (500ms, 2s ; de 10 ms à 1 h) / unreadable duration “\(poll)” (500ms, 2s; 10 ms to 1 h) (--poll)"
      )
    }
  }

  func run() async throws {
    let workspace = try await ProjectLoading.workspace(path, language: language)
    let lang = language.resolve(project: await workspace.project)
    if !ServeConfiguration.isLoopback(host) {
      Console.error(
        LocalizedText(
          fr:
            "recit serve : attention, --host \(host) rend le site et ses diagnostics visibles depuis d'autres machines du réseau ; gardez 127.0.0.1 sauf besoin\n",
          en:
            "recit serve: warning, --host \(host) makes the site and its diagnostics reachable from other machines on the network; keep 127.0.0.1 unless needed\n"
        ).text(in: lang))
    }
    // Ctrl-C ends the process at once: nothing is written, nothing is left to tidy.
    signal(SIGINT, SIG_DFL)
    let configuration = ServeConfiguration(
      host: host, port: port, poll: poll.flatMap(ServeConfiguration.duration),
      request: BuildRequest(formats: Set(format), validate: !noValidate),
      language: language.language,
      contributions: contributions
        ? ContributionSettings(
          store: database.flatMap(StoreLocation.parse)
            ?? .inProject(workspace.root),
          perAddress: perAddress, perCode: perCode,
          minimumFill: ServeConfiguration.duration(minimumFill) ?? .zero,
          keepRejected: ContributionSettings.lifetime(keepRejected) ?? 30 * 86400)
        : nil)
    let server = RecitServer(
      workspace: workspace, configuration: configuration,
      defaultLanguage: LanguageOption.environmentLanguage,
      log: { Console.error($0) })
    let shownHost = host.contains(":") ? "[\(host)]" : host
    do {
      try await server.run { port in
        Console.out(
          LocalizedText(
            fr: "recit serve : http://\(shownHost):\(port)/ (Ctrl-C pour arrêter)\n",
            en: "recit serve: http://\(shownHost):\(port)/ (Ctrl-C to stop)\n"
          ).text(in: lang))
      }
    } catch {
      Console.error("recit serve: \(error.message.text(in: lang))\n")
      throw ExitCode(2)
    }
  }
}
