import Foundation
import RecitModel

/// Turns YAML nodes into model values, collecting every problem instead of stopping.
///
/// A value type with no shared state: each file is decoded by its own `Decoder`, so files can
/// be decoded in parallel.
struct Decoder {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []
  /// `[[...]]` prompts found in texts.
  private(set) var placeholders: [Text] = []

  init(file: String) {
    self.file = file
  }

  mutating func report(
    _ rule: Rule, at location: SourceLocation, _ message: LocalizedText,
    hint: LocalizedText? = nil, fix: FixIt? = nil
  ) {
    diagnostics.append(Diagnostic(rule, at: location, message, hint: hint, fix: fix))
  }

  /// A fix that replaces a scalar written on one line by `replacement`; nil when the scalar
  /// cannot be edited safely (several lines, escapes).
  func replacing(_ node: YAMLNode, with replacement: String, _ summary: LocalizedText) -> FixIt? {
    guard let editable = node.editableScalar, editable.text != replacement else { return nil }
    return FixIt(
      summary,
      edits: [
        FixIt.Edit(
          file: file, line: node.location.line, column: editable.column,
          original: editable.text, replacement: replacement)
      ])
  }

  mutating func absorb(_ more: [Diagnostic]) { diagnostics += more }

  mutating func notePlaceholders(in found: [Text]) { placeholders += found }

  // MARK: Mappings

  /// The values of a mapping by field, reporting unknown keys and French/English duplicates.
  ///
  /// Returns nil (after a `type-invalide`) when the node is not a mapping; an empty map for
  /// a null node.
  mutating func fields(
    of node: YAMLNode?, _ fields: [Field], what: LocalizedText
  ) -> FieldValues? {
    guard let node, !node.isNull else { return FieldValues() }
    guard case .mapping(let pairs) = node.content else {
      expected(
        LocalizedText(fr: "un dictionnaire (clé: valeur)", en: "a mapping (key: value)"),
        for: what, got: node)
      return nil
    }
    var values = FieldValues()
    for (key, value) in pairs {
      guard let name = key.scalar else { continue }
      let folded = Self.fold(name)
      guard let field = fields.first(where: { $0.name == folded || $0.alias == folded }) else {
        let candidates = fields.flatMap { [$0.name, $0.alias] }
        let suggestion = EditDistance.closest(to: folded, among: candidates)
        report(
          .unknownField, at: key.location,
          LocalizedText(
            fr: "clé inconnue « \(name) » dans \(what.fr)",
            en: "unknown key “\(name)” in \(what.en)"),
          hint: suggestion.map {
            LocalizedText(fr: "vouliez-vous dire « \($0) » ?", en: "did you mean “\($0)”?")
          }
            ?? LocalizedText(
              fr: "clés possibles : \(fields.map(\.name).joined(separator: ", "))",
              en: "possible keys: \(fields.map(\.alias).joined(separator: ", "))"))
        continue
      }
      if let earlier = values.entries[field.name] {
        report(
          .mixedAliases, at: key.location,
          LocalizedText(
            fr:
              "« \(name) » redit « \(earlier.key.scalar ?? field.name) » (ligne \(earlier.key.location.line)) : donnez cette clé en français ou en anglais, pas les deux",
            en:
              "“\(name)” repeats “\(earlier.key.scalar ?? field.name)” (line \(earlier.key.location.line)): give this key in French or in English, not both"
          ),
          hint: LocalizedText(
            fr: "gardez « \(field.name) » ou « \(field.alias) »",
            en: "keep “\(field.name)” or “\(field.alias)”"))
        continue
      }
      values.entries[field.name] = (key, value)
    }
    return values
  }

  // MARK: Scalars

  /// A text value; reports any other shape.
  mutating func text(_ node: YAMLNode?, what: LocalizedText) -> Text? {
    guard let node, !node.isNull else { return nil }
    if let prompt = unquotedPrompt(node, what: what) { return prompt }
    guard let value = node.scalar else {
      expected(LocalizedText(fr: "un texte", en: "a text"), for: what, got: node)
      return nil
    }
    let text = Text(value, at: node.location)
    notePlaceholders(in: Placeholders.find(in: value, at: node.contentStart))
    return text
  }

  /// One or several texts (`auteurs: [a, b]` or `auteurs: a`).
  mutating func texts(_ node: YAMLNode?, what: LocalizedText) -> [Text]? {
    guard let node, !node.isNull else { return nil }
    if case .sequence(let items) = node.content {
      return items.compactMap { text($0, what: what) }
    }
    return text(node, what: what).map { [$0] }
  }

  /// One id or a list of ids.
  mutating func references(
    _ node: YAMLNode?, what: LocalizedText, kind: (String) -> Reference.Kind = { _ in .actor }
  ) -> [Reference]? {
    guard let node, !node.isNull else { return nil }
    let items: [YAMLNode]
    if case .sequence(let list) = node.content { items = list } else { items = [node] }
    // Reported as a prompt; an empty list, so that the role is not reported missing as well.
    if unquotedPrompt(node, what: what, ids: true) != nil { return [] }
    var references: [Reference] = []
    for item in items {
      guard let id = item.scalar, !item.isNull else {
        expected(
          LocalizedText(fr: "un identifiant d'acteur", en: "an actor id"), for: what, got: item)
        continue
      }
      let trimmed = id.trimmingCharacters(in: .whitespaces)
      references.append(Reference(trimmed, kind: kind(trimmed), at: item.location))
    }
    return references
  }

