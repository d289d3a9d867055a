import RecitModel

/// `acteur-inconnu`: an actor or step reference that names nothing declared, reported once per
/// file and id, at the first place it is named.
struct UnknownActor: ActionRule {
  static let id = "acteur-inconnu"
  static let severity = Severity.error
  static let title = LocalizedText(
    fr: "un identifiant ne désigne aucun acteur déclaré", en: "an id names no declared actor")

  static func unknownStep(_ id: String, _ role: LocalizedText, more: LocalizedText)
    -> LocalizedText
  {
    LocalizedText(
      fr: "étape inconnue « \(id) » (\(role.fr)) : elle n'est pas dans la quête\(more.fr)",
      en: "unknown step “\(id)” (\(role.en)): it is not in the quest\(more.en)")
  }

  static func stepsHint(_ steps: String) -> LocalizedText {
    LocalizedText(fr: "étapes de la quête : \(steps)", en: "quest steps: \(steps)")
  }

  static func unknownActor(_ id: String, _ role: LocalizedText, more: LocalizedText)
    -> LocalizedText
  {
    LocalizedText(
      fr:
        "acteur inconnu « \(id) » (\(role.fr)) : il n'est déclaré ni dans l'action ni dans acteurs.yml\(more.fr)",
      en:
        "unknown actor “\(id)” (\(role.en)): it is declared neither in the action nor in acteurs.yml\(more.en)"
    )
  }

  static func suggestionHint(_ id: String) -> LocalizedText {
    LocalizedText(fr: "vouliez-vous dire « \(id) » ?", en: "did you mean “\(id)”?")
  }

  static func declareHint(_ id: String) -> LocalizedText {
    LocalizedText(
      fr: "déclarez-le sous « acteurs: » (\(id): { nom: …, categorie: … })",
      en: "declare it under “actors:” (\(id): { name: …, category: … })")
  }

  /// ` (et 2 autre(s) fois dans ce fichier)`, or nothing.
  static func more(_ others: Int) -> LocalizedText {
    others > 0
      ? LocalizedText(
        fr: " (et \(others) autre(s) fois dans ce fichier)",
        en: " (and \(others) more time(s) in this file)")
      : LocalizedText(fr: "", en: "")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    let action = context.action
    let labels = Set(action.quest.map { $0.label.value.canonical })
    let steps = action.quest.map { $0.label.value.text }.joined(separator: ", ")
    var reported: Set<String> = []
    for named in context.references {
      let reference = named.reference
      let known: Bool
      switch reference.kind {
      case .actor: known = context.actors[reference.id] != nil
      case .step: known = labels.contains(StepLabel(reference.id).canonical)
      }
      guard !known, reported.insert(reference.location.file + "\u{0}" + reference.id).inserted
      else { continue }
      let others =
        context.references.filter {
          $0.reference.id == reference.id && $0.reference.location.file == reference.location.file
        }.count - 1
      if reference.kind == .step {
        found.append(
          diagnostic(
            at: reference.location, unknownStep(reference.id, named.role, more: more(others)),
            hint: stepsHint(steps)))
        continue
      }
      let suggestion = EditDistance.closest(to: reference.id, among: context.actors.keys.sorted())
      found.append(
        diagnostic(
          at: reference.location, unknownActor(reference.id, named.role, more: more(others)),
          hint: suggestion.map(suggestionHint) ?? declareHint(reference.id)))
    }
  }
}
