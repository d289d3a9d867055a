import RecitModel

extension ActionRules {
  /// Every actor or step reference the action's files make, with what names it.
  var allReferences: [(reference: Reference, role: LocalizedText)] {
    var list: [(Reference, LocalizedText)] = []
    func add(_ refs: [Reference]?, _ role: LocalizedText) {
      for reference in refs ?? [] { list.append((reference, role)) }
    }
    func addSchema(_ schema: ActantialSchema) {
      for role in Role.allCases where role != .objet {
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

  /// `acteur-inconnu`: once per file and id, at the first place it is named.
  mutating func checkReferences() {
    let labels = Set(action.quest.map { $0.label.value.canonical })
    var reported: Set<String> = []
    let references = allReferences
    for (reference, role) in references {
      let known: Bool
      switch reference.kind {
      case .actor: known = actors[reference.id] != nil
      case .step: known = labels.contains(StepLabel(reference.id).canonical)
      }
      guard !known, reported.insert(reference.location.file + "\u{0}" + reference.id).inserted
      else { continue }
      let others =
        references.filter {
          $0.reference.id == reference.id && $0.reference.location.file == reference.location.file
        }.count - 1
      let more =
        others > 0
        ? LocalizedText(
          fr: " (et \(others) autre(s) fois dans ce fichier)",
          en: " (and \(others) more time(s) in this file)")
        : LocalizedText(fr: "", en: "")
      if reference.kind == .step {
        report(
          .acteurInconnu, at: reference.location,
          LocalizedText(
            fr:
              "étape inconnue « \(reference.id) » (\(role.fr)) : elle n'est pas dans la quête\(more.fr)",
            en: "unknown step “\(reference.id)” (\(role.en)): it is not in the quest\(more.en)"),
          hint: LocalizedText(
            fr:
              "étapes de la quête : \(action.quest.map { $0.label.value.text }.joined(separator: ", "))",
            en: "quest steps: \(action.quest.map { $0.label.value.text }.joined(separator: ", "))"))
        continue
      }
      let suggestion = EditDistance.closest(to: reference.id, among: actors.keys.sorted())
      report(
        .acteurInconnu, at: reference.location,
        LocalizedText(
          fr:
            "acteur inconnu « \(reference.id) » (\(role.fr)) : il n'est déclaré ni dans l'action ni dans acteurs.yml\(more.fr)",
          en:
            "unknown actor “\(reference.id)” (\(role.en)): it is declared neither in the action nor in acteurs.yml\(more.en)"
        ),
        hint: suggestion.map {
          LocalizedText(fr: "vouliez-vous dire « \($0) » ?", en: "did you mean “\($0)”?")
        }
          ?? LocalizedText(
            fr: "déclarez-le sous « acteurs: » (\(reference.id): { nom: …, categorie: … })",
            en: "declare it under “actors:” (\(reference.id): { name: …, category: … })"))
    }
  }

  /// `acteur-inutilise`: an actor declared in the action that plays no part.
  mutating func checkUnusedActors() {
    let used = Set(allReferences.map(\.reference.id))
    for actor in action.actors where !used.contains(actor.id) {
      report(
        .acteurInutilise, at: actor.location,
        LocalizedText(
          fr: "l'acteur « \(actor.id) » est déclaré mais ne joue aucun rôle dans l'action",
          en: "the actor “\(actor.id)” is declared but plays no part in the action"),
        hint: LocalizedText(
          fr: "donnez-lui un rôle, mentionnez-le (@\(actor.id)) ou retirez-le",
          en: "give it a role, mention it (@\(actor.id)) or remove it"))
    }
  }

  /// `acteur-duplique`: an action redeclares an actor of `acteurs.yml` (the action's wins).
  mutating func checkRedeclaredActors() {
    let shared = Dictionary(project.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for actor in action.actors {
      guard let original = shared[actor.id] else { continue }
      report(
        .acteurDuplique, at: actor.location,
        LocalizedText(
          fr:
            "« \(actor.id) » est déjà déclaré dans \(original.location.file) (ligne \(original.location.line)) ; dans cette action, cette déclaration-ci l'emporte",
          en:
            "“\(actor.id)” is already declared in \(original.location.file) (line \(original.location.line)); in this action, this declaration wins"
        ),
        hint: LocalizedText(
          fr:
            "retirez-le de l'action pour utiliser l'acteur commun, ou donnez-lui un autre identifiant",
          en: "remove it from the action to use the shared actor, or give it another id"))
    }
  }

  /// `role-ambivalent`: one actor both helper and opponent in one schema, reported in the file
  /// that writes the second of the two roles.
  mutating func checkAmbivalence() {
    for narrative in action.narratives {
      let own = narrative.schema
      let isCarried = narrative.file == action.file
      guard isCarried || own.helpers != nil || own.opponents != nil else { continue }
      let schema = isCarried ? action.schema : action.resolvedSchema(of: narrative)
      let helpers = Set((schema.helpers ?? []).map(\.id))
      for opponent in schema.opponents ?? [] where helpers.contains(opponent.id) {
        let helper = (schema.helpers ?? []).first { $0.id == opponent.id }!
        let location =
          [opponent.location, helper.location].filter { $0.file == narrative.file }
          .max() ?? opponent.location
        report(
          .roleAmbivalent, at: location,
          LocalizedText(
            fr: "« \(opponent.id) » est à la fois adjuvant et opposant dans ce schéma",
            en: "“\(opponent.id)” is both helper and opponent in this schema"),
          hint: LocalizedText(
            fr: "si l'acteur aide et freine à la fois, racontez-le dans deux récits distincts",
            en: "if the actor both helps and hinders, tell it in two separate narratives"))
      }
    }
  }
}
