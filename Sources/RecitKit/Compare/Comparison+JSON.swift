import RecitModel

extension Comparison {
  /// The shape's version; bumped on any incompatible change (`docs/compare.*.md`,
  /// `schemas/compare-v1.schema.json`).
  public static let jsonVersion = 1

  /// The document `recit compare --format json` prints: a version, the generator, and one
  /// comparison per action compared.
  public static func jsonDocument(
    _ comparisons: [Comparison], generator: String = "recit \(RecitVersion.current)"
  ) -> JSONValue {
    .object([
      ("version", .int(jsonVersion)),
      ("generator", .string(generator)),
      ("comparisons", .array(comparisons.map(\.json))),
    ])
  }

  /// This comparison as one JSON object (an item of `comparisons`).
  public var json: JSONValue {
    .object([
      (
        "action",
        .object([
          ("id", .string(actionID)), ("title", .optional(actionTitle)),
          ("file", .string(actionFile)),
        ])
      ),
      ("singlePointOfView", .bool(isSinglePointOfView)),
      ("narratives", .array(narratives.map(\.json))),
      (
        "matrix",
        .array(
          rows.map { row in
            .object([
              ("actor", row.actor.json),
              ("roles", .array(row.cells.map { .array($0.map { .string($0.rawValue) }) })),
              ("zone", .string(row.zone.rawValue)),
            ])
          })
      ),
      ("subjectsAgree", .bool(subjectsAgree)),
      ("objectsAgree", .bool(objectsAgree)),
      ("disagreements", .array(disagreements.map(\.json))),
      (
        "steps",
        .array(
          steps.map { step in
            let files = narratives.map(\.file)
            return .object([
              ("label", .string(step.label)),
              ("toldBy", .array(zip(files, step.told).filter(\.1).map { .string($0.0) })),
              ("omittedBy", .array(zip(files, step.told).filter { !$0.1 }.map { .string($0.0) })),
            ])
          })
      ),
      ("arbitration", .optional(arbitration)),
      ("summary", summary.json),
    ])
  }
}

extension Comparison.ActorRef {
  var json: JSONValue {
    .object([
      ("id", .string(id)), ("name", .optional(name)),
      ("category", .optional(category?.rawValue)), ("known", .bool(known)),
    ])
  }
}

extension Comparison.Column {
  /// Actors are named by id; each id is the `actor.id` of a row of `matrix`.
  var json: JSONValue {
    .object([
      ("file", .string(file)), ("stance", .string(stance.rawValue)),
      ("narrator", .optional(narrator?.id)), ("title", .optional(title)),
      ("subjects", .array(subjects.map { .string($0.id) })), ("object", .optional(object)),
      ("questInherited", .bool(questInherited)),
      ("untoldRoles", .array(untold.map { .string($0.rawValue) })),
    ])
  }
}

extension Comparison.DisagreementGroup {
  var json: JSONValue {
    let (about, role, label): (String, String?, String?) =
      switch subject {
      case .role(let role): ("role", role.rawValue, nil)
      case .quest: ("quest", nil, nil)
      case .other(let text): ("other", nil, text.isEmpty ? nil : text)
      }
    return .object([
      ("about", .string(about)), ("role", .optional(role)), ("label", .optional(label)),
      (
        "items",
        .array(
          items.map { item in
            .object([
              ("file", .string(item.file)), ("narrator", .optional(item.narrator?.id)),
              ("text", .optional(item.text)),
              (
                "location",
                .object([
                  ("file", .string(item.location.file)), ("line", .int(item.location.line)),
                  ("column", .int(item.location.column)),
                ])
              ),
            ])
          })
      ),
    ])
  }
}

extension Comparison.Summary {
  var json: JSONValue {
    .object([
      ("narratives", .int(narratives)), ("conflicts", .int(conflicts)),
      ("cooperations", .int(cooperations)), ("divergent", .int(divergent)),
      ("stable", .int(stable)), ("arbitrationRecorded", .bool(arbitrationRecorded)),
      (
        "categories",
        .array(
          categories.map {
            .object([
              ("category", .string($0.category.rawValue)), ("actors", .int($0.actors)),
              ("divergences", .int($0.divergences)), ("conflicts", .int($0.conflicts)),
            ])
          })
      ),
      ("headline", .object([("fr", .string(headline.fr)), ("en", .string(headline.en))])),
      (
        "sentences",
        .array(
          sentences.map {
            .object([
              ("zone", .string($0.zone.rawValue)), ("actor", .string($0.actorID)),
              ("fr", .string($0.text.fr)), ("en", .string($0.text.en)),
            ])
          })
      ),
    ])
  }
}
