import RecitModel

/// What an action rule may read: the project, the action, the actors in its scope and the
/// references its files make, computed once for every rule.
struct ActionCheckContext {
  /// A reference to an actor or a step, with what names it (a role, a step, a mention…).
  struct NamedReference {
    var reference: Reference
    var role: LocalizedText
  }

  let project: Project
  let action: Action
  /// The actors in the action's scope: `acteurs.yml`, then the action's own.
  let actors: [String: Actor]
  /// Every actor or step reference the action's files make, in reading order.
  let references: [NamedReference]
  /// The numbering of the action's quest, then of each narrative's own quest, for the
  /// `etape-…` rules.
  let questNumberings: [QuestNumbering]

  init(project: Project, action: Action) {
    self.project = project
    self.action = action
    self.actors = project.actors(of: action)
    self.references = Self.references(in: action)
    self.questNumberings = ([action.quest] + action.narratives.compactMap(\.quest)).map(
      QuestNumbering.init)
  }

  /// Whether the carried narrative (`action.md`) could be read: the rules about the action's
  /// own content stay silent otherwise, so that one broken file gives one diagnostic.
  var isCarriedReadable: Bool { action.carried?.isReadable ?? false }

  /// The start of `action.md`.
  var mainStart: SourceLocation { .start(of: action.file) }
  /// Where the action's `schema:` is written, or the start of `action.md`.
  var schemaLocation: SourceLocation { action.schema.location ?? mainStart }

  /// Whether a file that declares actors for this action could not be read (its `action.md`,
  /// or `acteurs.yml`): an id it may declare is then not reported unknown, so that one broken
  /// file gives one error.
  var actorsMayBeMissing: Bool {
    if !isCarriedReadable { return true }
    let file = ProjectLocator.actorsFile
    return project.files.contains(file) && !project.actors.contains { $0.scope == .project }
      && project.diagnostics.contains {
        $0.location.file == file && $0.severity == .error
          && ($0.rule == .invalidYAML || $0.rule == .unreadableFile)
      }
  }

  /// The ids the action's files refer to (for ``ProjectCheckContext/referenced``).
  var referencedIDs: Set<String> { Set(references.map(\.reference.id)) }
}

extension ActionCheckContext {
  private static func references(in action: Action) -> [NamedReference] {
    var list: [NamedReference] = []
    func add(_ refs: [Reference]?, _ role: LocalizedText) {
      for reference in refs ?? [] { list.append(NamedReference(reference: reference, role: role)) }
    }
    func addSchema(_ schema: ActantialSchema) {
      for role in Role.allCases where role != .object {
        add(schema.actors(in: role), role.label)
      }
    }
    func addQuest(_ quest: [QuestStep]) {
      for step in quest {
        add(
          step.actors,
          LocalizedText(fr: "l'étape \(step.label.value.text)", en: "step \(step.label.value.text)")
        )
        add(step.influences, LocalizedText(fr: "une influence", en: "an influence"))
      }
    }
    addSchema(action.schema)
    addQuest(action.quest)
    for influence in action.influences {
      add([influence.from, influence.to], LocalizedText(fr: "une influence", en: "an influence"))
    }
    add(action.benefits.map(\.receiver), LocalizedText(fr: "un bénéfice", en: "a benefit"))
    for narrative in action.narratives {
      add(narrative.narrator.map { [$0] }, LocalizedText(fr: "le narrateur", en: "the narrator"))
      addSchema(narrative.schema)
      addQuest(narrative.quest ?? [])
      add(narrative.body.mentions, LocalizedText(fr: "une mention", en: "a mention"))
    }
    return list
  }
}

/// What a project rule may read: the project and what the action rules gathered.
struct ProjectCheckContext {
  let project: Project
  /// Every actor id some action refers to.
  let referenced: Set<String>
}
