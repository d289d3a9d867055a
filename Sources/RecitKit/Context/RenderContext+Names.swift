import Foundation
import RecitModel

/// Resolves an action's references to the names and labels layouts show.
struct Names {
  let project: Project
  let action: Action
  let language: Language
  let resolver: ReferenceResolver

  init(project: Project, action: Action, language: Language) {
    self.project = project
    self.action = action
    self.language = language
    resolver = ReferenceResolver(project: project, action: action)
  }

  /// The actors the action can name, shared ones first, as declared.
  var scope: [Actor] {
    let own = Set(action.actors.map(\.id))
    return project.actors.filter { !own.contains($0.id) } + action.actors
  }

  func actorValue(_ actor: Actor) -> JSONValue {
    .object([
      ("id", .string(actor.id)),
      ("ancre", .string(Anchors.actor(actor.id))),
      // Its page of the territory, from an action page.
      ("page", .string("territoire/" + TerritoryLinks.actorPage(actor.id))),
      ("nom", .string(actor.displayName)),
      ("court", .optional(actor.short?.value)),
      ("categorie", .optional(actor.category?.rawValue)),
      ("categorie_libelle", .optional(actor.category.map { Labels.category($0, language) })),
      ("nature", .string(actor.nature.rawValue)),
      ("description", .optional(actor.description?.value)),
    ])
  }

  func reference(_ reference: Reference) -> JSONValue {
    switch reference.kind {
    case .actor:
      return .object([
        ("id", .string(reference.id)),
        ("nom", .string(resolver.displayName(reference))),
        ("ancre", .string(Anchors.actor(reference.id))),
        ("est_etape", .bool(false)),
      ])
    case .step:
      let (label, step) = resolver.step(reference)
      let prefix = LocalizedText(fr: "étape ", en: "step ").text(in: language)
      return .object([
        ("id", .string(label)),
        ("nom", .string(prefix + label + (step?.action.map { " (\($0.value))" } ?? ""))),
        ("ancre", .string(Anchors.step(label, of: action))),
        ("est_etape", .bool(true)),
      ])
    }
  }

  private func references(_ list: [Reference]?) -> JSONValue {
    .array((list ?? []).map(reference))
  }

  /// Names of a role as one phrase: "Mairie, AMAP".
  private func phrase(_ list: [Reference]?) -> JSONValue {
    let names = (list ?? []).map(resolver.displayName)
    return names.isEmpty ? .null : .string(names.joined(separator: ", "))
  }

  /// Names of a role as HTML, each declared actor linking to its page of the territory
  /// (`territoire/acteur-ID.html`, from an action page); names escaped.
  private func linkedPhrase(_ list: [Reference]?) -> JSONValue {
    let parts = (list ?? []).map { reference in
      let name = HTMLEscaping.text(resolver.displayName(reference))
      guard resolver.actor(reference) != nil else { return name }
      let href = HTMLEscaping.attribute("territoire/" + TerritoryLinks.actorPage(reference.id))
      return "<a class=\"acteur\" href=\"\(href)\">\(name)</a>"
    }
    return parts.isEmpty ? .null : .string(parts.joined(separator: ", "))
  }

  func schemaValue(_ schema: ActantialSchema) -> JSONValue {
    .object([
      ("destinateur", references(schema.senders)),
      ("destinateur_texte", phrase(schema.senders)),
      ("destinateur_html", linkedPhrase(schema.senders)),
      ("sujet", references(schema.subjects)),
      ("sujet_texte", phrase(schema.subjects)),
      ("sujet_html", linkedPhrase(schema.subjects)),
      ("objet", .optional(schema.isFilled(.object) ? schema.object?.value : nil)),
      ("destinataires", references(schema.receivers)),
      ("destinataires_texte", phrase(schema.receivers)),
      ("destinataires_html", linkedPhrase(schema.receivers)),
      ("adjuvants", references(schema.helpers)),
      ("adjuvants_texte", phrase(schema.helpers)),
      ("adjuvants_html", linkedPhrase(schema.helpers)),
      ("opposants", references(schema.opponents)),
      ("opposants_texte", phrase(schema.opponents)),
      ("opposants_html", linkedPhrase(schema.opponents)),
    ])
  }

