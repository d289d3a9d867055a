import Foundation
import RecitModel

extension Workspace {
  /// One action's rendering and files, with the key they were made for (a reference: each
  /// build reads a thousand of them from the cache).
  final class CachedRendering: Sendable {
    /// The action's ``inputDigest(of:)`` it was rendered from (the options are the same for
    /// every rendering of a set of formats: ``renderedWith``).
    let inputs: ContentDigest
    let rendering: ActionRendering
    let files: [OutputFile]
    let indexRow: String?
    /// What the territory reads of the action (``territoryFacts(of:)``).
    let territoryFacts: Action

    init(
      inputs: ContentDigest, rendering: ActionRendering, files: [OutputFile], indexRow: String?,
      territoryFacts: Action
    ) {
      self.inputs = inputs
      self.rendering = rendering
      self.files = files
      self.indexRow = indexRow
      self.territoryFacts = territoryFacts
    }
  }

  /// What the territory's files of a build were made from, but for the actions' facts, which
  /// are compared action by action.
  struct TerritoryKey: Hashable, Sendable {
    var actions: [String]
    var actors: ContentDigest
    var settings: ContentDigest
    var templates: ContentDigest
    var formats: Set<ExportFormat>
    var layout: String
    var drafts: Bool
  }

  /// The action as the territory reads it: everything but the bodies' text and tree (their
  /// mentions, with their places, are kept). Two actions with the same facts give the same
  /// territory, so editing prose does not make the territory's pages again.
  static func territoryFacts(of action: Action) -> Action {
    action.with(
      narratives: action.narratives.map { narrative in
        Narrative(
          file: narrative.file, stance: narrative.stance, narrator: narrative.narrator,
          title: narrative.title, date: narrative.date, schema: narrative.schema,
          quest: narrative.quest, disagreements: narrative.disagreements,
          body: Body(
            markdown: "", location: narrative.body.location, mentions: narrative.body.mentions),
          placeholders: narrative.placeholders, isReadable: narrative.isReadable,
          isDraft: narrative.isDraft)
      })
  }

  /// Everything an action's outputs depend on but its own inputs: the same for every action of
  /// one build.
  struct RenderOptions: Hashable, Sendable {
    var templates: ContentDigest
    var formats: Set<ExportFormat>
    var layout: String
    var validate: Bool
    var drafts: Bool
  }

  /// Checks the project, then renders what the request asks: only the actions whose inputs,
  /// templates or options changed since the last build are rendered again. Nothing is written:
  /// the caller writes the output (``OutputFolder``) or serves it.
  public func build(_ request: BuildRequest, progress: BuildProgress? = nil) async -> BuildReport {
    let engine: TemplateEngine
    switch templateEngine() {
    case .success(let value): engine = value
    case .failure(let error):
      return BuildReport(diagnostics: templates.problems, outcome: .invalidTemplates(error))
    }
    let diagnostics = templates.problems + (await check())
    if request.layout != Builder.defaultLayout, !engine.hasLayout(request.layout) {
      return BuildReport(diagnostics: diagnostics, outcome: .unknownLayout(request.layout))
    }
    if request.refuses(diagnostics) {
      return BuildReport(diagnostics: diagnostics, outcome: .refusedByCheck)
    }
    if request.validate, ExportFormat.implied(by: request.formats).contains(.docbook),
      validator == nil
    {
      validator = DocBookValidator()
    }
    var builder = Builder(
      project: project, outputFolder: "",
      formats: request.formats, engine: engine,
      layout: request.layout, validator: request.validate ? validator : nil,
      includeDrafts: request.includeDrafts, memo: &readingOrder)
    builder.typesetMemo = typesetMemo
    do {
      let output = try await render(request, builder: builder, progress: progress)
      return BuildReport(diagnostics: diagnostics, outcome: .built(output))
    } catch let error as BuildError {
      return BuildReport(diagnostics: diagnostics, outcome: .invalidOutput(error))
    } catch let error as TemplateError {
      return BuildReport(diagnostics: diagnostics, outcome: .invalidTemplates(error))
    } catch {
      let problem = BuildError(
        file: "", problems: ["\(error)"], template: request.layout, isProjectLayout: false)
      return BuildReport(diagnostics: diagnostics, outcome: .invalidOutput(problem))
    }
  }

