import Foundation
import RecitModel

/// Word and OpenDocument books made by pandoc from the validated DocBook book, with
/// ``ReferenceDocument`` for their styles and the SVG diagrams the book refers to embedded.
///
/// pandoc reads files, so the book and its diagrams are laid out in a private temporary folder
/// (`docbook/projet.xml`, `svg/ID/NAME.svg`, as in the output folder) that is removed
/// afterwards; the output folder itself is written only by ``OutputFolder``.
struct PandocBook {
  static let program = ExternalProgram(
    name: "pandoc",
    installHint: LocalizedText(
      fr: "installez-le avec « apt-get install pandoc » (ou scripts/setup.sh)",
      en: "install it with 'apt-get install pandoc' (or scripts/setup.sh)"))

  /// The validated book (`docbook/projet.xml`).
  var book: String
  /// Paths relative to the output folder (`svg/ID/NAME.svg`) → bytes.
  var diagrams: [String: Data]
  var language: Language
  /// Seconds since 1970 given to pandoc as `SOURCE_DATE_EPOCH`, so that the same book gives the
  /// same bytes.
  var date: Date
  var program: ExternalProgram = PandocBook.program

  /// The book converted to `format` (`.docx` or `.odt`).
  func convert(to format: ExportFormat) throws -> Data {
    let manager = FileManager.default
    let folder = manager.temporaryDirectory.appendingPathComponent(
      "recit-pandoc-" + UUID().uuidString
    ).path
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? manager.removeItem(atPath: folder) }
    let writer = OutputWriter()
    try writer.write(book, to: folder + "/docbook/projet.xml")
    for (path, data) in diagrams where OutputManifest.isInside(path) {
      try writer.write(data, to: folder + "/" + path)
    }
    let reference = folder + "/reference.\(format.rawValue)"
    try writer.write(
      try ReferenceDocument.make(for: format, pandoc: program, date: date), to: reference)
    let output = folder + "/projet.\(format.rawValue)"
    var environment = ProcessInfo.processInfo.environment
    environment["SOURCE_DATE_EPOCH"] = String(Int(date.timeIntervalSince1970))
    _ = try program.run(
      [
        "--from=docbook", "--to=\(format.rawValue)", "--reference-doc=\(reference)",
        "--resource-path=docbook", "--metadata=lang:\(Self.languageTag(language))",
        "--output=\(output)", "docbook/projet.xml",
      ], in: folder, environment: environment, timeLimit: 300)
    guard let data = manager.contents(atPath: output) else {
      throw ExternalProgram.Failure.failed(
        name: program.name, status: 0, stderr: "no \(format.rawValue) file was written")
    }
    // pandoc 2.17 dates an OpenDocument's entries with the clock, whatever SOURCE_DATE_EPOCH
    // says: every entry is dated again, so that the same book gives the same bytes.
    return try ReferenceDocument.restyle(data, file: "", date: date) { $0 }
  }

  static func languageTag(_ language: Language) -> String {
    switch language {
    case .fr: "fr-FR"
    case .en: "en-GB"
    }
  }
}

extension Builder {
  /// `docx/projet.docx` and `odt/projet.odt`, as asked, from the book just validated.
  /// `territoryDiagrams`: the territory's SVG files, which the book refers to too.
  func pandocFiles(
    book: String, renderings: [ActionRendering], territoryDiagrams: [OutputFile]
  ) throws -> [OutputFile] {
    let wanted = [ExportFormat.docx, .odt].filter { formats.contains($0) }
    guard !wanted.isEmpty else { return [] }
    var diagrams: [String: Data] = [:]
    for file in territoryDiagrams { diagrams[file.path] = file.contents }
    for rendering in renderings {
      let action = rendering.action
      for narrative in action.narratives {
        let name = ActionRendering.baseName(of: narrative)
        if let svg = rendering.diagrams[narrative.file] {
          diagrams["svg/\(action.id)/\(name).svg"] = Data(svg.utf8)
        }
      }
      if let graph = rendering.conflictGraph {
        diagrams["svg/\(action.id)/conflits.svg"] = Data(graph.utf8)
      }
    }
    let converter = PandocBook(
      book: book, diagrams: diagrams, language: project.language,
      date: EPUBBook.modified(of: project))
    return try wanted.map { format in
      let path = "\(format.rawValue)/projet.\(format.rawValue)"
      do {
        return OutputFile(path: path, contents: try converter.convert(to: format))
      } catch let failure as ExternalProgram.Failure {
        throw BuildError(
          file: path, problems: [], template: "", isProjectLayout: false,
          reason: failure.message)
      }
    }
  }
}
