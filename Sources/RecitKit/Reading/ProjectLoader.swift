import Foundation
import RecitModel

/// Why a command could not even start reading.
public enum LoadError: Error, Equatable, Sendable {
  case notFound(String)
  /// The path exists but holds no project and no action: nothing to check or build.
  case nothingToRead(String)

  public var message: LocalizedText {
    switch self {
    case .notFound(let path):
      LocalizedText(fr: "« \(path) » n'existe pas", en: "“\(path)” does not exist")
    case .nothingToRead(let path):
      LocalizedText(
        fr:
          "aucun projet ni action dans « \(path) » (ni recit.yml, ni dossier actions/, ni fichier .md) : « recit init » en crée un",
        en:
          "no project and no action in “\(path)” (no recit.yml, no actions/ folder, no .md file): “recit init” makes one"
      )
    }
  }
}

/// Reads a project from disk into the model: settings, shared actors, actions and their
/// narratives, with every problem met along the way.
///
/// Files are read and decoded independently (on all cores), then assembled; reading never
/// stops at a broken file.
public struct ProjectLoader: Sendable {
  public init() {}

  /// Loads the project that `path` (a project folder, an action folder or a file) belongs to.
  public func load(path: String) -> Result<Project, LoadError> {
    guard let locator = ProjectLocator(path: path) else { return .failure(.notFound(path)) }
    let plan = ReadingPlan(locator: locator)
    if plan.jobs.isEmpty, plan.diagnostics.isEmpty, !locator.hasSettingsFile {
      return .failure(.nothingToRead(path))
    }
    let results = ParallelMap.map(plan.jobs) { job in job.run() }
    return .success(Self.assemble(locator: locator, plan: plan, results: results))
  }

  /// The project from each file's result, in plan order (also used by ``Workspace``).
  static func assemble(locator: ProjectLocator, plan: ReadingPlan, results: [FileResult])
    -> Project
  {
    var settings = ProjectSettings()
    var actors: [Actor] = []
    var actions: [String: Action] = [:]
    var others: [String: [Narrative]] = [:]
    var diagnostics = plan.diagnostics
    for result in results {
      diagnostics += result.diagnostics
      switch result.content {
      case .settings(let value): settings = value
      case .actors(let value): actors = value
      case .action(let value): actions[value.id] = value
      case .narrative(let actionID, let value): others[actionID, default: []].append(value)
      case .unreadable: break
      }
    }
    for (id, narratives) in others {
      guard let action = actions[id] else { continue }
      actions[id] = action.with(
        narratives: action.narratives + narratives.sorted { $0.file < $1.file })
    }
    return Project(
      root: locator.root, hasSettingsFile: locator.hasSettingsFile, settings: settings,
      actors: actors, actions: actions.values.sorted { $0.id < $1.id },
      files: plan.jobs.map(\.relativePath), diagnostics: diagnostics.sorted())
  }
}

/// What one file gave.
struct FileResult: Sendable {
  enum Content: Sendable {
    case settings(ProjectSettings)
    case actors([Actor])
    case action(Action)
    case narrative(actionID: String, Narrative)
    case unreadable
  }

  var content: Content
  var diagnostics: [Diagnostic]
}