  private func render(_ request: BuildRequest, builder: Builder, progress: BuildProgress?)
    async throws -> BuildOutput
  {
    let project = builder.project
    let context = RenderContext(project: project)
    let options = RenderOptions(
      templates: templatesDigest, formats: request.formats, layout: request.layout,
      validate: request.validate, drafts: request.includeDrafts)
    // Options compared once; then each action's inputs only.
    let cache = renderedWith[request.formats] == options ? self.renderings[request.formats] : nil
    let stale = project.actions.compactMap { action -> (Action, ContentDigest)? in
      let inputs = inputDigests[action.id] ?? inputDigest(of: action)
      return cache?[action.id]?.inputs == inputs ? nil : (action, inputs)
    }
    progress?.start(stale.count)
    let fresh = try await ParallelMap.map(stale) { action, inputs in
      let rendering = builder.rendering(of: action)
      let rendered = try builder.actionFiles(rendering, context: context)
      progress?.advance()
      return CachedRendering(
        inputs: inputs, rendering: rendering, files: rendered.files,
        indexRow: rendered.indexRow, territoryFacts: Self.territoryFacts(of: action))
    }
    counters.actionsRendered += stale.count
    // The territory's files are reused when nothing it reads changed: the same actions, shared
    // files, templates and options, and the same facts for every action rendered again.
    let territoryKey = TerritoryKey(
      actions: project.actions.map(\.id),
      actors: sources[ProjectLocator.actorsFile]?.digest ?? ContentDigest([]),
      settings: sources[ProjectLocator.settingsFile]?.digest ?? ContentDigest([]),
      templates: templatesDigest, formats: request.formats,
      layout: request.layout, drafts: request.includeDrafts)
    let territory = self.territory[request.formats]
    var territoryKept = territory?.key == territoryKey
    // Taken out of the workspace while it changes, so that it is changed in place rather than
    // copied whole (a thousand renderings) on the first change.
    var renderings =
      cache == nil ? [:] : self.renderings.removeValue(forKey: request.formats) ?? [:]
    for ((action, _), cached) in zip(stale, fresh) {
      if renderings[action.id]?.territoryFacts != cached.territoryFacts { territoryKept = false }
      renderings[action.id] = cached
    }
    // Every action of the project has its rendering now: any more are of actions gone.
    if renderings.count > project.actions.count {
      let ids = Set(project.actions.map(\.id))
      for id in renderings.keys.filter({ !ids.contains($0) }) { renderings.removeValue(forKey: id) }
    }
    self.renderings[request.formats] = renderings
    renderedWith[request.formats] = options
    let current = project.actions.compactMap { renderings[$0.id] }
    let reused = territoryKept ? territory?.files : nil
    let projectFiles = try builder.projectFiles(
      current.map(\.rendering), indexRows: current.map(\.indexRow), context: context,
      territoryFiles: reused)
    if reused == nil {
      counters.territoriesRendered += 1
      self.territory[request.formats] = (
        territoryKey, projectFiles.filter { Builder.isTerritoryFile($0.path) }
      )
    }
    return BuildOutput(
      formats: request.formats,
      actions: zip(project.actions, current).map { .init(id: $0.id, files: $1.files) },
      projectFiles: projectFiles)
  }

  /// The template engine, parsed once per version of the templates.
  private func templateEngine() -> Result<TemplateEngine, TemplateError> {
    if let engine { return engine }
    let made: Result<TemplateEngine, TemplateError>
    do {
      made = .success(try TemplateEngine(templates: templates))
    } catch let error as TemplateError {
      made = .failure(error)
    } catch {
      made = .failure(
        TemplateError(
          location: .start(of: TemplateSet.projectFolder),
          message: LocalizedText(
            fr: "modèles illisibles (\(error))", en: "unreadable templates (\(error))")))
    }
    engine = made
    return made
  }
}
