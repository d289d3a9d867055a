import RecitModel

/// Checks a loaded project: the problems met while reading, then every rule over each action,
/// with the project's rule settings and the command's `--disable` applied.
///
/// Each action is checked on its own (a pure function of the project's shared parts and the
/// action), so that work can be spread over cores and redone per changed file.
public struct Checker: Sendable {
  /// Rules turned off on the command line.
  public var disabled: Set<Rule>

  public init(disabled: Set<Rule> = []) {
    self.disabled = disabled
  }

  public func check(_ project: Project) -> [Diagnostic] {
    let perAction = ParallelMap.map(project.actions) { action in
      ActionRules(project: project, action: action).run()
    }
    let referenced = perAction.reduce(into: Set<String>()) { $0.formUnion($1.referenced) }
    let all =
      project.diagnostics + ProjectRules(project: project, referenced: referenced).run()
      + perAction.flatMap(\.diagnostics)
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
