import Foundation
import RecitModel

/// Everything rendered once for one action and shared by the formats asked: the narratives'
/// bodies as HTML, DocBook and Markdown (from the tree read with the body, never parsed again), their diagrams, and the comparison of points of view. Only the
/// pieces a format needs are computed (JSON needs none). A reference: the index and the book
/// of a build take every action's rendering, cached or new.
final class ActionRendering: Sendable {
  let action: Action
  let comparison: Comparison
  /// Narrative file → the diagram as a standalone SVG document.
  let diagrams: [String: String]
  /// The conflict graph as a standalone SVG document (nil for a single point of view).
  let conflictGraph: String?
  /// The action's value for the layouts (`RenderContext.actionValue`), shared by its page, the
  /// index and the book.
  let value: JSONValue
  /// The action's value for the print layouts (`pdf-action`, `pdf-livret`), nil unless PDF is
  /// asked: see `ActionRendering+Print`.
  let printValue: JSONValue?

  init(project: Project, action: Action, formats: Set<ExportFormat>) {
    // The EPUB's chapters are made of the HTML pieces; Hugo's bundles of the Markdown ones and
    // the diagram files.
    let wantsHTML = formats.contains(.html) || formats.contains(.epub)
    let wantsDocBook = formats.contains(.docbook)
    let wantsMarkdown = formats.contains(.markdown) || formats.contains(.hugo)
    let wantsDiagramFiles = wantsDocBook || formats.contains(.svg) || formats.contains(.hugo)
    let wantsPrint = formats.contains(.pdf)
    let wantsDiagrams = wantsHTML || wantsDiagramFiles || wantsPrint
    let language = project.language
    let actors = project.actors(of: action)
    let names = actors.mapValues(\.displayName)
    let comparison = Comparison(project: project, action: action)
    var extras = RenderContext.Extras()
    var diagrams: [String: String] = [:]
    var inlineDiagrams: [String: String] = [:]
    for narrative in action.narratives {
      let anchor = Self.anchor(of: narrative, in: action)
      if wantsHTML {
        var body = HTMLBody(
          actors: actors, headingOffset: 2, idPrefix: anchor + "-", language: language)
        // Mentions link to the actor's page of the territory (Builder+Territory).
        body.actorPages = "territoire/"
        extras.html[narrative.file] = body.render(narrative.body.blocks)
      }
      if wantsDocBook {
        extras.docbook[narrative.file] = DocBookBody(actors: actors, idPrefix: anchor + "-")
          .fragment(narrative.body.blocks)
      }
      if wantsMarkdown {
        // Under the layout's `### récit porté`: a body `#` becomes `####`. The layout puts the
        // final line feed.
        let markdown = MarkdownBody(actors: actors, headingOffset: 3, idPrefix: anchor + "-")
          .render(narrative.body.blocks)
        extras.markdown[narrative.file] = String(markdown.dropLast(markdown.isEmpty ? 0 : 1))
      }
      guard wantsDiagrams else { continue }
      let diagram = ActantialDiagram(
        schema: action.resolvedSchema(of: narrative), names: names,
        quest: action.resolvedQuest(of: narrative), language: language,
        subject: action.title?.value, idPrefix: anchor + "-schema",
        untold: Set(action.untoldRoles(of: narrative)))
      // One layout and one serialization per diagram, shared by the page and the SVG file.
      let document = diagram.svgDocument()
      if wantsHTML || wantsPrint { inlineDiagrams[narrative.file] = Self.inline(document) }
      if wantsHTML { extras.svg[narrative.file] = inlineDiagrams[narrative.file] }
      extras.descriptions[narrative.file] = diagram.accessibleDescription
      if wantsDiagramFiles { diagrams[narrative.file] = document }
    }
    let graph =
      comparison.isSinglePointOfView || !wantsDiagrams
      ? nil : ConflictGraph(comparison: comparison).svg(in: language)
    extras.action = [
      (
        "comparaison_html",
        wantsHTML ? .string(comparison.htmlFragment(in: language, headingLevel: 3)) : .null
      ),
      (
        "comparaison_markdown",
        wantsMarkdown ? .string(comparison.markdown(in: language, headingLevel: 3)) : .null
      ),
      (
        "comparaison_docbook",
        wantsDocBook
          ? .string(
            comparison.docbookFragment(in: language, idPrefix: Anchors.action(action.id) + "-pdv-"))
          : .null
      ),
      ("zones_conflit", .int(comparison.summary.conflicts)),
      ("conflits_svg", .optional(graph.map(Self.inline))),
    ]
    self.action = action
    self.comparison = comparison
    self.diagrams = diagrams
    self.conflictGraph = graph
    value = RenderContext(project: project).actionValue(action, extras: extras)
    printValue =
      wantsPrint
      ? Self.printValue(
        project: project, action: action, comparison: comparison, diagrams: inlineDiagrams,
        descriptions: extras.descriptions, conflictGraph: graph)
      : nil
  }

  static func anchor(of narrative: Narrative, in action: Action) -> String {
    Anchors.narrative(narrative, of: action)
  }

  static func baseName(of narrative: Narrative) -> String { Anchors.baseName(of: narrative) }

  /// An SVG document without its XML declaration, for inline use in HTML.
  static func inline(_ document: String) -> String {
    guard document.hasPrefix("<?xml"), let end = document.firstRange(of: "?>") else {
      return document
    }
    // Trimmed on the UTF-8 view (the declaration's line feed, the final one): Foundation's
    // trimming would copy the whole document to UTF-16.
    let utf8 = document.utf8
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }
    var start = end.upperBound
    while start < utf8.endIndex, isSpace(utf8[start]) { start = utf8.index(after: start) }
    var stop = utf8.endIndex
    while stop > start, isSpace(utf8[utf8.index(before: stop)]) { stop = utf8.index(before: stop) }
    return String(document[start..<stop])
  }
}
