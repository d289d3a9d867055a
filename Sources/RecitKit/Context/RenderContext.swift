import Foundation
import RecitModel

/// The values layouts are rendered with, documented in `docs/templates.*.md` and printed by
/// `recit templates context ACTION`.
///
/// Keys are French, like the file format. Everything is computed from the model; the parts
/// that need a renderer (bodies as HTML or DocBook, diagrams) are filled by the exporter
/// through `Extras`.
public struct RenderContext: Sendable {
  /// Rendered pieces an exporter adds to each narrative, by narrative file.
  public struct Extras: Sendable {
    public var html: [String: String] = [:]
    public var docbook: [String: String] = [:]
    /// The bodies rewritten for a Markdown document: headings shifted, mentions named, raw
    /// HTML dropped.
    public var markdown: [String: String] = [:]
    public var svg: [String: String] = [:]
    /// The diagrams' text alternatives, by narrative file.
    public var descriptions: [String: String] = [:]
    /// Action-level pieces (the comparison section, its graph).
    public var action: [(String, JSONValue)] = []

    public init() {}
  }

  public let project: Project
  public var language: Language { project.language }

  public init(project: Project) {
    self.project = project
  }

  /// The whole context of one action's page or article.
  public func action(_ action: Action, extras: Extras = Extras()) -> JSONValue {
    .object(common + [("action", actionValue(action, extras: extras))])
  }

  /// The context of one action's page from its value (``actionValue(_:extras:)``), made once
  /// per action and shared with the index and the book.
  func action(value: JSONValue) -> JSONValue {
    .object(common + [("action", value)])
  }

  /// The context of the index or the book from the actions' values, in their order, with
  /// `extra` members (pieces put together by the builder).
  func project(values: [JSONValue], extra: [(String, JSONValue)] = []) -> JSONValue {
    .object(common + [("actions", .array(values))] + extra)
  }

  var common: [(String, JSONValue)] {
    let settings = project.settings
    return [
      ("langue", .string(language.rawValue)),
      ("generateur", .string("recit \(RecitVersion.current)")),
      ("textes", Labels.table(language)),
      (
        "projet",
        .object([
          ("territoire", .optional(settings.territory?.value)),
          ("titre", .optional(settings.title?.value ?? settings.territory?.value)),
          ("description", .optional(settings.description?.value)),
          ("auteurs", .array(settings.authors.map { .string($0.value) })),
          (
            "auteurs_texte",
            .optional(
              settings.authors.isEmpty ? nil : settings.authors.map(\.value).joined(separator: ", ")
            )
          ),
        ])
      ),
    ]
  }

  func actionValue(_ action: Action, extras: Extras) -> JSONValue {
    let names = Names(project: project, action: action, language: language)
    let carried = action.schema
    var members: [(String, JSONValue)] = [
      ("id", .string(action.id)),
      ("page", .string(URLPath.segment(action.id) + ".html")),
      ("ancre", .string(Anchors.action(action.id))),
      ("type", .string(action.effectiveType.rawValue)),
      ("type_libelle", .string(Labels.type(action.effectiveType, language))),
      ("brouillon", .bool(action.isDraft)),
      ("ordre", .optional(action.order)),
      ("est_territoire", .bool(action.effectiveType == .territory)),
      ("titre", .string(action.title?.value ?? action.id)),
      ("resume", .optional(action.summary?.value)),
      ("date", .optional(action.date?.value.map(DateWords.iso))),
      ("date_libelle", .optional(action.date?.value.map { DateWords.text($0, language) })),
      ("balises", .array(action.balises.compactMap(\.balise).map { balise($0) })),
      ("acteurs", .array(names.scope.map { names.actorValue($0) })),
      ("schema", names.schemaValue(carried)),
      ("quete", .array(action.quest.map { names.stepValue($0) })),
      ("influences", .array(action.influences.map { names.influenceValue($0) })),
      ("benefices", .array(action.benefits.map { names.benefitValue($0) })),
      ("arbitrage", .optional(action.arbitration?.value)),
      ("auteurs", names.narrators),
      ("nombre_recits", .int(action.narratives.count)),
      ("plusieurs_recits", .bool(action.narratives.count > 1)),
      ("completude", completeness(of: carried)),
      (
        "recits",
        .array(
          action.narratives.enumerated().map { index, narrative in
            names.narrativeValue(narrative, index: index, extras: extras)
          })
      ),
    ]
    members += extras.action
    return .object(members)
  }

  private func balise(_ balise: Balise) -> JSONValue {
    .object([
      ("id", .string(balise.id)),
      ("invariant", .string(balise.invariant.rawValue)),
      ("invariant_titre", .string(balise.invariant.title.text(in: language))),
      ("numero", .int(balise.number)),
      ("titre", .string(balise.title.fr)),
      ("glose", .string(balise.title.en)),
      // The référentiel's French title; in an English project, the gloss with the title after.
      (
        "libelle",
        .string(language == .fr ? balise.title.fr : "\(balise.title.en) (“\(balise.title.fr)”)")
      ),
    ])
  }

  /// How many of the six actants the carried schema states (`ActantialSchema.isStated`: a
  /// `[[…]]` prompt is not stated, `[]` is).
  private func completeness(of schema: ActantialSchema) -> JSONValue {
    let present = Role.allCases.filter(schema.isStated)
    return .object([
      ("presents", .int(present.count)),
      ("total", .int(Role.allCases.count)),
      ("complet", .bool(present.count == Role.allCases.count)),
      (
        "manquants",
        .array(
          Role.allCases.filter { !present.contains($0) }.map {
            .string($0.label.text(in: language))
          })
      ),
    ])
  }
}
