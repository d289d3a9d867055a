import Foundation
import RecitModel

extension Builder {
  /// The path of the project's EPUB book in the output folder.
  static let epubPath = "epub/projet.epub"

  /// The EPUB book of the project: one chapter per action (the territory's narrative first, as
  /// in the DocBook book), rendered by the layout `epub-chapitre`.
  func epubFile(_ renderings: [ActionRendering], context: RenderContext) throws -> OutputFile {
    let ordered =
      renderings.filter { $0.action.effectiveType == .territory }
      + renderings.filter { $0.action.effectiveType != .territory }
    let layout = template("epub-chapitre")
    let layoutFile = engine.templates.file(named: layout)
    func failure(_ problems: [String], file: String) -> BuildError {
      BuildError(
        file: file, problems: problems,
        template: layoutFile.map(TemplateEngine.displayPath) ?? layout,
        isProjectLayout: layoutFile.map { $0.origin != .builtIn } ?? false)
    }
    var chapters: [XHTMLChapter] = []
    for rendering in ordered {
      let action = rendering.action
      // French typography, as in every HTML output (the chapter is XHTML).
      let text = FrenchTypography.html(
        try engine.render(layout, context: context.action(value: rendering.value)),
        language: project.language)
      let file = "actions/\(action.id).xhtml"
      do {
        chapters.append(
          try XHTMLChapter(
            file: file, htmlPage: action.id + ".html", title: action.title?.value ?? action.id,
            text: text))
      } catch {
        throw failure(
          error.problems.map(\.description), file: "\(Self.epubPath) (\(file))")
      }
    }
    var byPage: [String: XHTMLChapter] = [:]
    for chapter in chapters { byPage[chapter.htmlPage] = chapter }
    for chapter in chapters { chapter.resolveLinks(in: byPage) }
    let settings = project.settings
    let title =
      settings.title?.value ?? settings.territory?.value
      ?? LocalizedText(fr: "Récits", en: "Narratives").text(in: project.language)
    let metadata = EPUBBook.Metadata(
      title: title, language: project.language,
      identifier: EPUBBook.identifier(
        for: [settings.territory?.value ?? "", title].joined(separator: "\n")),
      authors: settings.authors.map(\.value), description: settings.description?.value,
      modified: EPUBBook.modified(of: project))
    let style =
      engine.templates.file(named: "layouts/\(self.layout)/epub.css")
      ?? engine.templates.file(named: "layouts/\(Self.defaultLayout)/epub.css")
    let book = EPUBBook(
      metadata: metadata, chapters: chapters,
      titlePage: Self.epubTitlePage(metadata, territory: settings.territory?.value),
      stylesheet: style?.content ?? "")
    return OutputFile(path: Self.epubPath, contents: try book.archive())
  }

  /// The book's first page: its title, territory, authors and description.
  static func epubTitlePage(_ metadata: EPUBBook.Metadata, territory: String?) -> String {
    let lang = metadata.language.rawValue
    var text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(lang)" xml:lang="\(lang)">
      <head>
      <meta charset="utf-8" />
      <title>\(XMLEscaping.text(metadata.title))</title>
      <link rel="stylesheet" type="text/css" href="style.css" />
      </head>
      <body>
      <section class="titre-livre" epub:type="titlepage">
      <h1>\(XMLEscaping.text(metadata.title))</h1>

      """
    if let territory, territory != metadata.title {
      text += "<p>\(XMLEscaping.text(territory))</p>\n"
    }
    if !metadata.authors.isEmpty {
      text += "<p>\(XMLEscaping.text(metadata.authors.joined(separator: ", ")))</p>\n"
    }
    if let description = metadata.description {
      text += "<p>\(XMLEscaping.text(description))</p>\n"
    }
    text += "</section>\n</body>\n</html>\n"
    return text
  }
}
