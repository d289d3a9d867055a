import RecitModel

extension ActionRendering {
  /// The action's value for the print layouts: the same keys as the HTML page's, with what
  /// paper needs instead. Mentions are names, not links (a PDF has no actor pages); body
  /// headings sit under the narrative's title (a body `#` becomes `<h4>`); the diagrams and
  /// the conflict map are inline SVG, so that WeasyPrint draws them as vector graphics.
  static func printValue(
    project: Project, action: Action, comparison: Comparison, diagrams: [String: String],
    descriptions: [String: String], conflictGraph: String?
  ) -> JSONValue {
    let language = project.language
    let actors = project.actors(of: action)
    var extras = RenderContext.Extras()
    for narrative in action.narratives {
      var body = HTMLBody(
        actors: actors, headingOffset: 3, idPrefix: anchor(of: narrative, in: action) + "-",
        language: language)
      body.linksMentions = false
      extras.html[narrative.file] = body.render(narrative.body.blocks)
      extras.svg[narrative.file] = diagrams[narrative.file]
    }
    extras.descriptions = descriptions
    extras.action = [
      ("comparaison_html", .string(comparison.htmlFragment(in: language, headingLevel: 3))),
      ("zones_conflit", .int(comparison.summary.conflicts)),
      ("conflits_svg", .optional(conflictGraph.map(inline))),
    ]
    return RenderContext(project: project).actionValue(action, extras: extras)
  }
}
