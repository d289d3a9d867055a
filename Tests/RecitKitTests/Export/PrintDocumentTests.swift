import Foundation
import Testing

@testable import RecitKit

/// The print HTML of `--format pdf` (what WeasyPrint reads) and the printer that runs it.
@Suite struct PrintDocumentTests {
  static func render(_ sample: String, formats: Set<ExportFormat> = [.pdf]) throws -> [(
    path: String, content: String
  )] {
    let project = try ProjectLoader().load(
      path: Fixtures.packageRoot.appendingPathComponent("Samples/\(sample)").path
    ).get()
    return try Builder(
      project: project, outputFolder: "", formats: formats,
      engine: try TemplateEngine(templates: .builtIn)
    ).render()
  }

  @Test func pdfAloneMakesOnePrintDocumentPerActionAndTheBooklet() throws {
    let files = try Self.render("malaunay")
    #expect(
      files.map(\.path) == [
        "pdf/creation-amap.html", "pdf/marche-centre-ville.html",
        "pdf/paniers-bibliotheque.html", "pdf/projet.html",
      ])
  }

  @Test func printDocumentsAreSelfContainedAndFetchNothing() throws {
    for file in try Self.render("malaunay") {
      let html = file.content
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"), "\(file.path)")
      #expect(html.contains("<style>\n/* recit — feuille de style de l'impression"), "\(file.path)")
      #expect(html.contains("size: A4"), "\(file.path)")
      #expect(html.contains("hyphens: auto"), "\(file.path)")
      #expect(!html.contains("<link"), "\(file.path) links a file")
      #expect(!html.contains("href=\"territoire/"), "\(file.path) links the site's actor pages")
      #expect(!html.contains(" src=\""), "\(file.path) loads a file")
      // The diagrams are inline SVG (vector), the mentions plain names.
      #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "\(file.path)")
      #expect(!html.contains("<?xml"), "\(file.path) keeps an XML declaration inside")
      #expect(html.contains("<span class=\"acteur\">"), "\(file.path)")
      // French typography, as on the site.
      #expect(html.contains("\u{202F}?") || html.contains("\u{202F};"), "\(file.path)")
    }
  }

  @Test func theBookletHasATitlePageAndContentsThatPointToEveryChapterAndNarrative() throws {
    let booklet = try #require(try Self.render("malaunay").first { $0.path == "pdf/projet.html" })
    let html = booklet.content
    #expect(html.contains("<section class=\"couverture\">"))
    #expect(html.contains("target-counter(attr(href url), page)"))
    #expect(html.contains("string-set: chapitre content(text)"))
    for id in ["creation-amap", "marche-centre-ville", "paniers-bibliotheque"] {
      #expect(html.contains("<a href=\"#action-\(id)\">"), "contents lack \(id)")
      #expect(html.contains("<article class=\"chapitre chapitre-action\" id=\"action-\(id)\">"))
    }
    // Every narrative's anchor the contents points to is defined once.
    let pattern = try NSRegularExpression(
      pattern: "<li class=\"sommaire-recit\"><a href=\"#([^\"]+)\"")
    let targets = pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap
    {
      Range($0.range(at: 1), in: html).map { String(html[$0]) }
    }
    #expect(targets.count == 8)
    for target in targets {
      #expect(html.components(separatedBy: "id=\"\(target)\"").count == 2, "id \(target)")
    }
  }

  @Test func theTerritorysNarrativeOpensTheBooklet() throws {
    let booklet = try #require(
      try Self.render("loos-en-gohelle").first { $0.path == "pdf/projet.html" })
    let chapters = booklet.content.components(separatedBy: "<article class=\"chapitre ")
    #expect(chapters.count == 4)
    #expect(chapters[1].hasPrefix("chapitre-territoire\""), "\(chapters[1].prefix(80))")
  }

  @Test func otherFormatsAreUnchangedByPDF() throws {
    let alone = try Self.render("malaunay", formats: [.html, .docbook, .markdown])
    let withPDF = try Self.render("malaunay", formats: [.html, .docbook, .markdown, .pdf])
    let kept = withPDF.filter { !$0.path.hasPrefix("pdf/") }
    #expect(kept.map(\.path) == alone.map(\.path))
    #expect(kept.map(\.content) == alone.map(\.content))
  }

  // MARK: The printer

  @Test func aMissingWeasyPrintSaysHowToInstallIt() throws {
    let printer = PDFPrinter(
      program: ExternalProgram(
        name: "recit-no-such-weasyprint", installHint: PDFPrinter.weasyPrint.installHint))
    let source = OutputFile(path: "pdf/projet.html", contents: Data("<p>x</p>".utf8))
    do {
      _ = try printer.print([source])
      Issue.record("no failure")
    } catch let failure as PDFPrinter.Failure {
      #expect(failure.file == "pdf/projet.pdf")
      guard case .missing = failure.reason else {
        Issue.record("\(failure.reason)")
        return
      }
      #expect(failure.message.fr.contains("pip install weasyprint"))
      #expect(failure.message.fr.contains("scripts/setup.sh"))
      #expect(failure.message.en.contains("pip install weasyprint"))
    }
  }

  @Test func withoutPrintDocumentsNoProgramIsNeeded() throws {
    let printer = PDFPrinter(
      program: ExternalProgram(name: "recit-no-such-weasyprint", installHint: .init(fr: "", en: ""))
    )
    let files = [OutputFile(path: "html/index.html", contents: Data("<p>x</p>".utf8))]
    #expect(try printer.print(files) == files)
  }

  @Test func aFailingProgramIsReportedWithTheFileItCouldNotMake() throws {
    // `false` stands for a WeasyPrint that fails: a real program that exits 1.
    let printer = PDFPrinter(
      program: ExternalProgram(name: "false", installHint: PDFPrinter.weasyPrint.installHint))
    let source = OutputFile(path: "pdf/a.html", contents: Data("<p>x</p>".utf8))
    #expect(throws: PDFPrinter.Failure.self) { try printer.print([source]) }
  }

  @Test func weasyPrintTurnsAPrintDocumentIntoAPDF() throws {
    let source = OutputFile(
      path: "pdf/essai.html",
      contents: Data(
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Essai</title></head><body><p>Quoi\u{202F}?</p><img src=\"file:///etc/hostname\"></body></html>"
          .utf8))
    let other = OutputFile(path: "html/index.html", contents: Data("<p>x</p>".utf8))
    let files = try PDFPrinter().print([other, source])
    #expect(files.map(\.path) == ["html/index.html", "pdf/essai.pdf"])
    #expect(files[1].contents.starts(with: Data("%PDF-".utf8)))
    // The file: image is refused, never read into the PDF.
    #expect(files[1].contents.count < 20_000)
  }
}
