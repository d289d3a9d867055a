import ArgumentParser
import Foundation
import RecitKit

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract:
      "Comparer les récits d'une action : rôles, désaccords, étapes. / Compare an action's narratives: roles, disagreements, steps.",
    discussion: """
      ACTION : un identifiant d'action (dans le projet du dossier courant), un dossier ou un \
      fichier d'action, ou un dossier de projet ; sans ACTION, toutes les actions du projet \
      du dossier courant. Statut 2 pour une action inconnue.
      ACTION: an action id (in the project of the current folder), an action folder or file, \
      or a project folder; without ACTION, every action of the current folder's project. \
      Status 2 for an unknown action.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, html, markdown
  }

  @Argument(help: "Action : identifiant, dossier ou fichier. / Action: id, folder or file.")
  var action: String?

  @Option(help: "Format de sortie : text, json, html ou markdown. / Output format.")
  var format: Format = .text

  @Flag(
    help:
      "Avec --format html : le seul fragment <section> (sans page ni style), à inclure dans une page. / With --format html: the <section> fragment alone (no page, no style), to include in a page."
  )
  var fragment = false

  @OptionGroup var language: LanguageOption

  func validate() throws {
    if fragment && format != .html {
      throw ValidationError(
        "« --fragment » ne s'emploie qu'avec « --format html ». / “--fragment” only goes with “--format html”."
      )
    }
  }

  func run() throws {
    let (project, actions) = try selection()
    let lang = language.resolve(project: project)
    if project.diagnostics.contains(where: { $0.severity == .error }) {
      Console.error(
        LocalizedText(
          fr: "recit: des fichiers n'ont pas pu être lus entièrement ; lancez « recit check »\n",
          en: "recit: some files could not be read entirely; run “recit check”\n"
        ).text(in: lang))
    }
    let comparisons = actions.map { Comparison(project: project, action: $0) }
    // A JSON document and an HTML page say "nothing" in their own form.
    let isDocument = format == .json || (format == .html && !fragment)
    if comparisons.isEmpty && !isDocument {
      Console.out(
        LocalizedText(fr: "Aucune action à comparer.\n", en: "No action to compare.\n").text(
          in: lang))
      return
    }
    switch format {
    case .text:
      let (colors, width) = (Console.outputIsColorTerminal, Self.outputWidth)
      Console.out(
        comparisons.map { $0.text(in: lang, colors: colors, width: width) }
          .joined(separator: "\n"))
    case .json: Console.out(Comparison.jsonDocument(comparisons).rendered())
    case .markdown: Console.out(comparisons.map { $0.markdown(in: lang) }.joined(separator: "\n"))
    case .html where fragment: Console.out(comparisons.map { $0.htmlFragment(in: lang) }.joined())
    case .html:
      Console.out(
        Comparison.htmlPage(
          comparisons, projectTitle: Self.title(of: project), in: lang,
          stylesheet: Self.stylesheet(of: project)))
    }
  }

  /// The stylesheet `recit build` writes for the project: its own
  /// `templates/layouts/defaut/style.css`, else the built-in one.
  private static func stylesheet(of project: Project) -> String {
    let templates = TemplateSet(projectRoot: project.hasSettingsFile ? project.root : nil)
    return
      (templates.file(named: "layouts/\(Builder.defaultLayout)/style.css")
      ?? TemplateSet.builtIn.file(named: "layouts/\(Builder.defaultLayout)/style.css"))?.content
      ?? ""
  }

  /// The project's title, else its folder's name.
  private static func title(of project: Project) -> String {
    project.settings.title?.value ?? URL(fileURLWithPath: project.root).lastPathComponent
  }

  /// The width to fit text in: `COLUMNS`, else the terminal's, else 120.
  private static var outputWidth: Int {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) {
      return columns
    }
    var size = winsize()
    let status = withUnsafeMutablePointer(to: &size) { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }
    return status == 0 && size.ws_col > 0 ? Int(size.ws_col) : 120
  }

  /// The project and the actions to compare: a path loads what it names; a word that is no
  /// path names an action of the project in the current folder.
  private func selection() throws -> (Project, [Action]) {
    guard let action else {
      let project = try ProjectLoading.load(".", language: language)
      return (project, project.actions)
    }
    if FileManager.default.fileExists(atPath: action) || action.contains("/") {
      let project = try ProjectLoading.load(action, language: language)
      guard !project.actions.isEmpty else { throw unknown(action, in: project) }
      return (project, project.actions)
    }
    // From inside an action folder, "." is that action only: an id names one of the whole
    // project's actions, so read the project from its root.
    var project = try ProjectLoading.load(".", language: language)
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
    if project.hasSettingsFile && here.path != project.root {
      project = try ProjectLoading.load(project.root, language: language)
    }
    guard let found = ActionLookup.action(action, in: project) else {
      throw unknown(action, in: project)
    }
    return (project, [found])
  }

  private func unknown(_ id: String, in project: Project) -> ExitCode {
    let lang = language.resolve(project: project)
    var message =
      LocalizedText(
        fr: "recit: aucune action « \(id) » dans \(project.root)\n",
        en: "recit: no action “\(id)” in \(project.root)\n"
      ).text(in: lang)
    if let closest = ActionLookup.closestID(to: id, in: project) {
      message +=
        LocalizedText(
          fr: "  aide: vouliez-vous dire « \(closest) » ?\n",
          en: "  help: did you mean “\(closest)”?\n"
        ).text(in: lang)
    }
    Console.error(TerminalSafe.text(message))
    return ExitCode(2)
  }
}
