import RecitModel

/// The rules that look at one action and its narratives.
struct ActionRules {
  let project: Project
  let action: Action
  let actors: [String: Actor]
  private(set) var found: [Diagnostic] = []

  init(project: Project, action: Action) {
    self.project = project
    self.action = action
    self.actors = project.actors(of: action)
  }

  /// The action's diagnostics, and the ids its files refer to (for project-wide rules).
  func run() -> (diagnostics: [Diagnostic], referenced: Set<String>) {
    var rules = self
    rules.checkAll()
    return (rules.found, Set(allReferences.map(\.reference.id)))
  }

  private mutating func checkAll() {
    let readable = action.carried?.isReadable ?? false
    if readable {
      checkTitle()
      checkCompleteness()
      checkNarrativeCount()
      checkArbitration()
      checkViewpoints()
      checkBenefits()
    }
    checkReferences()
    checkUnusedActors()
    checkRedeclaredActors()
    for narrative in action.narratives { checkNarrative(narrative) }
    checkQuest(action.quest)
    for narrative in action.narratives { if let quest = narrative.quest { checkQuest(quest) } }
    checkBalises()
    checkInfluenceCycles()
    checkAmbivalence()
  }

  mutating func report(
    _ rule: Rule, at location: SourceLocation, _ message: LocalizedText,
    hint: LocalizedText? = nil
  ) {
    found.append(Diagnostic(rule, at: location, message, hint: hint))
  }

  var mainStart: SourceLocation { .start(of: action.file) }
  var schemaLocation: SourceLocation { action.schema.location ?? mainStart }

  // MARK: Completeness

  private mutating func checkTitle() {
    if (action.title?.value.trimmingSpaces ?? "").isEmpty {
      report(
        .titreManquant, at: action.title?.location ?? mainStart,
        LocalizedText(fr: "l'action n'a pas de titre", en: "the action has no title"),
        hint: LocalizedText(
          fr: "ajoutez « titre: … » dans l'en-tête", en: "add “title: …” to the front matter"))
    }
  }

  private mutating func checkCompleteness() {
    let schema = action.schema
    let roles: [(Role, Rule, LocalizedText)] = [
      (
        .sujet, .sujetManquant,
        LocalizedText(
          fr: "le sujet est manquant : qui mène la quête ?",
          en: "the subject is missing: who carries out the quest?")
      ),
      (
        .objet, .objetManquant,
        LocalizedText(
          fr: "l'objet est manquant : que cherche la quête ?",
          en: "the object is missing: what is the quest for?")
      ),
      (
        .destinateur, .destinateurManquant,
        LocalizedText(
          fr: "le destinateur est manquant : qui ou quoi confie la mission ?",
          en: "the sender is missing: who or what gives the mission?")
      ),
      (
        .destinataires, .destinataireManquant,
        LocalizedText(
          fr: "aucun destinataire : à qui profite la quête ?",
          en: "no receiver: who benefits from the quest?")
      ),
      (
        .adjuvants, .adjuvantManquant,
        LocalizedText(
          fr: "aucun adjuvant : qui ou quoi aide le sujet ?",
          en: "no helper: who or what helps the subject?")
      ),
      (
        .opposants, .opposantManquant,
        LocalizedText(
          fr:
            "aucun opposant : qu'est-ce qui fait obstacle ? Un récit sans obstacle cache souvent un désaccord",
          en:
            "no opponent: what stands in the way? A story with no obstacle often hides a disagreement"
        )
      ),
    ]
    for (role, rule, message) in roles {
      let present: Bool
      if role == .objet {
        present = !(schema.object?.value.trimmingSpaces ?? "").isEmpty
      } else {
        present = !(schema.actors(in: role) ?? []).isEmpty
      }
      if !present {
        report(
          rule, at: schemaLocation, message,
          hint: LocalizedText(
            fr: "ajoutez « \(role.rawValue): … » sous « schema: »",
            en: "add “\(role.englishAlias): …” under “schema:”"))
      }
    }
  }

  // MARK: Narratives

  private mutating func checkNarrative(_ narrative: Narrative) {
    for placeholder in narrative.placeholders {
      let prompt = Self.prompt(of: placeholder.value)
      report(
        .aCompleter, at: placeholder.location,
        LocalizedText(fr: "texte à compléter : \(prompt)", en: "text to complete: \(prompt)"),
        hint: LocalizedText(
          fr: "remplacez [[…]] par votre texte", en: "replace [[…]] with your own text"))
    }
    guard narrative.isReadable else { return }
    let isCarried = narrative.file == action.file
    if !isCarried, narrative.narrator == nil {
      report(
        .narrateurManquant, at: .start(of: narrative.file),
        LocalizedText(
          fr: "ce récit n'a pas de narrateur : qui le raconte ?",
          en: "this narrative has no narrator: who tells it?"),
        hint: LocalizedText(
          fr: "ajoutez « narrateur: <identifiant d'acteur> » dans l'en-tête",
          en: "add “narrator: <actor id>” to the front matter"))
    }
    if narrative.body.isBlank {
      report(
        .recitVide, at: narrative.body.location,
        LocalizedText(
          fr: "le récit est vide : le texte sous l'en-tête raconte l'action de ce point de vue",
          en:
            "the narrative is empty: the text under the front matter tells the action from this point of view"
        ))
    }
    if narrative.effectiveStance == .contradictoire, narrative.disagreements.isEmpty,
      SchemaComparison.same(action.resolvedSchema(of: narrative), action.schema)
    {
      report(
        .contradictionVide, at: narrative.stance?.location ?? .start(of: narrative.file),
        LocalizedText(
          fr:
            "ce récit se dit contradictoire mais ne conteste rien : son schéma est celui du récit porté et il ne liste aucun désaccord",
          en:
            "this narrative says it is contradictory but contests nothing: its schema is the carried one and it lists no disagreement"
        ),
        hint: LocalizedText(
          fr: "ajoutez des « desaccords » ou changez les rôles contestés sous « schema »",
          en: "add “disagreements” or change the contested roles under “schema”"))
    }
  }

