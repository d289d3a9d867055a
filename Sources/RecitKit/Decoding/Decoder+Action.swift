import RecitModel

extension Decoder {
  /// The front matter of an action's main file, and its body as the carried narrative.
  mutating func action(id: String, from root: YAMLNode?, body: Body) -> Action {
    let keys = Field.Keys.self
    let what = LocalizedText(fr: "l'en-tête de l'action", en: "the action's front matter")
    guard let values = fields(of: root, keys.action, what: what) else {
      return Action(id: id, file: file, narratives: [carried(narrator: nil, body: body)])
    }
    // Decoded in the order of the fields, so that diagnostics come in that order.
    let title = text(values[keys.title], what: LocalizedText(fr: "titre", en: "title"))
    let summary = text(values[keys.summary], what: LocalizedText(fr: "resume", en: "summary"))
    let type = choice(
      values[keys.type], what: LocalizedText(fr: "type", en: "type"),
      among: ActionType.allCases.map { ($0, [$0.rawValue, $0.englishAlias]) })
    let date = date(values[keys.date])
    let balises = balises(values[keys.balises])
    let actors = actors(from: values[keys.actors], scope: .action)
    let schema = schema(values[keys.schema], at: values.keyLocation(keys.schema))
    let quest = quest(values[keys.quest]) ?? []
    let influences = influences(values[keys.influences])
    let benefits = benefits(values[keys.benefits])
    let arbitration = text(
      values[keys.arbitration], what: LocalizedText(fr: "arbitrage", en: "arbitration"))
    let narrator = references(
      values[keys.narrator], what: LocalizedText(fr: "narrateur", en: "narrator"))
    let isDraft = draftFlag(values[keys.draft])
    let order = order(values[keys.order])
    return Action(
      id: id, file: file, type: type, title: title, summary: summary, date: date,
      balises: balises, actors: actors, schema: schema, quest: quest, influences: influences,
      benefits: benefits, arbitration: arbitration,
      narratives: [carried(narrator: narrator?.first, body: body)], isDraft: isDraft,
      order: order)
  }

  private func carried(narrator: Reference?, body: Body) -> Narrative {
    Narrative(
      file: file, stance: Located(.carried, at: .start(of: file)), narrator: narrator, title: nil,
      date: nil, schema: ActantialSchema(), quest: nil, disagreements: [], body: body)
  }

  /// Another narrative of an action: its own file, narrator and stance.
  mutating func narrative(from root: YAMLNode?, body: Body) -> Narrative {
    let keys = Field.Keys.self
    let what = LocalizedText(fr: "l'en-tête du récit", en: "the narrative's front matter")
    guard let values = fields(of: root, keys.narrative, what: what) else {
      return Narrative(
        file: file, stance: nil, narrator: nil, title: nil, date: nil,
        schema: ActantialSchema(), quest: nil, disagreements: [], body: body)
    }
    let narrator =
      references(values[keys.narrator], what: LocalizedText(fr: "narrateur", en: "narrator"))?
      .first
    let stance = choice(
      values[keys.stance], what: LocalizedText(fr: "posture", en: "stance"),
      among: Stance.allCases.map { ($0, [$0.rawValue, $0.englishAlias]) })
    let title = text(values[keys.title], what: LocalizedText(fr: "titre", en: "title"))
    let date = date(values[keys.date])
    let schema = schema(values[keys.schema], at: values.keyLocation(keys.schema))
    let quest = quest(values[keys.quest])
    let disagreements = disagreements(values[keys.disagreements])
    let isDraft = draftFlag(values[keys.draft])
    return Narrative(
      file: file, stance: stance, narrator: narrator, title: title, date: date, schema: schema,
      quest: quest, disagreements: disagreements, body: body, isDraft: isDraft)
  }

  // MARK: Parts

