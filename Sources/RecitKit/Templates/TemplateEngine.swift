import Foundation
import Mustache
import RecitModel

/// A problem with a template: where it is, and what is wrong, in both languages.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
  public var location: SourceLocation
  public var message: LocalizedText

  public var description: String { "\(location): \(message.en)" }
}

/// Renders templates with swift-mustache: every template of a `TemplateSet` parsed once, each
/// with the escaping its output needs (HTML, XML, or none for Markdown scaffolds).
public struct TemplateEngine: Sendable {
  /// The most one rendering may write: 64 MiB, far above any real page (the five samples'
  /// largest book is under 1 MB) and well under the memory a build may use. A layout that
  /// would write more (a loop over a long list around a large partial, nested loops over the
  /// actions) stops with a `TemplateError` naming the template and this limit, its output
  /// never held whole (see `OutputBudget`).
  public static let maximumOutputBytes = 64 << 20

  /// What a document of the whole project (the DocBook book, the HTML index, the booklet) may
  /// write beyond `maximumOutputBytes` for each action it holds: 256 KiB, five times an action
  /// of `scripts/generate-project.py` (a 500-word narrative and two of 250 words, their schemas
  /// and quests) in the book. Without it the book of about 1,050 such actions reached the cap;
  /// a loop over the actions nested in another still stops, after a few times the real size.
  public static let projectBytesPerAction = 256 << 10

  public let templates: TemplateSet
  private let library: MustacheLibrary
  private let charges: SectionCharges
  private let maximumBytes: Int
  private let bytesPerAction: Int

  /// XML escaping for DocBook and SVG, registered once per process before any parsing.
  private static let contentTypesRegistered: Bool = {
    // Replaces swift-mustache's own HTML escaping (same five characters) to add the
    // replacement of forbidden characters and bidi controls.
    MustacheContentTypes.register(
      HTMLLayoutContentType(), named: TemplateFile.ContentType.html.rawValue)
    MustacheContentTypes.register(XMLContentType(), named: TemplateFile.ContentType.xml.rawValue)
    MustacheContentTypes.register(
      MarkdownContentType(), named: TemplateFile.ContentType.markdown.rawValue)
    return true
  }()

  /// Parses every template; the first problem found is thrown with its file, line and column.
  public init(
    templates: TemplateSet, maximumOutputBytes: Int = Self.maximumOutputBytes,
    projectBytesPerAction: Int = Self.projectBytesPerAction
  ) throws {
    _ = Self.contentTypesRegistered
    self.templates = templates
    maximumBytes = maximumOutputBytes
    bytesPerAction = projectBytesPerAction
    var library = MustacheLibrary()
    var graph = PartialGraph()
    for file in templates.all where file.isTemplate {
      graph.references[file.name] = try PartialNames.check(file)
      graph.lengths[file.name] = file.content.utf8.count
      // The pragma stands alone on a line of its own (so that a first-line comment stays
      // standalone and leaves no blank line); error lines are shifted back by one.
      let source = "{{% CONTENT_TYPE: \(file.contentType.rawValue)}}\n" + file.content
      do {
        library.register(try MustacheTemplate(string: source), named: file.name)
      } catch let error as MustacheTemplate.ParserError {
        throw TemplateError(
          location: SourceLocation(
            file: Self.displayPath(of: file), line: max(1, error.context.lineNumber - 1),
            column: error.context.columnNumber),
          message: LocalizedText(
            fr: "modèle Mustache invalide (\(error.error))",
            en: "invalid Mustache template (\(error.error))"))
      }
    }
    let expanded = try graph.check(maximumBytes: maximumOutputBytes)
    var texts: [String: String] = [:]
    for file in templates.all where file.isTemplate { texts[file.name] = file.content }
    charges = SectionCharges(templates: texts) { expanded[$0] ?? 0 }
    self.library = library
  }

  /// Renders the template `name` (a path without `.mustache`) with a JSON-shaped context.
  /// `actions`: for a document of the whole project, the number of actions it holds, each of
  /// which may add `projectBytesPerAction` to the cap.
  public func render(_ name: String, context: JSONValue, actions: Int = 0) throws -> String {
    let cap = limit(actions: actions)
    guard let template = library.getTemplate(named: name) else {
      throw TemplateError(
        location: .start(of: "templates/\(name).mustache"),
        message: LocalizedText(
          fr: "le modèle « \(name) » n'existe pas (voir « recit templates »)",
          en: "there is no template “\(name)” (see “recit templates”)"))
    }
    let budget = OutputBudget(limit: cap)
    let output = template.render(
      context.mustacheValue(budget: budget, charges: charges, key: nil), library: library)
    guard !budget.exceeded, output.utf8.count <= cap else {
      let file = templates.all.first { $0.name == name }
      throw TemplateError(
        location: .start(of: file.map(Self.displayPath) ?? "templates/\(name).mustache"),
        message: Self.tooLongMessage(name, maximumBytes: cap))
    }
    return output
  }