  func stepValue(_ step: QuestStep) -> JSONValue {
    .object([
      ("etape", .string(step.label.value.canonical)),
      ("ancre", .string(Anchors.step(step.label.value.canonical, of: action))),
      ("numero", .optional(step.label.value.number)),
      ("action", .optional(step.action?.value)),
      ("acteurs", references(step.actors)),
      ("acteurs_texte", phrase(step.actors)),
      ("acteurs_html", linkedPhrase(step.actors)),
      ("influences", references(step.influences)),
      ("influences_texte", phrase(step.influences)),
      ("influences_html", linkedPhrase(step.influences)),
    ])
  }

  func influenceValue(_ influence: Influence) -> JSONValue {
    .object([
      ("de", reference(influence.from)), ("sur", reference(influence.to)),
      ("texte", .optional(influence.text?.value)),
    ])
  }

  func benefitValue(_ benefit: Benefit) -> JSONValue {
    .object([
      ("pour", reference(benefit.receiver)),
      ("dimension", .optional(benefit.dimension?.value.rawValue)),
      ("dimension_libelle", .optional(benefit.dimension.map { $0.value.label.text(in: language) })),
      ("texte", .optional(benefit.text?.value)),
    ])
  }

  /// The narrators of the action's narratives, each once, as the authors of its story.
  var narrators: JSONValue {
    var seen: Set<String> = []
    var list: [JSONValue] = []
    for narrative in action.narratives {
      guard let narrator = action.resolvedNarrator(of: narrative), seen.insert(narrator.id).inserted
      else { continue }
      let actor = resolver.actor(narrator)
      list.append(
        .object([
          ("id", .string(narrator.id)), ("nom", .string(resolver.displayName(narrator))),
          ("est_personne", .bool(actor?.nature == .person)),
        ]))
    }
    return .array(list)
  }

  func narrativeValue(_ narrative: Narrative, index: Int, extras: RenderContext.Extras) -> JSONValue
  {
    let stance = narrative.effectiveStance
    let narrator = action.resolvedNarrator(of: narrative)
    let actor = narrator.flatMap(resolver.actor)
    let name = Anchors.baseName(of: narrative)
    let untold = action.untoldRoles(of: narrative)
    return .object([
      ("fichier", .string(narrative.file)),
      ("nom", .string(name)),
      // The diagram's address from a DocBook article, every part encoded for a URL.
      (
        "schema_fichier_svg",
        .string("../svg/\(URLPath.segment(action.id))/\(URLPath.segment(name)).svg")
      ),
      ("ancre", .string(Anchors.narrative(narrative, of: action))),
      ("rang", .int(index + 1)),
      ("posture", .string(stance.rawValue)),
      ("posture_libelle", .string(stance.label.text(in: language))),
      ("est_porte", .bool(stance == .carried)),
      ("est_contradictoire", .bool(stance == .contradictory)),
      ("brouillon", .bool(narrative.isDraft)),
      ("narrateur", narrator.map(reference) ?? .null),
      ("narrateur_categorie", .optional(actor?.category.map { Labels.category($0, language) })),
      ("narrateur_est_personne", .bool(actor?.nature == .person)),
      ("titre", .optional(narrative.title?.value)),
      ("date", .optional(narrative.date?.value.map(DateWords.iso))),
      ("date_libelle", .optional(narrative.date?.value.map { DateWords.text($0, language) })),
      ("schema", schemaValue(action.resolvedSchema(of: narrative))),
      ("roles_non_dits", .array(untold.map { .string($0.rawValue) })),
      (
        "roles_non_dits_texte",
        .optional(
          untold.isEmpty
            ? nil
            : ComparisonWording.list(
              untold.map { $0.label.text(in: language) },
              and: LocalizedText(fr: "et", en: "and").text(in: language)))
      ),
      ("quete", .array(action.resolvedQuest(of: narrative).map(stepValue))),
      ("quete_propre", .bool(narrative.quest != nil)),
      (
        "desaccords",
        .array(
          narrative.disagreements.map { disagreement in
            .object([
              ("sur", .optional(Labels.subject(disagreement, language))),
              ("texte", .optional(disagreement.text?.value)),
            ])
          })
      ),
      ("corps_markdown", .string(narrative.body.markdown)),
      ("corps_markdown_rendu", .optional(extras.markdown[narrative.file])),
      ("corps_html", .optional(extras.html[narrative.file])),
      ("corps_docbook", .optional(extras.docbook[narrative.file])),
      ("schema_svg", .optional(extras.svg[narrative.file])),
      ("schema_description", .optional(extras.descriptions[narrative.file])),
    ])
  }
}