  /// A `[[…]]` prompt written without quotes, which YAML reads as a list in a list: reported
  /// once (it is a prompt to fill, not a missing value), with a fix that quotes it, and kept as
  /// the text written.
  private mutating func unquotedPrompt(_ node: YAMLNode, what: LocalizedText, ids: Bool = false)
    -> Text?
  {
    guard case .sequence(let items) = node.content, items.count == 1,
      case .sequence = items[0].content, let raw = node.raw, raw.hasPrefix("[["),
      raw.hasSuffix("]]")
    else { return nil }
    let message = LocalizedText(
      fr:
        "\(what.fr) : « \(raw) » est une invite à compléter ; sans guillemets, YAML la lit comme une liste",
      en: "\(what.en): “\(raw)” is a prompt to fill in; without quotes, YAML reads it as a list")
    if ids {
      // Quoted, it would name an actor that does not exist: the fix is to write the ids.
      report(
        .wrongType, at: node.location, message,
        hint: LocalizedText(
          fr:
            "remplacez-la par les identifiants des acteurs, entre crochets, ou [] s'il n'y en a aucun",
          en: "replace it with the actors' ids, in brackets, or [] if there is none"))
      return Text(raw, at: node.location)
    }
    let quoted = YAMLRepair.quoted(raw)
    report(
      .wrongType, at: node.location, message,
      hint: LocalizedText(
        fr: "remplacez-la par votre texte, ou mettez-la entre guillemets : \(quoted)",
        en: "replace it with your own text, or quote it: \(quoted)"),
      fix: FixIt(
        LocalizedText(fr: "invite mise entre guillemets", en: "prompt quoted"),
        edits: [
          FixIt.Edit(
            file: file, line: node.location.line, column: node.location.column, original: raw,
            replacement: quoted)
        ]))
    return Text(raw, at: node.location)
  }

  /// A value from a closed set, by its French name or English alias (accents and case folded).
  /// `advice` may give a better hint than the closest name for a word that is not a value.
  mutating func choice<Value>(
    _ node: YAMLNode?, what: LocalizedText, among options: [(value: Value, names: [String])],
    advice: (String) -> LocalizedText? = { _ in nil }
  ) -> Located<Value>? {
    guard let written = text(node, what: what) else { return nil }
    let folded = Self.fold(written.value)
    if let match = options.first(where: { $0.names.contains { Self.fold($0) == folded } }) {
      return Located(match.value, at: written.location)
    }
    if let advice = advice(written.value.trimmingSpaces) {
      report(
        .invalidValue, at: written.location,
        LocalizedText(
          fr: "« \(written.value) » n'est pas une valeur possible pour \(what.fr)",
          en: "“\(written.value)” is not a possible value for \(what.en)"),
        hint: advice)
      return nil
    }
    let names = options.map { $0.names[0] }
    let suggestion = EditDistance.closest(
      to: folded, among: options.flatMap(\.names))
    report(
      .invalidValue, at: written.location,
      LocalizedText(
        fr: "« \(written.value) » n'est pas une valeur possible pour \(what.fr)",
        en: "“\(written.value)” is not a possible value for \(what.en)"),
      hint: LocalizedText.verbatim(
        fr: (suggestion.map { "vouliez-vous dire « \($0) » ? " } ?? "")
          + "valeurs possibles : \(names.joined(separator: ", "))",
        en: (suggestion.map { "did you mean “\($0)”? " } ?? "")
          + "possible values: \(options.map { $0.names.last ?? $0.names[0] }.joined(separator: ", "))"
      ))
    return nil
  }

  /// A list of nodes; a single mapping is taken as a list of one.
  mutating func list(_ node: YAMLNode?, what: LocalizedText) -> [YAMLNode]? {
    guard let node, !node.isNull else { return nil }
    switch node.content {
    case .sequence(let items): return items
    case .mapping: return [node]
    case .scalar:
      expected(LocalizedText(fr: "une liste", en: "a list"), for: what, got: node)
      return nil
    }
  }

  mutating func expected(_ shape: LocalizedText, for what: LocalizedText, got node: YAMLNode) {
    report(
      .wrongType, at: node.location,
      LocalizedText(
        fr: "\(what.fr) : \(shape.fr) est attendu, pas \(node.shape.fr)",
        en: "\(what.en): \(shape.en) is expected, not \(node.shape.en)"))
  }

  /// Keys and values compare without accents or case: `quête` is `quete`, `Élu` is `elu`.
  static func fold(_ text: String) -> String {
    let plain = text.utf8.allSatisfy { byte in
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        || byte == 0x2F || byte == 0x20
    }
    if plain { return text }
    return text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }
}

/// The values of a mapping, by canonical field name.
struct FieldValues {
  var entries: [String: (key: YAMLNode, value: YAMLNode)] = [:]

  subscript(field: Field) -> YAMLNode? { entries[field.name]?.value }

  func keyLocation(_ field: Field) -> SourceLocation? { entries[field.name]?.key.location }
}
