import Foundation
import RecitKit

/// Rebuilds the site through the workspace after each batch of changes and publishes it: the
/// build's files when it succeeds, the last good files with the diagnostics when it does not.
/// Errors and warnings are printed to the terminal as well, whenever they change.
actor SiteBuilder {
  let workspace: Workspace
  let state: SiteState
  let configuration: ServeConfiguration
  let defaultLanguage: Language
  let log: @Sendable (String) -> Void
  /// Part of every version, so that a page served by an earlier run of the server reloads.
  private let instance = String(UInt64.random(in: 0...UInt64.max), radix: 36)
  private var generation = 0
  private var published: (files: [String: Data], entries: [OverlayEntry])?
  private var printed: [Diagnostic] = []
  private var hasGoodBuild = false

  init(
    workspace: Workspace, state: SiteState, configuration: ServeConfiguration,
    defaultLanguage: Language, log: @escaping @Sendable (String) -> Void
  ) {
    self.workspace = workspace
    self.state = state
    self.configuration = configuration
    self.defaultLanguage = defaultLanguage
    self.log = log
  }

  /// The language of the messages: the command line's, else the project's, else the
  /// environment's.
  func language() async -> Language {
    if let language = configuration.language { return language }
    return await workspace.project.settings.language?.value ?? defaultLanguage
  }

  /// Reads the files changed (every file when nil, none when empty), builds and publishes.
  func rebuild(_ changed: [String]?) async {
    let started = ContinuousClock.now
    if let changed {
      if !changed.isEmpty { await workspace.update(changed) }
    } else {
      await workspace.update()
    }
    let report = await workspace.build(configuration.request)
    let language = await language()
    let sources = await workspace.sourceTexts
    var entries: [OverlayEntry] = []
    for diagnostic in report.diagnostics where diagnostic.severity != .note {
      entries.append(
        OverlayEntry(
          severity: diagnostic.severity, location: diagnostic.location,
          rule: diagnostic.rule.rawValue, message: diagnostic.message.text(in: language),
          sourceLine: Self.line(diagnostic.location, in: sources),
          link: await workspace.htmlPlace(of: diagnostic.location).map { "/html/" + $0 }))
    }
    var files = published?.files ?? [:]
    var failure: String?
    switch report.outcome {
    case .built(let output):
      files = Dictionary(output.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
      hasGoodBuild = true
    case .refusedByCheck:
      break
    case .invalidTemplates(let error):
      let message = error.message.text(in: language)
      entries.append(
        OverlayEntry(
          severity: .error, location: error.location, rule: nil, message: message,
          sourceLine: Self.line(error.location, in: sources), link: nil))
      failure = "\(error.location): \(message)"
    case .unknownLayout(let name):
      let message = LocalizedText(
        fr: "aucun gabarit « \(name) » (templates/layouts/\(name)/)",
        en: "no layout “\(name)” (templates/layouts/\(name)/)"
      ).text(in: language)
      entries.append(
        OverlayEntry(
          severity: .error, location: nil, rule: nil, message: message, sourceLine: nil,
          link: nil))
      failure = message
    case .invalidOutput(let error):
      let message =
        LocalizedText(
          fr: "le gabarit \(error.template) produit un fichier invalide",
          en: "the layout \(error.template) produces an invalid file"
        ).text(in: language) + " : " + error.problems.prefix(5).joined(separator: " ; ")
      entries.append(
        OverlayEntry(
          severity: .error, location: .start(of: error.file), rule: nil, message: message,
          sourceLine: nil, link: nil))
      failure = "\(error.file): \(message)"
    }
    let stale = entries.contains { $0.severity == .error }
    if published == nil || published!.files != files || published!.entries != entries {
      generation += 1
      published = (files, entries)
      state.publish(
        SiteState.Snapshot(
          files: files, version: "\(instance)-\(generation)",
          panel: Overlay.panel(entries, stale: stale, language: language), hasBuild: hasGoodBuild,
          language: language))
    }
    printDiagnostics(report.diagnostics, failure: failure, sources: sources, language: language)
    let elapsed = ContinuousClock.now - started
    let milliseconds = Int(elapsed / .milliseconds(1))
    if changed != [] {
      log(
        LocalizedText(
          fr: "recit serve : reconstruit en \(milliseconds) ms (version \(generation))\n",
          en: "recit serve: rebuilt in \(milliseconds) ms (version \(generation))\n"
        ).text(in: language))
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
