import Foundation
import RecitModel

extension Builder {
  /// The files of one action, in every asked format.
  func actionFiles(_ rendering: ActionRendering, context: RenderContext) throws -> [OutputFile] {
    let action = rendering.action
    var files: [OutputFile] = []
    let value = context.action(action, extras: rendering.extras)
    if formats.contains(.html) {
      files.append(
        OutputFile(
          "html/\(action.id).html", try engine.render(template("html-page"), context: value)))
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
    return files
  }

  /// The files of the project as a whole: the HTML index and stylesheet, the DocBook book.
  func projectFiles(_ renderings: [ActionRendering], context: RenderContext) throws
    -> [OutputFile]
  {
    var files: [OutputFile] = []
    let all = renderings.map { ($0.action, $0.extras) }
    let territory = Territory(project: project)
    if formats.contains(.html) {
      files.append(
        OutputFile(
          "html/index.html",
          try engine.render(template("html-index"), context: context.project(actions: all))))
      let style =
        engine.templates.file(named: "layouts/\(layout)/style.css")
        ?? engine.templates.file(named: "layouts/\(Self.defaultLayout)/style.css")
      files.append(OutputFile("html/style.css", style?.content ?? ""))
    }
    // The territory as a whole (actors, map, coverage, timeline): see Builder+Territory.
    files += try territoryFiles(territory, context: context)
    if formats.contains(.docbook) {
      // The territory's narrative opens the book.
      let ordered =
        all.filter { $0.0.effectiveType == .territory }
        + all.filter { $0.0.effectiveType != .territory }
      let layout = template("docbook-book")
      let book = try engine.render(
        layout, context: context.project(actions: ordered, extra: bookExtras(territory)))
      files.append(
        OutputFile("docbook/projet.xml", try docbook(book, "docbook/projet.xml", layout)))
    }
    return files
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
