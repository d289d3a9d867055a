/// A rule's severity as a project sets it in `recit.yml`: a severity, or off.
public enum RuleSetting: Hashable, Sendable {
  case off
  case severity(Severity)
}

/// The settings of `recit.yml`.
public struct ProjectSettings: Hashable, Sendable {
  public let territory: Text?
  public let title: Text?
  public let language: Located<Language>?
  public let authors: [Text]
  public let description: Text?
  public let rules: [Rule: Located<RuleSetting>]

  public init(
    territory: Text? = nil, title: Text? = nil, language: Located<Language>? = nil,
    authors: [Text] = [], description: Text? = nil, rules: [Rule: Located<RuleSetting>] = [:]
  ) {
    self.territory = territory
    self.title = title
    self.language = language
    self.authors = authors
    self.description = description
    self.rules = rules
  }
}

/// A territory's project: settings, shared actors and actions, plus the problems met while
/// reading them.
public struct Project: Sendable {
  /// The project's folder on disk (absolute path); locations are relative to it.
  public let root: String
  /// Whether a `recit.yml` was found; a lone file has none.
  public let hasSettingsFile: Bool
  public let settings: ProjectSettings
  public let actors: [Actor]
  /// Actions sorted by id.
  public let actions: [Action]
  /// Every source file read, relative to the root.
  public let files: [String]
  /// Problems met while reading, in file order.
  public let diagnostics: [Diagnostic]

  public init(
    root: String, hasSettingsFile: Bool, settings: ProjectSettings, actors: [Actor],
    actions: [Action], files: [String], diagnostics: [Diagnostic]
  ) {
    self.root = root
    self.hasSettingsFile = hasSettingsFile
    self.settings = settings
    self.actors = actors
    self.actions = actions
    self.files = files
    self.diagnostics = diagnostics
  }

  public var language: Language { settings.language?.value ?? .fr }

  /// The actors an action can name: the project's, overridden by the action's own.
  public func actors(of action: Action) -> [String: Actor] {
    var scope: [String: Actor] = [:]
    for actor in actors where scope[actor.id] == nil { scope[actor.id] = actor }
    for actor in action.actors { scope[actor.id] = actor }
    return scope
  }
}
