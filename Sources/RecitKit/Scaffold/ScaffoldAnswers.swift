import RecitModel

/// What a user answered in `recit new --interactive`, written into the scaffold.
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

  public var actors: [NewActor] = []
  public var senders: [String] = []
  public var subjects: [String] = []
  public var object: String?
  public var receivers: [String] = []
  public var helpers: [String] = []
  public var opponents: [String] = []

  public init() {}

  /// The answers as the scaffolds' context: `*_yaml` values ready for the front matter.
  func context(language: Language) -> [(String, JSONValue)] {
    func flow(_ ids: [String]) -> JSONValue {
      ids.isEmpty
        ? .null : .string(ids.count == 1 ? ids[0] : "[" + ids.joined(separator: ", ") + "]")
    }
    return [
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
      ("objet_yaml", object.map { .string(YAMLQuoting.quote($0)) } ?? .null),
      ("destinataires_yaml", flow(receivers)),
      ("adjuvants_yaml", flow(helpers)),
      ("opposants_yaml", flow(opponents)),
    ]
  }
}
