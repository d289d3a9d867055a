import Foundation
import RecitModel

/// The resolved model of one action as JSON, version 2 (documented in `docs/json.*.md`, schema
/// in `schemas/export-v2.schema.json`; version 2 added the quest steps' `date` and the
/// territory's document, `json/territoire.json`).
public struct JSONExport: Sendable {
  /// The shape's version; bumped on any incompatible change.
  public static let version = 2

  let project: Project
  let generator: String

  public init(project: Project, generator: String = "recit \(RecitVersion.current)") {
    self.project = project
    self.generator = generator
  }

  public func document(for action: Action) -> JSONValue {
    .object([
      ("version", .int(Self.version)),
      ("generator", .string(generator)),
      ("project", projectValue),
      ("action", actionValue(action)),
    ])
  }

  var projectValue: JSONValue {
    let settings = project.settings
    return .object([
      ("territory", .optional(settings.territory?.value)),
      ("title", .optional(settings.title?.value)),
      ("language", .string(project.language.rawValue)),
      ("authors", .array(settings.authors.map { .string($0.value) })),
      ("description", .optional(settings.description?.value)),
      (
        "rules",
        .object(
          settings.rules.sorted { $0.key.rawValue < $1.key.rawValue }.map { rule, setting in
            switch setting.value {
            case .off: (rule.rawValue, .string("off"))
            case .severity(let severity): (rule.rawValue, .string(severity.rawValue))
            }
          })
      ),
    ])
  }

  private func actionValue(_ action: Action) -> JSONValue {
    let resolver = Resolver(ReferenceResolver(project: project, action: action))
    let shown = Set(action.actors.map(\.id))
    let sharedActors = project.actors.filter { !shown.contains($0.id) }
    return .object([
      ("id", .string(action.id)),
      ("type", .string(action.effectiveType.rawValue)),
      ("file", .string(action.file)),
      ("title", text(action.title)),
      ("summary", text(action.summary)),
      ("date", date(action.date)),
      ("markers", .array(action.balises.map(balise))),
      ("actors", .array((sharedActors + action.actors).map(actor))),
      ("narratives", .array(action.narratives.map { narrative($0, of: action, resolver) })),
      (
        "influences",
        .array(
          action.influences.map {
            .object([
              ("from", resolver.value($0.from)), ("to", resolver.value($0.to)),
              ("text", text($0.text)), ("location", location($0.location)),
            ])
          })
      ),
      (
        "benefits",
        .array(
          action.benefits.map {
            .object([
              ("for", resolver.value($0.receiver)),
              ("dimension", .optional($0.dimension?.value.rawValue)),
              ("text", text($0.text)), ("location", location($0.location)),
            ])
          })
      ),
      ("arbitration", text(action.arbitration)),
    ])
  }

  private func narrative(_ narrative: Narrative, of action: Action, _ resolver: Resolver)
    -> JSONValue
  {
    let isCarried = narrative.file == action.file
    return .object([
      ("file", .string(narrative.file)),
      ("stance", .string(narrative.effectiveStance.rawValue)),
      ("narrator", action.resolvedNarrator(of: narrative).map(resolver.value) ?? .null),
      // The carried narrative's title and date are those its file gives the action.
      ("title", text(narrative.title ?? (isCarried ? action.title : nil))),
      ("date", date(narrative.date ?? (isCarried ? action.date : nil))),
      ("schema", schema(narrative.schema, resolver)),
      ("resolvedSchema", schema(action.resolvedSchema(of: narrative), resolver)),
      ("quest", .array(action.resolvedQuest(of: narrative).map { step($0, resolver) })),
      ("questInherited", .bool(narrative.quest == nil)),
      ("untoldRoles", .array(action.untoldRoles(of: narrative).map { .string($0.rawValue) })),
      (
        "disagreements",
        .array(
          narrative.disagreements.map {
            let role: String? =
              switch $0.about?.value {
              case .role(let role): role.rawValue
              case .quest: "quete"
              default: nil
              }
            return .object([
              ("about", .optional($0.aboutText)), ("role", .optional(role)),
              ("text", text($0.text)), ("location", location($0.location)),
            ])
          })
      ),
      (
        "body",
        .object([
          ("markdown", .string(narrative.body.markdown)),
          ("location", location(narrative.body.location)),
        ])
      ),
      ("mentions", .array(narrative.body.mentions.map(resolver.value))),
    ])
  }

