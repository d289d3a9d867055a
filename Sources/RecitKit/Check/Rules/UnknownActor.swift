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

  static func nameHint(_ name: String, id: String) -> LocalizedText {
    LocalizedText(
      fr: "« \(name) » est le nom de l'acteur « \(id) » : désignez-le par son identifiant, \(id)",
      en: "“\(name)” is the name of the actor “\(id)”: refer to it by its id, \(id)")
  }

  /// The actor whose name is `written` (case and accents aside), when there is one.
  static func actor(named written: String, among actors: [String: Actor]) -> Actor? {
    let folded = Decoder.fold(written).lowercased()
    let matches = actors.values.filter {
      guard let name = $0.name?.value else { return false }
      return Decoder.fold(name).lowercased() == folded
    }
    return matches.count == 1 ? matches[0] : nil
  }

  /// The one declared id that `written` begins (`chambre-agri` → `chambre-agriculture`).
  static func completion(of written: String, among ids: [String]) -> String? {
    guard written.count >= 3 else { return nil }
    let matches = ids.filter { $0.hasPrefix(written) && $0 != written }
    return matches.count == 1 ? matches[0] : nil
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
    let actorsMayBeMissing = context.actorsMayBeMissing
    for named in context.references {
      let reference = named.reference
      let known: Bool
      switch reference.kind {
      case .actor: known = context.actors[reference.id] != nil
      case .step: known = labels.contains(StepLabel(reference.id).canonical)
      }
      // Steps are declared in action.md too.
      if actorsMayBeMissing, reference.kind == .actor || !context.isCarriedReadable { continue }
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
      let ids = context.actors.keys.sorted()
      let hint: LocalizedText
      if let actor = actor(named: reference.id, among: context.actors) {
        hint = nameHint(reference.id, id: actor.id)
      } else if let id = completion(of: reference.id, among: ids)
        ?? EditDistance.closest(to: reference.id, among: ids)
      {
        hint = suggestionHint(id)
      } else {
        hint = declareHint(reference.id)
      }
      found.append(
        diagnostic(
          at: reference.location, unknownActor(reference.id, named.role, more: more(others)),
          hint: hint))
    }
  }
}
