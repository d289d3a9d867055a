import Foundation
import RecitModel

extension Builder {
  /// Whether an output path is one of ``territoryFiles(_:context:)``'s.
  static func isTerritoryFile(_ path: String) -> Bool {
    path.hasPrefix("html/territoire/") || path.hasPrefix("svg/territoire/")
      || path == "json/territoire.json" || path == "markdown/territoire/index.md"
  }

  /// The files of the territory as a whole (`html/territoire/…`, `svg/territoire/…`,
  /// `json/territoire.json`, `markdown/territoire/index.md`), from the published project.
  func territoryFiles(_ territory: Territory, context: RenderContext) throws -> [OutputFile] {
    var files: [OutputFile] = []
    let language = project.language
    let wantsSVG = formats.contains(.svg) || formats.contains(.docbook)
    // Each diagram drawn once, for its page and its file.
    let ecosystem = EcosystemDiagram(territory: territory, language: language).svgDocument()
    let timeline = TimelineDiagram(territory: territory, language: language).svgDocument()
    if formats.contains(.html) {
      let pages = TerritoryPages(territory: territory)
      for page in pages.all(ecosystem: ecosystem, timeline: timeline) {
        let value = JSONValue.object(context.common + [("page", page.value)])
        files.append(
          OutputFile(
            "html/territoire/\(page.file)",
            try self.page("html-territoire", context: value, actions: project.actions.count)))
      }
    }
    if wantsSVG {
      files.append(OutputFile("svg/territoire/ecosysteme.svg", ecosystem))
      files.append(OutputFile("svg/territoire/chronologie.svg", timeline))
    }
    if formats.contains(.json) {
      files.append(
        OutputFile(
          "json/territoire.json", JSONExport(project: project).territory(territory).rendered()))
    }
    if formats.contains(.markdown) {
      files.append(
        OutputFile(
          "markdown/territoire/index.md", MarkdownBody().render(territory.markdownDocument())))
    }
    return files
  }
}

extension Builder {
  /// The territory's chapter of the DocBook book: its sections, and the ecosystem diagram's
  /// address and text alternative.
  func bookExtras(_ territory: Territory) -> [(String, JSONValue)] {
    let diagram = EcosystemDiagram(territory: territory, language: project.language)
    return [
      (
        "territoire",
        .object([
          ("titre", .string(TerritoryWording.territory.text(in: project.language))),
          (
            "corps_docbook",
            .string(
              DocBookBody(idPrefix: Territory.bookIDPrefix).fragment(territory.bookDocument()))
          ),
          ("ecosysteme_fichier_svg", .string("../svg/territoire/ecosysteme.svg")),
          ("ecosysteme_titre", .string(diagram.title)),
          ("ecosysteme_description", .string(diagram.description)),
        ])
      )
    ]
  }
}

/// The HTML pages of the territory: the map, the coverage, the timeline, one page per actor.
struct TerritoryPages {
  struct Page {
    let file: String
    let value: JSONValue
  }

  let territory: Territory

  /// `ecosystem` and `timeline`: the two diagrams as SVG documents.
  func all(ecosystem: String, timeline: String) -> [Page] {
    let language = territory.language
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    let links = TerritoryLinks.html
    let nav: [(String, LocalizedText)] = [
      ("index.html", TerritoryWording.mapTitle),
      ("couverture.html", TerritoryWording.coverageTitle),
      ("chronologie.html", TerritoryWording.timelineTitle),
      ("acteurs.html", TerritoryWording.actorsTitle),
    ]
    func page(
      _ file: String, kind: String, title: String, _ blocks: [Block], figure: String? = nil,
      caption: String? = nil
    ) -> Page {
      let html = HTMLBody(headingOffset: 0, idPrefix: kind + "-", language: language)
      // The figure comes after the first paragraph, before the tables that say it in words.
      let intro = html.render(Array(blocks.prefix(1)))
      let body = html.render(Array(blocks.dropFirst()))
      return Page(
        file: file,
        value: .object([
          ("genre", .string(kind)), ("titre", .string(title)), ("fichier", .string(file)),
          ("nav_libelle", .string(t(TerritoryWording.territory))),
          (
            "liens",
            .array(
              nav.map { entry in
                .object([
                  ("adresse", .string(entry.0)), ("libelle", .string(t(entry.1))),
                  ("courant", .bool(entry.0 == file)),
                ])
              })
          ),
          ("intro_html", .string(intro)),
          ("corps_html", .string(body)),
          ("figure_svg", .optional(figure.map(ActionRendering.inline))),
          ("figure_legende", .optional(caption)),
        ]))
    }
    var pages = [
      page(
        "index.html", kind: "carte", title: t(TerritoryWording.mapTitle),
        territory.mapDocument(links), figure: ecosystem,
        caption: t(TerritoryWording.ecosystem)),
      page(
        "couverture.html", kind: "couverture", title: t(TerritoryWording.coverageTitle),
        territory.coverageDocument(links)),
      page(
        "chronologie.html", kind: "chronologie", title: t(TerritoryWording.timelineTitle),
        territory.timelineDocument(links),
        figure: territory.timeline.isEmpty ? nil : timeline,
        caption: t(TerritoryWording.timelineTitle)),
      page(
        "acteurs.html", kind: "acteurs", title: t(TerritoryWording.actorsTitle),
        [actorList(links, language)]),
    ]
    for record in territory.actors {
      pages.append(
        page(
          TerritoryLinks.actorFile(record.actor.id), kind: "acteur",
          title: record.actor.displayName, territory.actorDocument(record, links)))
    }
    return pages
  }

  func actorList(_ links: TerritoryLinks, _ language: Language) -> Block {
    .table(
      header: [
        TerritoryWording.actor.text(in: language),
        LocalizedText(fr: "Identifiant", en: "Id").text(in: language),
        LocalizedText(fr: "Famille", en: "Family").text(in: language),
        TerritoryWording.actions.text(in: language),
      ],
      rows: territory.actors.map { record in
        MarkupTable.Row([
          MarkupTable.Cell([territory.actorLink(record.actor.id, links)], isRowHeader: true),
          MarkupTable.Cell([.code(record.actor.id)]),
          MarkupTable.Cell([
            .text(
              record.actor.category.map { Labels.category($0, language) }
                ?? TerritoryWording.noCategory.text(in: language))
          ]),
          MarkupTable.Cell(
            territory.joined(record.actionIDs.map { [territory.actionLink($0, links)] }, ", ")),
        ])
      })
  }
}