  private mutating func date(_ node: YAMLNode?) -> Located<PartialDate?>? {
    guard let written = text(node, what: LocalizedText(fr: "date", en: "date")) else { return nil }
    let parsed = PartialDate(written.value.trimmingSpaces)
    if parsed == nil {
      let message = LocalizedText(
        fr:
          "« \(written.value) » n'est pas une date : écrivez par exemple 2024, 2024-09, 2024-09-02, 09/2024, 02/09/2024 ou septembre 2024",
        en:
          "“\(written.value)” is not a date: write for example 2024, 2024-09, 2024-09-02, 09/2024, 02/09/2024 or septembre 2024"
      )
      if let meant = PartialDate.nearMiss(written.value), let node {
        report(
          .invalidDate, at: written.location, message,
          hint: LocalizedText(fr: "écrivez « \(meant.iso) »", en: "write “\(meant.iso)”"),
          fix: replacing(
            node, with: meant.iso, LocalizedText(fr: "date récrite", en: "date rewritten")))
      } else {
        report(
          .invalidDate, at: written.location, message,
          hint: LocalizedText(
            fr: "par exemple 2019-03 pour mars 2019", en: "for example 2019-03 for March 2019"))
      }
    }
    return Located(parsed, at: written.location)
  }

  private mutating func balises(_ node: YAMLNode?) -> [BaliseReference] {
    let ids =
      references(
        node, what: LocalizedText(fr: "balises", en: "markers")) ?? []
    return ids.map {
      BaliseReference(
        text: $0.id, balise: Referentiel.balise(named: Decoder.fold($0.id)), location: $0.location)
    }
  }

  mutating func schema(_ node: YAMLNode?, at keyLocation: SourceLocation?) -> ActantialSchema {
    let keys = Field.Keys.self
    let what = LocalizedText(fr: "le schéma actantiel", en: "the actantial schema")
    guard let node, let values = fields(of: node, keys.schemaRoles, what: what) else {
      return ActantialSchema(location: keyLocation)
    }
    func role(_ field: Field) -> LocalizedText {
      LocalizedText.verbatim(fr: field.name, en: field.alias)
    }
    return ActantialSchema(
      senders: references(values[keys.sender], what: role(keys.sender)),
      subjects: references(values[keys.subject], what: role(keys.subject)),
      object: text(values[keys.object], what: role(keys.object)),
      receivers: references(values[keys.receivers], what: role(keys.receivers)),
      helpers: references(values[keys.helpers], what: role(keys.helpers)),
      opponents: references(values[keys.opponents], what: role(keys.opponents)),
      location: keyLocation ?? node.location)
  }

  private mutating func quest(_ node: YAMLNode?) -> [QuestStep]? {
    let keys = Field.Keys.self
    guard let items = list(node, what: LocalizedText(fr: "quete", en: "quest")) else { return nil }
    return items.compactMap { item in
      let what = LocalizedText(fr: "une étape de la quête", en: "a quest step")
      guard let values = fields(of: item, keys.questStep, what: what) else { return nil }
      let labelText =
        text(values[keys.step], what: LocalizedText(fr: "etape", en: "step"))
        ?? Text("", at: item.location)
      var label = StepLabel(labelText.value.trimmingSpaces)
      // `2-bis`, `2.ter`: refused, with a fix, and read as the label meant so that the other
      // rules see the quest as written.
      if !label.isValid, let meant = StepLabel.nearMiss(label.written), let node = values[keys.step]
      {
        report(
          .invalidStep, at: labelText.location, InvalidStep.notANumber(label.written),
          hint: LocalizedText(fr: "écrivez « \(meant) »", en: "write “\(meant)”"),
          fix: replacing(
            node, with: meant,
            LocalizedText(fr: "numéro d'étape récrit", en: "step label rewritten")))
        label = StepLabel(meant)
      }
      var actors =
        references(values[keys.actors], what: LocalizedText(fr: "acteurs", en: "actors")) ?? []
      actors +=
        references(values[keys.stepActor], what: LocalizedText(fr: "acteur", en: "actor")) ?? []
      return QuestStep(
        label: Located(label, at: labelText.location),
        actors: actors,
        action: text(values[keys.stepAction], what: LocalizedText(fr: "action", en: "action")),
        influences: references(
          values[keys.stepInfluence], what: LocalizedText(fr: "influence", en: "influences"),
          kind: Self.referenceKind) ?? [],
        date: date(values[keys.date]),
        location: item.location)
    }
  }

