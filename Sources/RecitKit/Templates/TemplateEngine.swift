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
  public let templates: TemplateSet
  private let library: MustacheLibrary

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
  public init(templates: TemplateSet) throws {
    _ = Self.contentTypesRegistered
    self.templates = templates
    var library = MustacheLibrary()
    var graph = PartialGraph()
    for file in templates.all where file.isTemplate {
      graph.references[file.name] = try PartialNames.check(file)
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
    try graph.check()
    self.library = library
  }

  /// Renders the template `name` (a path without `.mustache`) with a JSON-shaped context.
  public func render(_ name: String, context: JSONValue) throws -> String {
    guard let template = library.getTemplate(named: name) else {
      throw TemplateError(
        location: .start(of: "templates/\(name).mustache"),
        message: LocalizedText(
          fr: "le modèle « \(name) » n'existe pas (voir « recit templates »)",
          en: "there is no template “\(name)” (see “recit templates”)"))
    }
    return template.render(context.mustacheValue, library: library)
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
    HTMLEscaping.text(text).replacing("'", with: "&#39;")
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
