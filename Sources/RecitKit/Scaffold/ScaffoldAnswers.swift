import RecitModel

/// What a user answered in `recit new --interactive`, written into the scaffold.
///
/// A role left `nil` was not asked: the scaffold proposes the project's actors that fit it
/// (`Scaffolder.suggestions`), else leaves its question. An empty role was asked and left for
/// later: the scaffold leaves its question.
public struct ScaffoldAnswers: Sendable, Equatable {
  public struct NewActor: Sendable, Equatable {
    public var id: String
    public var name: String
    public var category: ActorCategory?

    public init(id: String, name: String, category: ActorCategory?) {
      self.id = id
      self.name = name
      self.category = category
    }
  }

  /// One quest step, numbered in the order given (`0`, `1`, `2`…).
  public struct Step: Sendable, Equatable {
    public var action: String
    public var actors: [String]
    public var influences: [String]

    public init(action: String, actors: [String] = [], influences: [String] = []) {
      self.action = action
      self.actors = actors
      self.influences = influences
    }
  }

  public var actors: [NewActor] = []
  public var senders: [String]?
  public var subjects: [String]?
  public var object: String?
  public var receivers: [String]?
  public var helpers: [String]?
  public var opponents: [String]?
  /// As the user wrote it, already checked (`PartialDate`).
  public var date: String?
  public var summary: String?
  /// Balise ids (`engagement/2`); empty keeps the scaffold's own.
  public var balises: [String] = []
  public var steps: [Step] = []

  public init() {}

  /// The answers as the scaffolds' context: `*_yaml` values ready for the front matter.
  func context(language: Language) -> [(String, JSONValue)] {
    func flow(_ ids: [String]?) -> JSONValue {
      guard let ids, !ids.isEmpty else { return .null }
      return .string(ids.count == 1 ? ids[0] : "[" + ids.joined(separator: ", ") + "]")
    }
    func list(_ ids: [String]) -> JSONValue {
      ids.isEmpty ? .null : .string("[" + ids.joined(separator: ", ") + "]")
    }
    let context: [(String, JSONValue)] = [
      (
        "acteurs",
        .array(
          actors.map { actor in
            .object([
              ("id", .string(actor.id)),
              ("nom_yaml", .string(YAMLQuoting.quote(actor.name))),
              (
                "categorie",
                .optional(language == .fr ? actor.category?.rawValue : actor.category?.englishAlias)
              ),
            ])
          })
      ),
      ("destinateur_yaml", flow(senders)),
      ("sujet_yaml", flow(subjects)),
      ("destinateur_liste_yaml", list(senders ?? [])),
      ("sujet_liste_yaml", list(subjects ?? [])),
      ("objet_yaml", object.map { .string(YAMLQuoting.quote($0)) } ?? .null),
      ("destinataires_yaml", flow(receivers)),
      ("destinataires", .array((receivers ?? []).map { .object([("id", .string($0))]) })),
      ("adjuvants_yaml", flow(helpers)),
      ("opposants_yaml", flow(opponents)),
      ("resume_yaml", summary.map { .string(YAMLQuoting.quote($0)) } ?? .null),
      ("balises_yaml", list(balises)),
      (
        "etapes",
        .array(
          steps.enumerated().map { number, step in
            .object([
              ("etape", .string(String(number))),
              ("action", .string(Self.oneLine(step.action))),
              ("action_yaml", .string(YAMLQuoting.quote(step.action))),
              ("acteurs_yaml", list(step.actors)),
              ("influence_yaml", list(step.influences)),
            ])
          })
      ),
    ]
    return context
  }

  /// Text put in a Markdown heading or a comment stays on one line.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