  private mutating func influences(_ node: YAMLNode?) -> [Influence] {
    let keys = Field.Keys.self
    let items = list(node, what: LocalizedText(fr: "influences", en: "influences")) ?? []
    return items.compactMap { item in
      let what = LocalizedText(fr: "une influence", en: "an influence")
      guard let values = fields(of: item, keys.influence, what: what),
        let from = references(
          values[keys.from], what: LocalizedText(fr: "de", en: "from"), kind: Self.referenceKind)?
          .first,
        let to = references(
          values[keys.to], what: LocalizedText(fr: "sur", en: "to"), kind: Self.referenceKind)?
          .first
      else {
        missingPart(in: item, LocalizedText(fr: "« de » et « sur »", en: "“from” and “to”"))
        return nil
      }
      return Influence(
        from: from, to: to,
        text: text(values[keys.text], what: LocalizedText(fr: "texte", en: "text")),
        location: item.location)
    }
  }

  private mutating func benefits(_ node: YAMLNode?) -> [Benefit] {
    let keys = Field.Keys.self
    let items = list(node, what: LocalizedText(fr: "benefices", en: "benefits")) ?? []
    return items.compactMap { item in
      let what = LocalizedText(fr: "un bénéfice", en: "a benefit")
      guard let values = fields(of: item, keys.benefit, what: what),
        let receiver = references(
          values[keys.beneficiary], what: LocalizedText(fr: "pour", en: "for"))?.first
      else {
        missingPart(in: item, LocalizedText(fr: "« pour »", en: "“for”"))
        return nil
      }
      return Benefit(
        receiver: receiver,
        dimension: choice(
          values[keys.dimension], what: LocalizedText(fr: "dimension", en: "dimension"),
          among: ValueDimension.allCases.map { ($0, [$0.rawValue, $0.englishAlias]) }),
        text: text(values[keys.text], what: LocalizedText(fr: "texte", en: "text")),
        location: item.location)
    }
  }

  private mutating func disagreements(_ node: YAMLNode?) -> [Disagreement] {
    let keys = Field.Keys.self
    let items = list(node, what: LocalizedText(fr: "desaccords", en: "disagreements")) ?? []
    return items.compactMap { item in
      let what = LocalizedText(fr: "un désaccord", en: "a disagreement")
      guard let values = fields(of: item, keys.disagreement, what: what) else { return nil }
      let about = text(values[keys.about], what: LocalizedText(fr: "sur", en: "about"))
      return Disagreement(
        about: about.map { Located(Self.subject(of: $0.value), at: $0.location) },
        aboutText: about?.value,
        text: text(values[keys.text], what: LocalizedText(fr: "texte", en: "text")),
        location: item.location)
    }
  }

  /// What `sur:` names: a role or the quest by French or English name, else free text.
  static func subject(of text: String) -> Disagreement.Subject {
    let folded = fold(text.trimmingSpaces)
    if folded == "quete" || folded == "quest" { return .quest }
    for role in Role.allCases {
      let names = [
        role.rawValue, role.englishAlias,
        String(
          role.rawValue.dropLast(role == .sender || role == .subject || role == .object ? 0 : 1)),
      ]
      if names.contains(folded) { return .role(role) }
    }
    return .other(text)
  }

  /// `2 bis` names a quest step; anything else an actor.
  static func referenceKind(_ id: String) -> Reference.Kind {
    id.first.map { $0.isASCII && $0.isNumber } == true ? .step : .actor
  }

  private mutating func missingPart(in item: YAMLNode, _ part: LocalizedText) {
    guard case .mapping = item.content else { return }
    report(
      .wrongType, at: item.location,
      LocalizedText(fr: "il manque \(part.fr)", en: "\(part.en) is missing"))
  }
}
