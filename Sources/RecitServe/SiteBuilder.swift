import Foundation
import RecitKit

/// Rebuilds the site through the workspace after each batch of changes and publishes it: the
/// build's files when it succeeds, the last good files with the diagnostics when it does not.
/// Errors and warnings are printed to the terminal as well, whenever they change.
///
/// The pages (HTML, JSON, Markdown) and the DocBook book are built by two workspaces on the
/// same project: the book of every action, parsed and validated by libxml2, takes many times
/// longer than the pages, and the open pages must not wait for it. The pages are published
/// first, under a new version when they or the diagnostics changed; the DocBook (and its SVG)
/// follows in the background, and changes the version only when its own problems change (no
/// page shows the DocBook).
actor SiteBuilder {
  let workspace: Workspace
  let state: SiteState
  let configuration: ServeConfiguration
  let defaultLanguage: Language
  let log: @Sendable (String) -> Void
  private let pagesRequest: BuildRequest
  /// What no page shows but the same workspace builds after the pages are published (JSON,
  /// Markdown; see ``buildLater()``): a save updates the pages without waiting for it.
  private let laterRequest: BuildRequest?
  private var laterFiles: [String: Data] = [:]
  private var laterEntries: [OverlayEntry] = []
  /// Whether the pages were rebuilt since the later formats were.
  private var laterDue = false
  /// The DocBook's own request and workspace, when the DocBook is served beside pages.
  private let book: (request: BuildRequest, workspace: Workspace)?
  /// How many distinct versions were published (for the terminal).
  private var generation = 0
  private var publishedVersion: String?
  /// Each page's bytes and digest, as last published.
  private var digests: [String: (data: Data, digest: ContentDigest)] = [:]
  private var pageFiles: [String: Data] = [:]
  private var bookFiles: [String: Data] = [:]
  private var pageEntries: [OverlayEntry] = []
  private var bookEntries: [OverlayEntry] = []
  private var hasGoodBuild = false
  private var printed: [Diagnostic] = []
  /// The changes the book has not seen yet: nil inside for every file.
  private var bookPending: [String]??
  private var bookRunning = false
  /// When the last change the book has to follow came in.
  private var lastChange = ContinuousClock.now
  /// How long the saves must stop before the book is built again: a book started between two
  /// saves takes one of the cores from the next one (it takes many seconds on a large project).
  static let bookQuiet: Duration = .seconds(1)

  init(
    workspace: Workspace, bookWorkspace: Workspace?, state: SiteState,
    configuration: ServeConfiguration, defaultLanguage: Language,
    log: @escaping @Sendable (String) -> Void
  ) {
    self.workspace = workspace
    self.state = state
    self.configuration = configuration
    self.defaultLanguage = defaultLanguage
    self.log = log
    let request = configuration.request
    let bookFormats = request.formats.intersection([.docbook, .svg])
    var pages = request
    if let bookWorkspace, request.formats.contains(.docbook), bookFormats != request.formats {
      pages.formats.subtract(bookFormats)
      var docbook = request
      docbook.formats = bookFormats
      book = (docbook, bookWorkspace)
    } else {
      book = nil
    }
    let unseen = pages.formats.subtracting([.html])
    if pages.formats.contains(.html), !unseen.isEmpty {
      var later = pages
      later.formats = unseen
      pages.formats = [.html]
      laterRequest = later
    } else {
      laterRequest = nil
    }
    pagesRequest = pages
  }

  /// Whether a second workspace is worth opening for these formats.
  static func splitsTheBook(_ formats: Set<ExportFormat>) -> Bool {
    formats.contains(.docbook) && !formats.subtracting([.docbook, .svg]).isEmpty
  }

  /// The language of the messages: the command line's, else the project's, else the
  /// environment's.
  func language() async -> Language {
    if let language = configuration.language { return language }
    return await workspace.project.settings.language?.value ?? defaultLanguage
  }

  /// Reads the files changed (every file when nil, none when empty), builds the pages and
  /// publishes them, then has the DocBook follow.
  func rebuild(_ changed: [String]?) async {
    let started = ContinuousClock.now
    if let changed {
      if !changed.isEmpty { await workspace.update(changed) }
    } else {
      await workspace.update()
    }
    let read = ContinuousClock.now
    let report = await workspace.build(pagesRequest)
    let built = ContinuousClock.now
    let language = await language()
    let sources = await workspace.sourceTexts
    var entries: [OverlayEntry] = []
    for diagnostic in report.diagnostics where diagnostic.severity != .note {
      entries.append(
        OverlayEntry(
          severity: diagnostic.severity, location: diagnostic.location,
          rule: diagnostic.rule.rawValue, message: diagnostic.message.text(in: language),
          sourceLine: Self.line(diagnostic.location, in: sources),
          link: entries.count < Overlay.maximumShown
            ? await workspace.htmlPlace(of: diagnostic.location).map { "/html/" + $0 } : nil))
    }
    let (files, problems, failure) = Self.outcome(report, sources: sources, language: language)
    if let files {
      pageFiles = files
      hasGoodBuild = true
    }
    pageEntries = entries + problems
    publish(language: language)
    printDiagnostics(report.diagnostics, failure: failure, sources: sources, language: language)
    let now = ContinuousClock.now
    func ms(_ duration: Duration) -> Int { Int(duration / .milliseconds(1)) }
    let (total, reading, building) = (ms(now - started), ms(read - started), ms(built - read))
    if changed != [] {
      log(
        LocalizedText(
          fr:
            "recit serve : reconstruit en \(total) ms (lecture \(reading) ms, construction \(building) ms ; version \(generation))\n",
          en:
            "recit serve: rebuilt in \(total) ms (reading \(reading) ms, building \(building) ms; version \(generation))\n"
        ).text(in: language))
    }
    laterDue = laterRequest != nil
    if book != nil { followWithTheBook(changed) }
  }

  /// How long the formats no page shows wait after the pages are published: the open pages
  /// fetch the new version meanwhile, with both cores free.
  static let laterDelay: Duration = .milliseconds(300)

  /// Builds what no page shows (JSON, Markdown) when a rebuild of the pages left it due.
  func buildLater() async {
    guard laterDue, let laterRequest else { return }
    laterDue = false
    let language = await language()
    let sources = await workspace.sourceTexts
    let laterReport = await workspace.build(laterRequest)
    let (files, problems, failure) = Self.outcome(
      laterReport, sources: sources, language: language)
    if let files { laterFiles = files }
    laterEntries = problems
    if let failure { log("recit serve: " + TerminalSafe.text(failure) + "\n") }
    publish(language: language)
  }

  private func followWithTheBook(_ changed: [String]?) {
    switch (bookPending, changed) {
    case (.none, let changed): bookPending = .some(changed)
    case (.some(.none), _), (_, .none): bookPending = .some(nil)
    case (.some(.some(let known)), .some(let more)): bookPending = .some(known + more)
    }
    lastChange = .now
    guard !bookRunning else { return }
    bookRunning = true
    Task { await buildTheBook() }
  }

  private func buildTheBook() async {
    guard let book else { return }
    while bookPending != nil {
      // Saves that come meanwhile push the book back (the actor runs them while this waits).
      while case let wait = lastChange + Self.bookQuiet - .now, wait > .zero {
        try? await Task.sleep(for: wait)
      }
      guard let pending = bookPending else { break }
      let started = ContinuousClock.now
      bookPending = nil
      if let pending {
        if !pending.isEmpty { await book.workspace.update(pending) }
      } else {
        await book.workspace.update()
      }
      let report = await book.workspace.build(book.request)
      let language = await language()
      let sources = await book.workspace.sourceTexts
      let (files, problems, failure) = Self.outcome(report, sources: sources, language: language)
      if let files { bookFiles = files }
      bookEntries = problems
      if let failure { log("recit serve: " + TerminalSafe.text(failure) + "\n") }
      publish(language: language)
      let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
      log(
        LocalizedText(
          fr: "recit serve : DocBook à jour en \(milliseconds) ms\n",
          en: "recit serve: DocBook up to date in \(milliseconds) ms\n"
        ).text(in: language))
    }
    bookRunning = false
  }

  /// A build's files when it succeeded, the problems of a build that could not render, and
  /// that problem for the terminal.
  private static func outcome(
    _ report: BuildReport, sources: [String: String], language: Language
  ) -> (files: [String: Data]?, problems: [OverlayEntry], failure: String?) {
    switch report.outcome {
    case .built(let output):
      let files = Dictionary(output.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
      return (files, [], nil)
    case .refusedByCheck:
      return (nil, [], nil)
    case .invalidTemplates(let error):
      let message = error.message.text(in: language)
      let entry = OverlayEntry(
        severity: .error, location: error.location, rule: nil, message: message,
        sourceLine: line(error.location, in: sources), link: nil)
      return (nil, [entry], "\(error.location): \(message)")
    case .unknownLayout(let name):
      let message = LocalizedText(
        fr: "aucun gabarit « \(name) » (templates/layouts/\(name)/)",
        en: "no layout “\(name)” (templates/layouts/\(name)/)"
      ).text(in: language)
      let entry = OverlayEntry(
        severity: .error, location: nil, rule: nil, message: message, sourceLine: nil, link: nil)
      return (nil, [entry], message)
    case .invalidOutput(let error):
      let message =
        LocalizedText(
          fr: "le gabarit \(error.template) produit un fichier invalide",
          en: "the layout \(error.template) produces an invalid file"
        ).text(in: language) + " : " + error.problems.prefix(5).joined(separator: " ; ")
      let entry = OverlayEntry(
        severity: .error, location: .start(of: error.file), rule: nil, message: message,
        sourceLine: nil, link: nil)
      return (nil, [entry], "\(error.file): \(message)")
    }
  }

  /// Serves the pages and the book as they are now, under a version that is the digest of
  /// the pages and the panel: a new one when they changed, the same one when only the DocBook
  /// did, and the same one for the same site after a restart of the server (a page that
  /// reconnects then reloads nothing).
  private func publish(language: Language) {
    let entries = pageEntries + laterEntries + bookEntries
    let stale = entries.contains { $0.severity == .error }
    let panel = Overlay.panel(entries, stale: stale, language: language)
    let (pages, assets) = pagesDigest()
    let version = ContentDigest(combining: [pages, ContentDigest(panel)]).description
    if version != publishedVersion {
      generation += 1
      publishedVersion = version
    }
    state.publish(
      SiteState.Snapshot(
        files: ServedFiles(layers: [pageFiles, laterFiles, bookFiles]), version: version,
        assets: assets.description, panel: panel, hasBuild: hasGoodBuild, language: language))
  }

  /// The digest of every page, and that of the files among them that are not HTML pages (the
  /// stylesheet), each file hashed again only when its bytes changed.
  private func pagesDigest() -> (pages: ContentDigest, assets: ContentDigest) {
    var next: [String: ContentDigest] = [:]
    for (path, data) in pageFiles {
      if let known = digests[path], Self.same(known.data, data) {
        next[path] = known.digest
      } else {
        next[path] = ContentDigest(data)
      }
    }
    digests = pageFiles.reduce(into: [:]) { $0[$1.key] = ($1.value, next[$1.key]!) }
    func combined(_ paths: [String]) -> ContentDigest {
      ContentDigest(combining: paths.flatMap { [ContentDigest($0), next[$0]!] })
    }
    let paths = pageFiles.keys.sorted()
    return (combined(paths), combined(paths.filter { !$0.hasSuffix(".html") }))
  }

  /// Whether two files hold the same bytes; without reading them when they share their
  /// storage, as a page the workspace did not render again does from build to build.
  private static func same(_ left: Data, _ right: Data) -> Bool {
    guard left.count == right.count else { return false }
    return left.withUnsafeBytes { first in
      right.withUnsafeBytes { second in
        first.baseAddress == second.baseAddress
          || first.elementsEqual(second)
      }
    }
  }

  /// Prints the errors and warnings when they differ from the last ones printed.
  private func printDiagnostics(
    _ diagnostics: [Diagnostic], failure: String?, sources: [String: String], language: Language
  ) {
    let shown = diagnostics.filter { $0.severity != .note }
    if let failure { log("recit serve: " + TerminalSafe.text(failure) + "\n") }
    guard shown != printed else { return }
    let formatter = DiagnosticFormatter(language: language, sources: sources)
    if shown.isEmpty {
      log(
        LocalizedText(
          fr: "recit serve : plus d'erreur ni d'avertissement\n",
          en: "recit serve: no errors or warnings left\n"
        ).text(in: language))
    } else {
      log(formatter.format(shown))
    }
    printed = shown
  }

  private static func line(_ location: SourceLocation, in sources: [String: String]) -> String? {
    guard let text = sources[location.file], location.line >= 1 else { return nil }
    var number = 1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if number == location.line {
        return String(line.hasSuffix("\r") ? line.dropLast() : line)
      }
      number += 1
    }
    return nil
  }
}
