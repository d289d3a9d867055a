import Foundation
import RecitModel

/// One action's files, and its row of the HTML index: rendered with the action and kept with
/// it, so that the index is put together from the rows, not rendered again whole.
struct RenderedAction: Sendable {
  var files: [OutputFile]
  var indexRow: String?
}

extension Builder {
  /// The files of one action, in every asked format, and its index row.
  func actionFiles(_ rendering: ActionRendering, context: RenderContext) throws -> RenderedAction {
    let action = rendering.action
    var files: [OutputFile] = []
    var indexRow: String?
    let value = context.action(value: rendering.value)
    if formats.contains(.html) {
      files.append(OutputFile("html/\(action.id).html", try page("html-page", context: value)))
      indexRow = try engine.render(template("html-index-ligne"), context: value)
    }
    if formats.contains(.docbook) {
      let path = "docbook/\(action.id).xml"
      let layout = template("docbook-article")
      files.append(
        OutputFile(path, try docbook(engine.render(layout, context: value), path, layout)))
    }
    if formats.contains(.markdown) {
      files.append(
        OutputFile(
          "markdown/\(action.id).md", try engine.render(template("markdown-action"), context: value)
        ))
    }
    if formats.contains(.hugo) { files += try hugoFiles(rendering, context: context) }
    if formats.contains(.json) {
      files.append(
        OutputFile(
          "json/\(action.id).json", JSONExport(project: project).document(for: action).rendered()))
    }
    if formats.contains(.svg) || formats.contains(.docbook) {
      for narrative in action.narratives {
        let name = ActionRendering.baseName(of: narrative)
        files.append(
          OutputFile("svg/\(action.id)/\(name).svg", rendering.diagrams[narrative.file] ?? ""))
      }
      if let graph = rendering.conflictGraph {
        files.append(OutputFile("svg/\(action.id)/conflits.svg", graph))
      }
    }
    if let print = try printFile(rendering, context: context) { files.append(print) }
    return RenderedAction(files: files, indexRow: indexRow)
  }

  /// The files of the project as a whole: the HTML index and stylesheet, the DocBook book.
  /// `indexRows` are the actions' rows (``actionFiles(_:context:)``), in their order.
  /// `territoryFiles`: the territory's files of an earlier build that are known to be the same
  /// (see `Workspace.render`), used as they are; the DocBook book still computes the territory.
  func projectFiles(
    _ renderings: [ActionRendering], indexRows: [String?], context: RenderContext,
    territoryFiles reused: [OutputFile]? = nil
  ) throws -> [OutputFile] {
    var files: [OutputFile] = []
    let needsTerritory = reused == nil || formats.contains(.docbook)
    let territory = needsTerritory ? Territory(project: project) : nil
    if formats.contains(.html) {
      // The rows end with a line feed each; the layout puts the last one.
      var rows = indexRows.compactMap { $0 }.joined()
      if rows.hasSuffix("\n") { rows.removeLast() }
      let index = context.project(
        values: renderings.map(\.value), extra: [("sommaire_lignes_html", .string(rows))])
      files.append(
        OutputFile(
          "html/index.html",
          try projectPage("html-index", context: index, actions: renderings.count)))
      let style =
        engine.templates.file(named: "layouts/\(layout)/style.css")
        ?? engine.templates.file(named: "layouts/\(Self.defaultLayout)/style.css")
      files.append(OutputFile("html/style.css", style?.content ?? ""))
    }
    if let booklet = try printBooklet(renderings, context: context) { files.append(booklet) }
    // The territory as a whole (actors, map, coverage, timeline): see Builder+Territory.
    files += try reused ?? territoryFiles(territory!, context: context)
    if formats.contains(.docbook) {
      // The territory's narrative opens the book.
      let ordered =
        renderings.filter { $0.action.effectiveType == .territory }
        + renderings.filter { $0.action.effectiveType != .territory }
      let layout = template("docbook-book")
      let book = try engine.render(
        layout,
        context: context.project(values: ordered.map(\.value), extra: bookExtras(territory!)),
        actions: ordered.count)
      let validated = try docbook(book, "docbook/projet.xml", layout)
      files.append(OutputFile("docbook/projet.xml", validated))
      // Word and OpenDocument: pandoc converts the book just validated, diagrams embedded.
      files += try pandocFiles(
        book: validated, renderings: renderings,
        territoryDiagrams: files.filter { $0.path.hasPrefix("svg/") })
    }
    if formats.contains(.epub) { files.append(try epubFile(renderings, context: context)) }
    if formats.contains(.hugo) { files.append(hugoSectionFile()) }
    return files
  }

  /// An HTML page of the layout, rendered then typeset (French typography for a French
  /// project, or a page that says `lang="fr"`: see ``FrenchTypography/html(_:language:)``).
  /// `actions`: for a page of the whole project, the number of actions it may speak of (see
  /// ``TemplateEngine/render(_:context:actions:)``).
  func page(_ kind: String, context: JSONValue, actions: Int = 0) throws -> String {
    FrenchTypography.html(
      try engine.render(template(kind), context: context, actions: actions),
      language: project.language)
  }

  /// A page of the whole project (the index, the booklet): typeset again only when its
  /// rendering differs from the last one the workspace kept (``typesetMemo``).
  func projectPage(_ kind: String, context: JSONValue, actions: Int) throws -> String {
    let rendered = try engine.render(template(kind), context: context, actions: actions)
    guard let typesetMemo else {
      return FrenchTypography.html(rendered, language: project.language)
    }
    return typesetMemo.typeset(kind, rendered, language: project.language)
  }

  /// A DocBook document parsed, re-serialized and validated by libxml2.
  private func docbook(_ text: String, _ path: String, _ layout: String) throws -> String {
    let file = engine.templates.file(named: layout)
    func failure(_ problems: [String]) -> BuildError {
      BuildError(
        file: path, problems: problems,
        template: file.map(TemplateEngine.displayPath) ?? layout,
        isProjectLayout: file.map { $0.origin != .builtIn } ?? false)
    }
    let document: String
    do {
      document = try XMLReformatter.reformat(text)
    } catch {
      throw failure(error.problems.map(\.description))
    }
    guard let validator else { return document }
    let problems = try validator.validate(document)
    guard problems.isEmpty else { throw failure(problems.map(\.description)) }
    return document
  }
}
