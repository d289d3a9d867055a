import RecitModel

extension JSONExport {
  /// The territory as a whole (`json/territoire.json`), version 2: actors across actions,
  /// bonds, side changes, the référentiel's coverage, families and timeline.
  public func territory(_ territory: Territory) -> JSONValue {
    let narrative = Self.narrative
    let actors = territory.actors.map(territoryActor)
    return .object([
      ("version", .int(Self.version)),
      ("generator", .string(generator)),
      ("project", projectValue),
      (
        "territory",
        .object([
          ("actors", .array(actors)),
          (
            "bonds",
            .array(
              territory.edges.map { edge in
                .object([
                  ("from", .string(edge.from)), ("to", .string(edge.to)),
                  ("bond", .string(edge.bond.rawValue)), ("weight", .int(edge.weight)),
                  ("narratives", .array(edge.narratives.map(narrative))),
                ])
              })
          ),
          ("sideChanges", sideChangesValue(territory)),
          ("coverage", coverageValue(territory)),
          ("families", familiesValue(territory)),
          (
            "timeline",
            .array(
              territory.timeline.map { entry in
                .object([
                  ("date", .string(DateWords.iso(entry.date))), ("action", .string(entry.actionID)),
                  ("step", .optional(entry.stepLabel)), ("text", .optional(entry.text)),
                  ("narrative", entry.narrative.map(Self.narrative) ?? .null),
                ])
              })
          ),
          ("undated", .array(territory.undated.map { .string($0) })),
        ])
      ),
    ])
  }

  private static func narrative(_ ref: Territory.NarrativeRef) -> JSONValue {
    .object([
      ("action", .string(ref.actionID)), ("file", .string(ref.file)),
      ("stance", .string(ref.stance.rawValue)), ("narrator", .optional(ref.narratorID)),
    ])
  }

  /// One actor of the territory as JSON (`recit acteurs ID --format json`).
  public func territoryActor(_ record: Territory.ActorRecord) -> JSONValue {
    let narrative = Self.narrative
    func iso(_ date: PartialDate?) -> JSONValue { .optional(date.map(DateWords.iso)) }
    let actor = record.actor
    return .object([
      ("id", .string(actor.id)), ("name", .optional(actor.name?.value)),
      ("category", .optional(actor.category?.rawValue)), ("kind", .string(actor.nature.rawValue)),
      ("scope", .string(actor.scope.rawValue)),
      ("actions", .array(record.actionIDs.map { .string($0) })),
      (
        "appearances",
        .array(
          record.appearances.map { appearance in
            .object([
              ("narrative", narrative(appearance.narrative)),
              ("roles", .array(appearance.roles.map { .string($0.rawValue) })),
              ("untold", .array(appearance.untold.map { .string($0.rawValue) })),
              ("isNarrator", .bool(appearance.isNarrator)),
            ])
          })
      ),
      (
        "mentions",
        .array(
          record.mentions.map { mention in
            .object([
              ("narrative", narrative(mention.narrative)),
              ("location", Self.locationValue(mention.location)),
            ])
          })
      ),
      (
        "steps",
        .array(
          record.steps.map { step in
            .object([
              ("action", .string(step.actionID)), ("label", .string(step.label)),
              ("text", .optional(step.text)), ("date", iso(step.date)),
              ("acts", .bool(step.acts)), ("narrative", step.narrative.map(narrative) ?? .null),
            ])
          })
      ),
      ("carries", .array(record.carries.map(narrative))),
      ("contestedBy", .array(record.contestedBy.map(narrative))),
    ])
  }

  /// The actors who change side.
  public func sideChangesValue(_ territory: Territory) -> JSONValue {
    let narrative = Self.narrative
    return .array(
      territory.sideChanges.map { change in
        .object([
          ("actor", .string(change.actorID)),
          ("helperIn", .array(change.helperIn.map(narrative))),
          ("opponentIn", .array(change.opponentIn.map(narrative))),
        ])
      })
  }

  /// Each balise and the actions that claim it.
  public func coverageValue(_ territory: Territory) -> JSONValue {
    return .array(
      territory.coverage.map { entry in
        .object([
          ("marker", .string(entry.balise.id)),
          ("actions", .array(entry.actionIDs.map { .string($0) })),
        ])
      })
  }

  /// The families of actors each action names.
  public func familiesValue(_ territory: Territory) -> JSONValue {
    return .array(
      territory.families.map { presence in
        .object([
          ("action", .string(presence.actionID)),
          ("present", .array(presence.present.map { .string($0.rawValue) })),
          ("missing", .array(presence.missing.map { .string($0.rawValue) })),
        ])
      })
  }
}
