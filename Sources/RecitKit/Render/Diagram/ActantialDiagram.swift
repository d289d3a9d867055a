/// The actantial diagram of one narrative as SVG, in the classic layout.
///
/// Top row: destinateur → objet → destinataires. Bottom row: adjuvants → sujet ← opposants.
/// The quest arrow rises from the sujet to the objet, with the quest steps numbered along it
/// from the sujet upwards (their action text shortened to two lines; the full text is in the
/// description). Several actors per box, long names wrapped, accents intact.
///
/// Built as XML with libxml2's tree API, UTF-8; no script, no external resource, no CSS; text
/// contrast of at least 4.5:1 (`DiagramPalette`). Accessible: `role="img"`,
/// `aria-labelledby` pointing at a `<title>` and a `<desc>` that spells out the whole schema.
public struct ActantialDiagram: Sendable {
  /// The resolved schema (the narrative's own roles over the action's).
  public var schema: ActantialSchema
  /// Actor id → name to show; an id without a name shows as written.
  public var names: [String: String]
  /// The resolved quest, in order; empty for none.
  public var quest: [QuestStep]
  public var language: Language
  /// What the diagram is about (an action title), added to the accessible title.
  public var subject: String?
  /// Prepended to the ids inside the SVG (title, description, markers); unique per HTML page.
  public var idPrefix: String
  /// The roles the narrative leaves untold (`Action.untoldRoles(of:)`): shown as "non dit".
  public var untold: Set<Role>

  public init(
    schema: ActantialSchema, names: [String: String] = [:], quest: [QuestStep] = [],
    language: Language = .fr, subject: String? = nil, idPrefix: String = "schema",
    untold: Set<Role> = []
  ) {
    self.untold = untold
    self.schema = schema
    self.names = names
    self.quest = quest
    self.language = language
    self.subject = subject
    self.idPrefix = idPrefix
  }

  /// A standalone SVG file: XML declaration, then the indented `<svg>` element.
  public func svgDocument() -> String {
    let svg = DiagramSVG(diagram: self, layout: DiagramLayout(self))
    return svg.document()
  }

  /// The `<svg>` element alone, for inline use in HTML.
  public func inlineSVG() -> String {
    let svg = DiagramSVG(diagram: self, layout: DiagramLayout(self))
    return svg.element()
  }

  /// The names in a role, or for the objet its text; empty when the role is not filled
  /// (`ActantialSchema.isFilled`).
  func entries(for role: Role) -> [String] {
    guard schema.isFilled(role) else { return [] }
    if role == .object { return schema.object.map { [$0.value] } ?? [] }
    return (schema.actors(in: role) ?? []).map { names[$0.id] ?? $0.id }
  }

  /// What a step shows: its action, else the names of its actors.
  func text(of step: QuestStep) -> String {
    if let action = step.action?.value, !action.isEmpty { return action }
    return step.actors.map { names[$0.id] ?? $0.id }.joined(separator: ", ")
  }
}
