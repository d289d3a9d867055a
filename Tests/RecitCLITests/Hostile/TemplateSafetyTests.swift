import Foundation
import RecitTestSupport
import Testing

/// A project's templates are untrusted too: a template that includes itself, that expands
/// without bound, or that tries to turn escaping off is refused with its place, before any
/// rendering (before, recursion crashed recit with SIGSEGV).
@Suite struct TemplateSafetyTests {
  private func project(_ templates: [String: String]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let sample = folder.path + "/malaunay"
    try FileManager.default.copyItem(
      atPath: PackageRoot.path + "/Samples/malaunay", toPath: sample)
    for (path, text) in templates {
      let full = sample + "/templates/" + path
      try FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: full, atomically: true, encoding: .utf8)
    }
    return folder
  }

  private func build(_ folder: TemporaryFolder) throws -> BoundedRun.Output {
    try HostileRun.recit(["build", "--format", "html"], in: folder.path + "/malaunay")
  }

  @Test(.timeLimit(.minutes(1))) func aTemplateThatIncludesItselfIsRefused() throws {
    let folder = try project([
      "layouts/defaut/html-page.mustache": "<p>{{> layouts/defaut/boucle}}</p>\n",
      "layouts/defaut/boucle.mustache": "x\n{{> layouts/defaut/autre}}\n",
      "layouts/defaut/autre.mustache": "{{> layouts/defaut/boucle}}\n",
    ])
    let run = try build(folder)
    #expect(run.status == 1, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "templates/layouts/defaut/boucle.mustache:2:1: erreur: ce modèle s'inclut lui-même (layouts/defaut/autre → layouts/defaut/boucle → layouts/defaut/autre)"
      ), "\(run.stderr)")
  }

  @Test(.timeLimit(.minutes(1))) func partialsThatFanOutAreRefused() throws {
    var templates = ["layouts/defaut/html-page.mustache": "{{> layouts/defaut/n0}}\n"]
    for level in 0..<20 {
      templates["layouts/defaut/n\(level).mustache"] =
        "{{> layouts/defaut/n\(level + 1)}}{{> layouts/defaut/n\(level + 1)}}\n"
    }
    templates["layouts/defaut/n20.mustache"] = "feuille\n"
    let run = try build(try project(templates))
    #expect(run.status == 1)
    #expect(run.stderr.contains("s'étend en plus de 10000 modèles inclus"), "\(run.stderr)")
  }

  /// Sections nested over the same list multiply their turns: fourteen levels over the quest's
  /// steps would render the innermost text 5¹⁴ times. Each turn charges at least 64 bytes
  /// against the 64 MiB cap, so the build stops on it within its bound.
  @Test(.timeLimit(.minutes(1))) func sectionsNestedOverOneListStopAtTheCap() throws {
    let page =
      "{{#action}}" + String(repeating: "{{#quete}}", count: 14) + "x"
      + String(repeating: "{{/quete}}", count: 14) + "{{/action}}\n"
    let run = try build(try project(["layouts/defaut/html-page.mustache": page]))
    #expect(run.status == 1, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "templates/layouts/defaut/html-page.mustache:1:1: erreur: le rendu du modèle « layouts/defaut/html-page » dépasse 64 Mio"
      ), "\(run.stderr)")
  }

  @Test(arguments: [
    ("{{% CONTENT_TYPE: TEXT}}\n{{{titre}}}\n", "les pragmas Mustache"),
    ("{{=<% %>=}}\n<%titre%>\n", "le changement de délimiteurs"),
  ])
  func escapingCannotBeTurnedOff(template: String, message: String) throws {
    let run = try build(try project(["layouts/defaut/html-page.mustache": template]))
    #expect(run.status == 1)
    #expect(
      run.stderr.contains("templates/layouts/defaut/html-page.mustache:1:1: erreur: " + message))
  }
}
