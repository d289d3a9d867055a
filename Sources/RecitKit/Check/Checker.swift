import RecitModel

/// Checks a loaded project: the problems met while reading, then every rule over each action,
/// with the project's rule settings and the command's `--disable` applied.
///
/// Each action is checked on its own (a pure function of the project's shared parts and the
/// action), so that work can be spread over cores and redone per changed file: a workspace
/// caches ``checkAction(_:in:)`` per action and calls ``combine(_:in:wholeProject:referenced:)`` on the results.
public struct Checker: Sendable {
  /// What the rules found in one action, before settings are applied.
  public struct ActionResult: Sendable, Hashable {
    public var diagnostics: [Diagnostic]
    /// Every actor id the action's files refer to (for the project-wide rules).
    public var referenced: Set<String>
  }

  /// Rules turned off on the command line.
  public var disabled: Set<Rule>

  public init(disabled: Set<Rule> = []) {
    self.disabled = disabled
  }

  public func check(_ project: Project) -> [Diagnostic] {
    let perAction = ParallelMap.map(project.actions) { action in
      checkAction(action, in: project)
    }
    return combine(perAction, in: project)
  }

  /// The per-action rules over one action (settings not yet applied).
  public func checkAction(_ action: Action, in project: Project) -> ActionResult {
    let context = ActionCheckContext(project: project, action: action)
    var found: [Diagnostic] = []
    for unit in RuleRegistry.actionRules { unit.check(context, into: &found) }
    return ActionResult(diagnostics: found, referenced: context.referencedIDs)
  }

  /// The whole report: reading problems, project-wide rules and the per-action results, with
  /// `regles:` and `--disable` applied, sorted. `wholeProject` is false when only part of the
  /// project was read (one action): the project-wide rules then do not run, since the actions
  /// left unread may use what they would report unused.
  ///
  /// `referenced` is the union of the results' `referenced`, when the caller keeps it.
  public func combine(
    _ perAction: [ActionResult], in project: Project, wholeProject: Bool = true,
    referenced known: Set<String>? = nil
  ) -> [Diagnostic] {
    let referenced =
      known ?? perAction.reduce(into: Set<String>()) { $0.formUnion($1.referenced) }
    let context = ProjectCheckContext(project: project, referenced: referenced)
    var projectWide: [Diagnostic] = []
    if wholeProject {
      for unit in RuleRegistry.projectRules { unit.check(context, into: &projectWide) }
    }
    let all = project.diagnostics + projectWide + perAction.flatMap(\.diagnostics)
    return configure(all, settings: project.settings).sorted()
  }

  /// Applies `regles:` from `recit.yml` and `--disable`.
  func configure(_ diagnostics: [Diagnostic], settings: ProjectSettings) -> [Diagnostic] {
    diagnostics.compactMap { diagnostic in
      if disabled.contains(diagnostic.rule) { return nil }
      var result = diagnostic
      switch settings.rules[diagnostic.rule]?.value {
      case .off: return nil
      case .severity(let severity): result.severity = severity
      case nil: break
      }
      return result
    }
  }
}