  /// The message of a rendering stopped at the output cap.
  static func tooLongMessage(_ name: String, maximumBytes: Int) -> LocalizedText {
    let limit =
      maximumBytes >= 1 << 20 ? "\(maximumBytes >> 20) Mio" : "\(maximumBytes) octets"
    let limitEN =
      maximumBytes >= 1 << 20 ? "\(maximumBytes >> 20) MiB" : "\(maximumBytes) bytes"
    return LocalizedText(
      fr:
        "le rendu du modèle « \(name) » dépasse \(limit), la taille maximale d'un fichier produit : une boucle ou une inclusion répète trop de texte",
      en:
        "rendering the template “\(name)” exceeds \(limitEN), the largest file recit writes: a loop or an inclusion repeats too much text"
    )
  }

  /// The most a rendering that holds `actions` actions may write.
  public func limit(actions: Int) -> Int {
    let (extra, overflow) = max(0, actions).multipliedReportingOverflow(by: bytesPerAction)
    let (sum, tooLarge) = maximumBytes.addingReportingOverflow(extra)
    return overflow || tooLarge ? Int.max : sum
  }

  public func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

  /// Whether a layout set `layouts/NAME/` has at least one file.
  public func hasLayout(_ name: String) -> Bool {
    templates.all.contains { $0.path.hasPrefix("layouts/\(name)/") }
  }

  static func displayPath(of file: TemplateFile) -> String {
    switch file.origin {
    case .builtIn: "Templates/" + file.path
    case .project(let path): path
    }
  }
}

/// Values in HTML layouts: `<`, `>`, `&`, `"` and `'` escaped as swift-mustache does, and the
/// characters `TextSanitizing` replaces made visible.
private struct HTMLLayoutContentType: MustacheContentType {
  func escapeText(_ text: String) -> String {
    // HTMLEscaping leaves `'` (as cmark-gfm does); a layout may quote an attribute with it.
    EntityEscaping.escape(text, apostrophe: "&#39;")
  }
}

/// Values in DocBook and SVG layouts get the XML writer's escaping.
private struct XMLContentType: MustacheContentType {
  func escapeText(_ text: String) -> String { XMLEscaping.text(text) }
}

/// Values in Markdown layouts get the one Markdown escaper the body writer uses: what
/// Markdown would read as markup (or raw HTML) is backslash-escaped, so values show as written.
private struct MarkdownContentType: MustacheContentType {
  func escapeText(_ text: String) -> String {
    MarkdownEscaping.text(text)
  }
}

extension JSONValue {
  /// `mustacheValue` with text and lists wrapped to charge `budget` (see `OutputBudget`);
  /// `key` is the member name the value is found under, which prices a list's turns.
  func mustacheValue(budget: OutputBudget, charges: SectionCharges, key: String?) -> Any {
    switch self {
    case .string(let value) where !value.isEmpty: BudgetedText(text: value, budget: budget)
    case .array(let items):
      BudgetedList(
        items: items.filter { $0 != .null }.map {
          $0.mustacheValue(budget: budget, charges: charges, key: nil)
        },
        charge: charges.charge(for: key), budget: budget)
    case .object(let members):
      BudgetedObject(members: members, budget: budget, charges: charges)
    default: mustacheValue
    }
  }

  /// The value as swift-mustache reads it. A null or empty text becomes `NSNull`: present in
  /// its object (so a lookup does not climb to an outer value of the same name), empty when
  /// printed, false in a section (so `{{^x}}` shows its fallback).
  var mustacheValue: Any {
    switch self {
    case .null: NSNull()
    case .bool(let value): value
    case .int(let value): value
    case .string(let value): value.isEmpty ? NSNull() : value
    case .array(let items): items.filter { $0 != .null }.map(\.mustacheValue)
    case .object(let members):
      Dictionary(members.map { ($0, $1.mustacheValue) }, uniquingKeysWith: { first, _ in first })
    }
  }
}
