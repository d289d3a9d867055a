import Foundation
import RecitModel

/// The print HTML of `--format pdf`: one document per action (`pdf/ACTION.html`) and the
/// booklet of the project (`pdf/projet.html`), each self-contained (the layout's `pdf.css` in
/// a `<style>`, the diagrams inline) so that WeasyPrint reads it from its standard input and
/// fetches nothing. ``PDFPrinter`` turns each into its PDF.
extension Builder {
  /// The print layouts' stylesheet (`layouts/NAME/pdf.css`, else the default layout's).
  var printStylesheet: String {
    let file =
      engine.templates.file(named: "layouts/\(layout)/pdf.css")
      ?? engine.templates.file(named: "layouts/\(Self.defaultLayout)/pdf.css")
    // Embedded in a `<style>`: a `</` cannot end it (CSS reads `<\/` the same).
    return (file?.content ?? "").replacingOccurrences(of: "</", with: "<\\/")
  }

  /// One action's print document, when PDF is asked.
  func printFile(_ rendering: ActionRendering, context: RenderContext) throws -> OutputFile? {
    guard formats.contains(.pdf), let value = rendering.printValue else { return nil }
    let document = JSONValue.object(
      context.common + [("action", value), ("style_impression", .string(printStylesheet))])
    return OutputFile(
      "pdf/\(rendering.action.id).html", try page("pdf-action", context: document))
  }

  /// The booklet: a title page, the contents, then every action as a chapter, the
  /// territory's narrative first (as in the DocBook book).
  func printBooklet(_ renderings: [ActionRendering], context: RenderContext) throws -> OutputFile? {
    guard formats.contains(.pdf) else { return nil }
    let ordered =
      renderings.filter { $0.action.effectiveType == .territory }
      + renderings.filter { $0.action.effectiveType != .territory }
    let document = context.project(
      values: ordered.compactMap(\.printValue),
      extra: [("style_impression", .string(printStylesheet))])
    return OutputFile(
      Self.bookletSource,
      try projectPage("pdf-livret", context: document, actions: ordered.count))
  }

  /// The booklet's print HTML (its PDF is `pdf/projet.pdf`).
  static let bookletSource = "pdf/projet.html"
}