  private func schema(_ schema: ActantialSchema, _ resolver: Resolver) -> JSONValue {
    func refs(_ list: [Reference]?) -> JSONValue {
      list.map { .array($0.map(resolver.value)) } ?? .null
    }
    return .object([
      ("senders", refs(schema.senders)), ("subjects", refs(schema.subjects)),
      ("object", text(schema.object)), ("receivers", refs(schema.receivers)),
      ("helpers", refs(schema.helpers)), ("opponents", refs(schema.opponents)),
    ])
  }

  private func step(_ step: QuestStep, _ resolver: Resolver) -> JSONValue {
    .object([
      ("label", .string(step.label.value.text)),
      ("number", .optional(step.label.value.number)),
      ("suffix", .optional(step.label.value.suffix)),
      ("actors", .array(step.actors.map(resolver.value))),
      ("action", text(step.action)),
      ("influences", .array(step.influences.map(resolver.value))),
      ("date", date(step.date)),
      ("location", location(step.location)),
    ])
  }

  private func balise(_ reference: BaliseReference) -> JSONValue {
    let balise = reference.balise
    return .object([
      ("id", .string(balise?.id ?? reference.text)),
      ("invariant", .optional(balise?.invariant.rawValue)),
      ("number", .optional(balise?.number)),
      ("known", .bool(balise != nil)),
      ("title", .optional(balise?.title.fr)),
      ("gloss", .optional(balise?.title.en)),
      ("location", location(reference.location)),
    ])
  }

  private func actor(_ actor: Actor) -> JSONValue {
    .object([
      ("id", .string(actor.id)),
      ("name", .optional(actor.name?.value)),
      ("short", .optional(actor.short?.value)),
      ("category", .optional(actor.category?.rawValue)),
      ("kind", .string(actor.nature.rawValue)),
      ("description", .optional(actor.description?.value)),
      ("scope", .string(actor.scope.rawValue)),
      ("location", location(actor.location)),
    ])
  }

  private func text(_ text: Text?) -> JSONValue {
    guard let text else { return .null }
    return .object([("text", .string(text.value)), ("location", location(text.location))])
  }

  private func date(_ date: Located<PartialDate?>?) -> JSONValue {
    guard let date, let value = date.value else { return .null }
    let month = value.month.map { String(format: "-%02d", $0) } ?? ""
    let day = value.day.map { String(format: "-%02d", $0) } ?? ""
    return .object([
      ("text", .string(String(format: "%04d", value.year) + month + day)),
      ("year", .int(value.year)), ("month", .optional(value.month)), ("day", .optional(value.day)),
      ("location", location(date.location)),
    ])
  }

  private func location(_ location: SourceLocation) -> JSONValue {
    Self.locationValue(location)
  }

  /// References as JSON, resolved by the `ReferenceResolver` the render context uses too.
  private struct Resolver {
    let references: ReferenceResolver

    init(_ references: ReferenceResolver) { self.references = references }

    func value(_ reference: Reference) -> JSONValue {
      let name: String? =
        switch reference.kind {
        case .actor: references.actor(reference)?.displayName
        case .step: references.step(reference).step?.action?.value
        }
      return .object([
        ("id", .string(reference.id)), ("kind", .string(reference.kind.rawValue)),
        ("name", .optional(name)), ("resolved", .bool(references.isResolved(reference))),
        ("location", JSONExport.locationValue(reference.location)),
      ])
    }
  }

  static func locationValue(_ location: SourceLocation) -> JSONValue {
    .object([
      ("file", .string(location.file)), ("line", .int(location.line)),
      ("column", .int(location.column)),
    ])
  }
}
