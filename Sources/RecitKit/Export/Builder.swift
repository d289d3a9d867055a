import Foundation
import RecitModel

/// The export formats of `recit build`.
public enum ExportFormat: String, Sendable, CaseIterable, Hashable {
  case html
  case docbook
  case markdown
  case json
  case svg
  /// A print booklet of the project and one PDF per action, rendered by WeasyPrint from print
  /// HTML (`pdf/projet.pdf`, `pdf/ACTION.pdf`; see `PDFPrinter`).
  case pdf
  /// An EPUB 3 book of the project (`epub/projet.epub`), written by `recit` itself.
  case epub
  /// Word and OpenDocument books, converted by pandoc from the validated DocBook book.
  case docx
  case odt
  /// Hugo page bundles (`hugo/content/actions/ID/index.md` and the action's diagrams).
  case hugo

  /// The output folders a build of these formats writes into (SVG diagrams come with DocBook,
  /// which refers to them; Word and OpenDocument come from the DocBook book, written too).
  public static func folders(of formats: Set<ExportFormat>) -> Set<String> {
    let formats = implied(by: formats)
    var folders = Set(formats.map(\.rawValue))
    if formats.contains(.docbook) { folders.insert(ExportFormat.svg.rawValue) }
    return folders
  }

  /// The formats whose files are binary (a ZIP container): not text, never compared as text.
  public static let binary: Set<ExportFormat> = [.epub, .docx, .odt]

  /// `formats` and the formats they are made from: Word and OpenDocument need the DocBook book.
  public static func implied(by formats: Set<ExportFormat>) -> Set<ExportFormat> {
    formats.contains(.docx) || formats.contains(.odt) ? formats.union([.docbook]) : formats
  }
}

/// One output file: its path relative to the output folder, and its bytes.
public struct OutputFile: Sendable, Hashable {
  public var path: String
  public var contents: Data

  public init(path: String, contents: Data) {
    self.path = path
    self.contents = contents
  }

  init(_ path: String, _ text: String) {
    self.init(path: path, contents: Data(text.utf8))
  }

  /// The contents as UTF-8 text (meaningless for the binary formats: EPUB, Word, OpenDocument,
  /// PDF).
  public var text: String { String(decoding: contents, as: UTF8.self) }
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
  /// Set when a program the build hands work to failed (pandoc missing, or refusing the book):
  /// the words for the user, instead of a layout's problems.
  public var reason: LocalizedText? = nil
}

/// Renders every asked format for every action through the layouts, and validates the DocBook.
///
/// Rendering is a pure function of the project and the templates; actions render
/// independently. A ``Workspace`` calls the per-action pieces (``rendering(of:)``,
/// ``actionFiles(_:context:)``) and caches them; ``render()`` does everything at once.
public struct Builder: Sendable {
  public static let defaultLayout = "defaut"

  public var project: Project
  public var outputFolder: String
  public var formats: Set<ExportFormat>
  public var engine: TemplateEngine
  /// The layout set (`--template NAME`): `layouts/NAME/…`, each file falling back to the default.
  public var layout: String
  /// Loaded once and shared by every validation of the build; nil when DocBook is not
  /// validated (`--no-validate`, or no DocBook asked).
  let validator: DocBookValidator?
  /// The project pages typeset by the last build, when a workspace keeps them.
  var typesetMemo: TypesetMemo?

  /// Builds what `project` publishes (`Project.published(includingDrafts:)`): drafts left out
  /// unless `includeDrafts`, actions in reading order.
  public init(
    project: Project, outputFolder: String, formats: Set<ExportFormat>, engine: TemplateEngine,
    layout: String = Builder.defaultLayout, validate: Bool = true, includeDrafts: Bool = false
  ) {
    var memo: ReadingOrderMemo?
    self.init(
      project: project, outputFolder: outputFolder, formats: formats, engine: engine,
      layout: layout,
      validator: validate && ExportFormat.implied(by: formats).contains(.docbook)
        ? DocBookValidator() : nil,
      includeDrafts: includeDrafts, memo: &memo)
  }

  /// The same with the validator given, sorting the actions through `memo`
  /// (``Project/published(includingDrafts:memo:)``).
  init(
    project: Project, outputFolder: String, formats: Set<ExportFormat>, engine: TemplateEngine,
    layout: String, validator: DocBookValidator?, includeDrafts: Bool,
    memo: inout ReadingOrderMemo?
  ) {
    self.project = project.published(includingDrafts: includeDrafts, memo: &memo)
    self.outputFolder = outputFolder
    self.formats = ExportFormat.implied(by: formats)
    self.engine = engine
    self.layout = layout
    self.validator = validator
  }

  /// Every output file: path relative to the output folder → content. With PDF asked, the
  /// print HTML that WeasyPrint will read (`pdf/*.html`) stands for each PDF: ``build()``
  /// and `recit build` hand it to ``PDFPrinter``.
  public func render() throws -> [(path: String, content: String)] {
    try renderFiles().map { ($0.path, $0.text) }
  }

  /// Every output file, sorted by path, with its bytes (EPUB, Word and OpenDocument are binary).
  public func renderFiles() throws -> [OutputFile] {
    let renderings = ParallelMap.map(project.actions) { rendering(of: $0) }
    let context = RenderContext(project: project)
    let perAction = try ParallelMap.map(renderings) { rendering in
      Result { try self.actionFiles(rendering, context: context) }
    }.map { try $0.get() }
    let files =
      perAction.flatMap(\.files)
      + (try projectFiles(renderings, indexRows: perAction.map(\.indexRow), context: context))
    return files.sorted { $0.path < $1.path }
  }

  /// Renders and writes into ``outputFolder``, removing the outputs of earlier builds that this
  /// one no longer makes (only files listed in the folder's manifest).
  public func build() throws -> BuildResult {
    var files = try renderFiles()
    if formats.contains(.pdf) { files = try PDFPrinter().print(files) }
    return try OutputFolder(path: outputFolder).write(
      files, folders: ExportFormat.folders(of: formats))
  }

  /// The pieces of one action that every format shares (bodies, diagrams, comparison).
  func rendering(of action: Action) -> ActionRendering {
    ActionRendering(project: project, action: action, formats: formats)
  }

  /// The layout's template, else the default layout's.
  func template(_ kind: String) -> String {
    let chosen = "layouts/\(layout)/\(kind)"
    return engine.has(chosen) ? chosen : "layouts/\(Self.defaultLayout)/\(kind)"
  }
}
