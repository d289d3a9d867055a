/// A front-matter key: its French canonical name and its English alias.
struct Field: Hashable, Sendable {
  let name: String
  let alias: String

  init(_ name: String, _ alias: String) {
    self.name = name
    self.alias = alias
  }

  /// Every key of the file format, by the object it belongs to.
  enum Keys {
    static let territory = Field("territoire", "territory")
    static let title = Field("titre", "title")
    static let language = Field("langue", "language")
    static let authors = Field("auteurs", "authors")
    static let description = Field("description", "description")
    static let rules = Field("regles", "rules")
    static let settings = [territory, title, language, authors, description, rules]

    static let name = Field("nom", "name")
    static let short = Field("court", "short")
    static let category = Field("categorie", "category")
    static let nature = Field("nature", "kind")
    static let actor = [name, short, category, nature, description]

    static let summary = Field("resume", "summary")
    static let type = Field("type", "type")
    static let date = Field("date", "date")
    static let balises = Field("balises", "markers")
    static let actors = Field("acteurs", "actors")
    static let narrator = Field("narrateur", "narrator")
    static let schema = Field("schema", "schema")
    static let quest = Field("quete", "quest")
    static let influences = Field("influences", "influences")
    static let benefits = Field("benefices", "benefits")
    static let arbitration = Field("arbitrage", "arbitration")
    static let draft = Field("brouillon", "draft")
    static let order = Field("ordre", "order")
    static let action = [
      title, summary, type, date, balises, actors, narrator, schema, quest, influences, benefits,
      arbitration, draft, order,
    ]

    static let stance = Field("posture", "stance")
    static let disagreements = Field("desaccords", "disagreements")
    static let narrative = [narrator, stance, title, date, schema, quest, disagreements, draft]

    static let sender = Field("destinateur", "sender")
    static let subject = Field("sujet", "subject")
    static let object = Field("objet", "object")
    static let receivers = Field("destinataires", "receivers")
    static let helpers = Field("adjuvants", "helpers")
    static let opponents = Field("opposants", "opponents")
    static let schemaRoles = [sender, subject, object, receivers, helpers, opponents]

    static let step = Field("etape", "step")
    static let stepActor = Field("acteur", "actor")
    static let stepAction = Field("action", "action")
    static let stepInfluence = Field("influence", "influences")
    static let questStep = [step, actors, stepActor, stepAction, stepInfluence, date]

    static let from = Field("de", "from")
    static let to = Field("sur", "to")
    static let text = Field("texte", "text")
    static let influence = [from, to, text]

    static let beneficiary = Field("pour", "for")
    static let dimension = Field("dimension", "dimension")
    static let benefit = [beneficiary, dimension, text]

    static let about = Field("sur", "about")
    static let disagreement = [about, text]
  }
}
