import Foundation
import RecitModel

/// The export formats of `recit build`.
public enum ExportFormat: String, Sendable, CaseIterable, Hashable {
  case html
  case docbook
  case markdown
  case json
  case svg
}

/// A build that could not produce valid output: a bug of `recit` or of a project's layout,
/// never written silently.
public struct BuildError: Error, Sendable {
  public var file: String
  public var problems: [String]
  /// The layout that produced the file (`Templates/…` built in, or the project's `templates/…`).
  public var template: String
  /// True when the layout is the project's own: the fix is in the project, not in `recit`.
  public var isProjectLayout: Bool
}

/// What a build wrote.
public struct BuildResult: Sendable {
  public var written: [String] = []
  public var unchanged: [String] = []

  public func summary(in language: Language) -> String {
    if written.isEmpty {
      return language == .fr
        ? "Rien n'a changé : \(unchanged.count) fichier(s) déjà à jour.\n"
        : "Nothing changed: \(unchanged.count) file(s) already up to date.\n"
    }
    let list = written.map { "  \($0)\n" }.joined()
    return language == .fr
      ? "\(written.count) fichier(s) écrit(s), \(unchanged.count) inchangé(s) :\n\(list)"
      : "\(written.count) file(s) written, \(unchanged.count) unchanged:\n\(list)"
  }
}

/// Renders every asked format for every action through the layouts, validates the DocBook, and
/// writes the files whose content changed.
///
/// Rendering is a pure function of the project and the templates; actions render
/// independently, on all cores.
public struct Builder: Sendable {
  public static let defaultLayout = "defaut"

  public var project: Project
  public var outputFolder: String
  public var formats: Set<ExportFormat>
  public var engine: TemplateEngine
  /// The layout set (`--template NAME`): `layouts/NAME/…`, each file falling back to the default.
  public var layout: String
  public var validate: Bool

  public init(
    project: Project, outputFolder: String, formats: Set<ExportFormat>, engine: TemplateEngine,
    layout: String = Builder.defaultLayout, validate: Bool = true
  ) {
    self.project = project
    self.outputFolder = outputFolder
    self.formats = formats
    self.engine = engine
    self.layout = layout
    self.validate = validate
  }

  /// Every output file: path relative to the output folder → content.
  public func render() throws -> [(path: String, content: String)] {
    let project = self.project
    let formats = self.formats
    let renderings = ParallelMap.map(project.actions) {
      ActionRendering(project: project, action: $0, formats: formats)
    }
    let context = RenderContext(project: project)
    let perAction = try ParallelMap.map(renderings) { rendering in
      Result { try self.files(for: rendering, context: context) }
    }.map { try $0.get() }
    var files = perAction.flatMap { $0 }
    files += try projectFiles(renderings, context: context)
    return files.sorted { $0.path < $1.path }
  }

  public func build() throws -> BuildResult {
    let writer = OutputWriter()
    var result = BuildResult()
    for file in try render() {
      switch try writer.write(file.content, to: outputFolder + "/" + file.path) {
      case .written: result.written.append(file.path)
      case .unchanged: result.unchanged.append(file.path)
      }
    }
    return result
  }

  private func files(for rendering: ActionRendering, context: RenderContext) throws
    -> [(path: String, content: String)]
  {
    let action = rendering.action
    var files: [(String, String)] = []
    let value = context.action(action, extras: rendering.extras)
    if formats.contains(.html) {
      files.append(
        ("html/\(action.id).html", try engine.render(template("html-page"), context: value)))
    }
    if formats.contains(.docbook) {
      let path = "docbook/\(action.id).xml"
      let layout = template("docbook-article")
      files.append((path, try docbook(engine.render(layout, context: value), path, layout)))
    }
    if formats.contains(.markdown) {
      files.append(
        ("markdown/\(action.id).md", try engine.render(template("markdown-action"), context: value))
      )
    }
    if formats.contains(.json) {
      files.append(
        ("json/\(action.id).json", JSONExport(project: project).document(for: action).rendered()))
    }
    if formats.contains(.svg) || formats.contains(.docbook) {
      for narrative in action.narratives {
        let name = ActionRendering.baseName(of: narrative)
        files.append(("svg/\(action.id)/\(name).svg", rendering.diagrams[narrative.file] ?? ""))
      }
      if let graph = rendering.conflictGraph {
        files.append(("svg/\(action.id)/conflits.svg", graph))
      }
    }
    return files
  }

  private func projectFiles(_ renderings: [ActionRendering], context: RenderContext) throws
    -> [(path: String, content: String)]
  {
    var files: [(String, String)] = []
    let all = renderings.map { ($0.action, $0.extras) }
    if formats.contains(.html) {
      files.append(
        (
          "html/index.html",
          try engine.render(template("html-index"), context: context.project(actions: all))
        ))
      let style =
        engine.templates.file(named: "layouts/\(layout)/style.css")
        ?? engine.templates.file(named: "layouts/\(Self.defaultLayout)/style.css")
      files.append(("html/style.css", style?.content ?? ""))
    }
    if formats.contains(.docbook) {
      // The territory's narrative opens the book.
      let ordered =
        all.filter { $0.0.effectiveType == .territoire }
        + all.filter { $0.0.effectiveType != .territoire }
      let layout = template("docbook-book")
      let book = try engine.render(layout, context: context.project(actions: ordered))
      files.append(("docbook/projet.xml", try docbook(book, "docbook/projet.xml", layout)))
    }
    return files
  }

  /// The layout's template, else the default layout's.
  private func template(_ kind: String) -> String {
    let chosen = "layouts/\(layout)/\(kind)"
    return engine.has(chosen) ? chosen : "layouts/\(Self.defaultLayout)/\(kind)"
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
    guard validate else { return document }
    let problems = try DocBookValidator().validate(document)
    guard problems.isEmpty else { throw failure(problems.map(\.description)) }
    return document
  }
}
