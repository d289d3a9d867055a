import RecitModel

/// Resolves an action's references (actor ids, quest step labels) against what the action can
/// name: the one lookup behind the JSON export and the render context.
struct ReferenceResolver: Sendable {
  let action: Action
  /// The actors the action can name (`Project.actors(of:)`).
  let actors: [String: Actor]

  init(project: Project, action: Action) {
    self.action = action
    actors = project.actors(of: action)
  }

  /// The declared actor an actor reference names, if any.
  func actor(_ reference: Reference) -> Actor? {
    reference.kind == .actor ? actors[reference.id] : nil
  }

  /// A step reference's canonical label, and the step of the action's quest it names, if any.
  func step(_ reference: Reference) -> (label: String, step: QuestStep?) {
    let label = StepLabel(reference.id).canonical
    return (label, action.quest.first { $0.label.value.canonical == label })
  }

  /// Whether the reference names a declared actor or a step of the quest.
  func isResolved(_ reference: Reference) -> Bool {
    switch reference.kind {
    case .actor: actor(reference) != nil
    case .step: step(reference).step != nil
    }
  }

  /// An actor's name to show: its declared name, else the id as written.
  func displayName(_ reference: Reference) -> String {
    actor(reference)?.displayName ?? reference.id
  }
}
