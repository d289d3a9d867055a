import ArgumentParser
import Foundation
import RecitKit

struct BuildCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Construire les exports d'un projet. / Build a project's exports.",
    discussion: """
      Vérifie d'abord le projet : avec des erreurs, rien n'est écrit (statut 1) et elles sont \
      affichées ; sinon, une ligne résume la vérification (« recit check » pour le détail). \
      First checks the project: with errors, nothing is written (status 1) and they are \
      printed; otherwise one line sums the check up (“recit check” for the details).
      """)

  @Argument(
    help: "Projet, dossier d'action ou fichier (défaut : .). / Project, action folder or file.")
  var path: String = "."

  @Option(
    help: ArgumentHelp(
      "Formats, séparés par des virgules. / Formats, comma-separated.",
      discussion: """
        html, docbook (validé / validated), markdown, json, svg ; \
        epub : un livre EPUB 3 du projet / an EPUB 3 book of the project (epub/projet.epub) ; \
        docx, odt : Word et OpenDocument, faits par pandoc depuis le livre DocBook, écrit aussi \
        / Word and OpenDocument, made by pandoc from the DocBook book, written too \
        (docx/projet.docx, odt/projet.odt) ; \
        hugo : une page Hugo par action, ses schémas à côté / a Hugo page bundle per action, \
        its diagrams beside it (hugo/content/actions/ID/index.md).
        """),
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
  var format: [ExportFormat] = [.html, .docbook]

  @Option(help: "Dossier de sortie (défaut : build). / Output folder.")
  var out: String = "build"

  @Flag(help: "Échouer aussi sur les avertissements. / Fail on warnings too.")
  var strict = false

  @Flag(
    name: [.short, .customLong("quiet"), .customLong("silencieux")],
    help:
      "N'afficher que les erreurs : ni le bilan de la vérification, ni la liste des fichiers écrits. / Print errors only."
  )
  var quiet = false

  @Option(help: "Jeu de gabarits (templates/layouts/NOM). / Layout set (templates/layouts/NAME).")
  var template: String = Builder.defaultLayout

  @Flag(help: "Ne pas valider le DocBook produit. / Do not validate the DocBook output.")
  var noValidate = false

  @Flag(
    name: [.customLong("brouillons"), .customLong("drafts")],
    help:
      "Publier aussi les brouillons (brouillon: true), marqués comme tels. / Publish drafts too, marked as such."
  )
  var drafts = false

  @OptionGroup var language: LanguageOption

  func validate() throws {
    if format.isEmpty {
      throw ValidationError("aucun format demandé / no format asked (--format html,docbook…)")
    }
    if out.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("dossier de sortie vide / empty output folder (--out)")
    }
  }

  func run() async throws {
    let workspace = try await ProjectLoading.workspace(path, language: language)
    let lang = language.resolve(project: await workspace.project)
    let folder = OutputFolder(path: out)
    do {
      try folder.check(projectRoot: workspace.root)
    } catch {
      Console.error("recit: \(error.message.text(in: lang))\n")
      throw ExitCode(2)
    }
    let request = BuildRequest(
      formats: Set(format), layout: template, validate: !noValidate, strict: strict,
      includeDrafts: drafts)
    let bar = ProgressBar(language: lang, quiet: quiet)
    let report = await workspace.build(request, progress: bar.progress)
    bar.finish()
    // What stops the build is printed in full; the rest is one line, `recit check` has it.
    let policy = FailurePolicy(strict: strict)
    let blocking = report.diagnostics.filter { policy.fails([$0]) }
    let formatter = DiagnosticFormatter(
      language: lang, colors: Console.errorIsColorTerminal, sources: await workspace.sourceTexts)
    if !blocking.isEmpty {
      Console.error(formatter.format(blocking) + formatter.byRule(blocking))
    }
    if !quiet, !report.diagnostics.isEmpty {
      let files = await workspace.project.files.count
      Console.error(formatter.checkLine(report.diagnostics, files: files) + "\n")
    }
    let output: BuildOutput
    switch report.outcome {
    case .built(let value): output = value
    case .refusedByCheck:
      Console.error(
        LocalizedText(
          fr: "recit: rien n'a été écrit : corrigez d'abord les erreurs ci-dessus\n",
          en: "recit: nothing was written: fix the errors above first\n"
        ).text(in: lang))
      throw ExitCode(1)
    case .invalidTemplates(let error):
      Console.error(
        TerminalSafe.text(
          "\(error.location): \(LocalizedText(fr: "erreur", en: "error").text(in: lang)): \(error.message.text(in: lang))"
        ) + "\n")
      throw ExitCode(1)
    case .unknownLayout(let name):
      Console.error(
        LocalizedText(
          fr: "recit: aucun gabarit « \(name) » (templates/layouts/\(name)/)\n",
          en: "recit: no layout “\(name)” (templates/layouts/\(name)/)\n"
        ).text(in: lang))
      throw ExitCode(2)
    case .invalidOutput(let error):
      explain(error, lang)
      throw ExitCode(error.isProjectLayout || error.reason != nil ? 1 : 70)
    }
    let files = try await printed(output, lang)
    let result: BuildResult
    do {
      result = try folder.write(files, folders: output.folders)
    } catch let error as OutputFolder.Unusable {
      Console.error(
        "recit: \(TerminalSafe.text(error.message.text(in: lang)))"
          + (LocalizedText(fr: " ; rien n'a été écrit\n", en: "; nothing was written\n").text(
            in: lang)))
      throw ExitCode(1)
    } catch let error as CocoaError {
      let path = TerminalSafe.text((error.userInfo[NSFilePathErrorKey] as? String) ?? out)
      Console.error(
        LocalizedText(
          fr:
            "recit: impossible d'écrire « \(path) » : vérifiez le dossier de sortie et vos droits ; le dossier est resté tel quel\n",
          en:
            "recit: cannot write “\(path)”: check the output folder and your permissions; the folder was left as it was\n"
        ).text(in: lang)
      )
      throw ExitCode(1)
    } catch {
      Console.error(
        LocalizedText(
          fr: "recit: impossible d'écrire dans « \(out) » (\(error.localizedDescription))\n",
          en: "recit: cannot write into “\(out)” (\(error.localizedDescription))\n"
        ).text(in: lang))
      throw ExitCode(1)
    }
    // The files written are named after the project's files.
    if !quiet { Console.out(TerminalSafe.text(result.summary(in: lang))) }
  }

  /// The build's files, with the print HTML turned into PDFs when PDF is asked (WeasyPrint,
  /// on threads of its own: it takes seconds per document). Nothing is written when a PDF
  /// cannot be made: status 2 when WeasyPrint is missing, 1 when it fails.
  private func printed(_ output: BuildOutput, _ lang: Language) async throws -> [OutputFile] {
    guard output.formats.contains(.pdf) else { return output.files }
    let files = output.files
    let count = files.filter { PDFPrinter.isPrintSource($0.path) }.count
    if !quiet {
      Console.error(
        LocalizedText(
          fr: "recit: impression de \(count) PDF avec WeasyPrint…\n",
          en: "recit: printing \(count) PDF(s) with WeasyPrint…\n"
        ).text(in: lang))
    }
    let result: Result<[OutputFile], Error> = await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(returning: Result { try PDFPrinter().print(files) })
      }
    }
    do {
      return try result.get()
    } catch let failure as PDFPrinter.Failure {
      Console.error(
        "recit: \(TerminalSafe.text(failure.message.text(in: lang)))"
          + (LocalizedText(fr: " ; rien n'a été écrit\n", en: "; nothing was written\n").text(
            in: lang)))
      if case .missing = failure.reason { throw ExitCode(2) }
      throw ExitCode(1)
    }
  }

  private func explain(_ error: BuildError, _ lang: Language) {
    if let reason = error.reason {
      // A program the build hands work to (pandoc) is missing or failed.
      Console.error(
        TerminalSafe.text(
          "recit: \(error.file): \(reason.text(in: lang))"
            + LocalizedText(fr: " ; rien n'a été écrit\n", en: "; nothing was written\n").text(
              in: lang)))
      return
    }
    let cause =
      error.isProjectLayout
      ? (LocalizedText(
        fr: "le gabarit du projet \(error.template) produit du DocBook 5 invalide",
        en: "the project's layout \(error.template) produces invalid DocBook 5"
      ).text(in: lang))
      : (LocalizedText(
        fr: "erreur interne : le gabarit \(error.template) produit du DocBook 5 invalide",
        en: "internal error: the layout \(error.template) produces invalid DocBook 5"
      ).text(in: lang))
    Console.error(
      TerminalSafe.text(
        "recit: \(error.file): \(cause)"
          + (LocalizedText(fr: " ; rien n'a été écrit\n", en: "; nothing was written\n").text(
            in: lang))
          + error.problems.prefix(20).map { "  \($0)\n" }.joined()))
  }
}

extension ExportFormat: ExpressibleByArgument {}