  /// A placeholder's question without its conventional prefix (`À compléter :`).
  static func prompt(of placeholder: String) -> String {
    for prefix in [
      "À compléter", "A compléter", "à compléter", "To complete", "to complete", "TODO",
    ]
    where placeholder.hasPrefix(prefix) {
      var rest = placeholder.dropFirst(prefix.count)
      while let first = rest.first, first == ":" || first == " " || first == "\u{00A0}" {
        rest.removeFirst()
      }
      return rest.isEmpty ? placeholder : String(rest)
    }
    return placeholder
  }

  private mutating func checkNarrativeCount() {
    guard action.narratives.count == 1 else { return }
    report(
      .recitUnique, at: mainStart,
      LocalizedText(
        fr:
          "l'action n'est racontée que d'un point de vue : aucun récit alternatif ni contradictoire",
        en:
          "the action is told from one point of view only: no alternative or contradictory narrative"
      ),
      hint: LocalizedText(
        fr:
          "« recit new recit \(action.id) --narrateur ID » ajoute le récit d'un autre acteur (Engagement, balise 2)",
        en:
          "“recit new recit \(action.id) --narrator ID” adds another actor's narrative (Engagement, balise 2)"
      ))
  }

  private mutating func checkArbitration() {
    guard action.arbitration == nil else { return }
    let disagreeing = action.narratives.filter { narrative in
      narrative.effectiveStance == .contradictoire || !narrative.disagreements.isEmpty
        || !SchemaComparison.same(action.resolvedSchema(of: narrative), action.schema)
    }
    guard let first = disagreeing.first else { return }
    report(
      .conflitSansArbitrage, at: mainStart,
      LocalizedText(
        fr: "des récits sont en désaccord (\(first.file)) mais aucun arbitrage n'est consigné",
        en: "narratives disagree (\(first.file)) but no arbitration is recorded"),
      hint: LocalizedText(
        fr:
          "racontez sous « arbitrage » comment les désaccords ont été mis au travail (Coopération, balise 1)",
        en:
          "tell under “arbitration” how the disagreements were put to work (Coopération, balise 1)"
      ))
  }

  private mutating func checkViewpoints() {
    guard action.narratives.count > 1 else { return }
    let categories = Set(
      action.narratives.map { narrative in
        action.resolvedNarrator(of: narrative).flatMap { actors[$0.id]?.category }
      })
    guard categories.count == 1, let only = categories.first, let category = only else { return }
    report(
      .pointsDeVueLimites, at: mainStart,
      LocalizedText(
        fr: "tous les récits viennent de la même catégorie d'acteurs (\(category.label.fr))",
        en: "every narrative comes from the same category of actors (\(category.label.en))"),
      hint: LocalizedText(
        fr: "donnez la parole aux élus, agents, État, acteurs socio-économiques ou habitants",
        en:
          "give a voice to elected officials, staff, the State, socio-economic actors or residents")
    )
  }

  private mutating func checkBenefits() {
    let served = Set(action.benefits.map(\.receiver.id))
    for receiver in action.schema.receivers ?? [] where !served.contains(receiver.id) {
      report(
        .destinataireSansBenefice, at: receiver.location,
        LocalizedText(
          fr: "le destinataire « \(receiver.id) » n'a aucun bénéfice déclaré",
          en: "the receiver “\(receiver.id)” has no stated benefit"),
        hint: LocalizedText(
          fr:
            "ajoutez sous « benefices » : « - pour: \(receiver.id) » avec sa dimension (Valeur, balise 2)",
          en: "add under “benefits”: “- for: \(receiver.id)” with its dimension (Valeur, balise 2)")
      )
    }
  }

  // MARK: Référentiel

  private mutating func checkBalises() {
    for reference in action.balises where reference.balise == nil {
      let suggestion = EditDistance.closest(
        to: reference.text, among: Referentiel.balises.map(\.id))
      report(
        .baliseInconnue, at: reference.location,
        LocalizedText(
          fr: "« \(reference.text) » n'est pas une balise du référentiel",
          en: "“\(reference.text)” is not a marker of the référentiel"),
        hint: suggestion.map {
          LocalizedText(fr: "vouliez-vous dire « \($0) » ?", en: "did you mean “\($0)”?")
        }
          ?? LocalizedText(
            fr: "« recit balises » liste les balises", en: "“recit markers” lists the markers"))
    }
  }
}
