import Foundation
import RecitModel

/// A project loaded in memory, kept up to date file by file, with its check results and
/// rendered outputs cached per action: the one API that `recit check`, `recit build` and a
/// server share.
///
/// Each source file is kept with its text and a digest of it; ``update(_:)`` re-reads only the
/// files it is given (and the ones that appeared), and decodes only those whose text changed.
/// Check results and renderings are cached per action, keyed by everything they depend on: the
/// action's files, the shared actors and settings, and (for renderings) the templates and the
/// build's options. Heavy work runs on Dispatch's global queue, never blocking the cooperative
/// pool, so a server can call the workspace from its request handlers.
public actor Workspace {
  /// How much work the workspace has done since it was opened, for tests and benchmarks.
  public struct Counters: Sendable, Hashable {
    /// Source files read from disk.
    public var filesRead = 0
    /// Source files decoded (YAML and Markdown parsed) because their text was new or changed.
    public var filesDecoded = 0
    /// Actions whose rules were run.
    public var actionsChecked = 0
    /// Actions whose outputs were rendered.
    public var actionsRendered = 0
    /// Builds that made the territory's files again (the others reused the last ones).
    public var territoriesRendered = 0
  }

  /// One source file as last read (a reference: every build looks up a thousand of them, and
  /// a lookup then copies one pointer, not the text and the decoded action).
  final class SourceFile: Sendable {
    let text: String
    let digest: ContentDigest
    let result: FileResult

    init(text: String, digest: ContentDigest, result: FileResult) {
      self.text = text
      self.digest = digest
      self.result = result
    }
  }

  let locator: ProjectLocator
  var plan: ReadingPlan
  /// Made from `plan` when first needed (``indexOfPlan()``), forgotten with it.
  var planIndex: PlanIndex?
  /// By path relative to the root.
  var sources: [String: SourceFile] = [:]
  /// Files that could not be read, with their problem.
  var unreadable: [String: FileResult] = [:]
  public internal(set) var project: Project
  public internal(set) var counters = Counters()
  var templates: TemplateSet
  var templatesDigest: ContentDigest
  var engine: Result<TemplateEngine, TemplateError>?
  /// Each action's ``inputDigest(of:)`` for the project as last read, by id.
  var inputDigests: [String: ContentDigest] = [:]
  /// For each actor id, how many of the checked actions refer to it.
  var referencedCounts: [String: Int] = [:]
  var checks: [String: (key: ContentDigest, result: Checker.ActionResult)] = [:]
  /// Each action's last rendering, per set of formats asked: a server that builds its pages
  /// then its JSON in turn keeps both.
  var renderings: [Set<ExportFormat>: [String: CachedRendering]] = [:]
  /// What every rendering of `renderings[formats]` was made with but its action's inputs: one
  /// build request's options, so that a build compares them once rather than once per action.
  var renderedWith: [Set<ExportFormat>: RenderOptions] = [:]
  /// The territory's files of the last build of each set of formats, with what they were made
  /// from.
  var territory: [Set<ExportFormat>: (key: TerritoryKey, files: [OutputFile])] = [:]
  /// The actions' reading order of the last build, reused while no key of it changes.
  var readingOrder: ReadingOrderMemo?
  /// The project pages of the last builds, typeset.
  let typesetMemo = TypesetMemo()
  /// Loaded once per workspace, on the first build that validates DocBook.
  var validator: DocBookValidator?

  /// Opens the project that `path` (a project folder, an action folder or a file) belongs to,
  /// and reads it.
  public init(path: String) async throws(LoadError) {
    guard let locator = ProjectLocator(path: path) else { throw .notFound(path) }
    self.locator = locator
    plan = ReadingPlan(locator: locator)
    if plan.jobs.isEmpty, plan.diagnostics.isEmpty, !locator.hasSettingsFile {
      throw .nothingToRead(path)
    }
    project = Project(
      root: locator.root, hasSettingsFile: locator.hasSettingsFile, settings: ProjectSettings(),
      actors: [], actions: [], files: [], diagnostics: [])
    templates = TemplateSet(projectRoot: locator.root)
    templatesDigest = Self.digest(of: templates)
    await reload(paths: nil)
  }

  /// The project folder (absolute).
  public nonisolated var root: String { locator.root }

  /// Re-reads the given files (absolute, or relative to the project root) and any file that
  /// appeared or disappeared since the last read; with no paths, re-reads every file. Returns
  /// the files whose content changed (relative paths).
  @discardableResult
  public func update(_ paths: [String] = []) async -> Set<String> {
    await reload(paths: paths.isEmpty ? nil : Set(paths.map(relative)))
  }

  /// The text of each source file as last read, by relative path: diagnostics print their
  /// source lines from it, never from a disk that an editor may be rewriting.
  public var sourceTexts: [String: String] { sources.mapValues(\.text) }

  /// A path relative to the project root.
  nonisolated func relative(_ path: String) -> String {
    guard path.hasPrefix("/") else { return path }
    return locator.relative(URL(fileURLWithPath: path).standardizedFileURL.path)
  }
}
