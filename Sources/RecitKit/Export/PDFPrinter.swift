import Foundation
import RecitModel

/// Turns the print HTML of a build (`pdf/*.html`, see `Builder+Print`) into PDFs with
/// WeasyPrint, which it runs through ``ExternalProgram``: found on `PATH`, no shell, a time
/// limit per document.
///
/// Each document goes to WeasyPrint's standard input and its PDF comes back on standard
/// output: nothing is written beside the output folder. Documents are self-contained, so
/// WeasyPrint may fetch only `data:` URLs (`--allowed-protocols data`): an image a project
/// names by `http:` or `file:` address is left out of the PDF, never fetched, whatever the
/// project. Hyphenation (`hyphens: auto`) is WeasyPrint's own, through Pyphen's dictionaries.
public struct PDFPrinter: Sendable {
  /// WeasyPrint, with the way to install it.
  public static let weasyPrint = ExternalProgram(
    name: "weasyprint",
    installHint: LocalizedText(
      fr:
        "installez WeasyPrint avec « scripts/setup.sh » (depuis les sources de recit) ou « pip install weasyprint »",
      en:
        "install WeasyPrint with 'scripts/setup.sh' (from recit's sources) or 'pip install weasyprint'"
    ))

  /// The seconds any document may take, at the least; a long one gets a second more for each
  /// 5 kB of HTML (WeasyPrint needs about 0.15 s of processor per A4 page of about 4 kB, and
  /// 1 s to start: the 37-page booklet of the largest sample takes 7 s). The limit stops a
  /// WeasyPrint that hangs, not a long booklet.
  public static let defaultTimeLimit = 600

  public var program: ExternalProgram
  /// Seconds per document, before its share for its length (``defaultTimeLimit``).
  public var timeLimit: Int
  /// The environment WeasyPrint is looked up in and run with (the process's when nil).
  public var environment: [String: String]?

  public init(
    program: ExternalProgram = PDFPrinter.weasyPrint, timeLimit: Int = PDFPrinter.defaultTimeLimit,
    environment: [String: String]? = nil
  ) {
    self.program = program
    self.timeLimit = timeLimit
    self.environment = environment
  }

  /// A document WeasyPrint could not print, and why.
  public struct Failure: Error, Sendable {
    /// The PDF that was not made (`pdf/projet.pdf`).
    public var file: String
    public var reason: ExternalProgram.Failure

    public var message: LocalizedText {
      let reason = reason.message
      return LocalizedText(
        fr: "\(file) : \(reason.fr)", en: "\(file): \(reason.en)")
    }
  }

  /// Whether an output path is print HTML, to be replaced by its PDF.
  public static func isPrintSource(_ path: String) -> Bool {
    path.hasPrefix("pdf/") && path.hasSuffix(".html")
  }

  /// The PDF of a print document's path (`pdf/projet.html` → `pdf/projet.pdf`).
  public static func pdfPath(of source: String) -> String {
    String(source.dropLast(".html".count)) + ".pdf"
  }

  /// `files` with every print document replaced by its PDF, rendered in parallel (as many
  /// WeasyPrint processes as ``ParallelMap`` has workers). The first failure is thrown, after
  /// the other documents have finished; a missing WeasyPrint is said before any is started.
  public func print(_ files: [OutputFile]) throws -> [OutputFile] {
    let sources = files.filter { Self.isPrintSource($0.path) }
    guard !sources.isEmpty else { return files }
    if program.locate(environment: environment ?? ProcessInfo.processInfo.environment) == nil {
      throw Failure(
        file: Self.pdfPath(of: sources[0].path),
        reason: .missing(name: program.name, hint: program.installHint))
    }
    let printed = ParallelMap.map(sources) { source in
      Result { try self.pdf(of: source) }
    }
    var pdfs: [String: OutputFile] = [:]
    for result in printed {
      let pdf = try result.get()
      pdfs[pdf.path] = pdf
    }
    return files.compactMap { file in
      Self.isPrintSource(file.path) ? pdfs[Self.pdfPath(of: file.path)] : file
    }
  }

  /// One document's PDF.
  func pdf(of source: OutputFile) throws -> OutputFile {
    let path = Self.pdfPath(of: source.path)
    do {
      let output = try program.run(
        ["--quiet", "--allowed-protocols", "data", "--encoding", "utf-8", "-", "-"],
        input: source.contents, environment: environment,
        timeLimit: timeLimit + source.contents.count / 5_000)
      guard output.stdout.starts(with: Data("%PDF-".utf8)) else {
        throw ExternalProgram.Failure.failed(
          name: program.name, status: 0,
          stderr: "no PDF on standard output / pas de PDF sur la sortie standard")
      }
      return OutputFile(path: path, contents: output.stdout)
    } catch let failure as ExternalProgram.Failure {
      throw Failure(file: path, reason: failure)
    }
  }
}
