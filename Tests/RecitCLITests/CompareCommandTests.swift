import Foundation
import Testing

/// `recit compare` as users run it: by id, by path, alone, in every format, and its errors.
@Suite struct CompareCommandTests {
  let recit = CommandRunner()
  let malaunay = PackageRoot.path + "/Samples/malaunay"

  @Test func comparesAnActionByIdInTheCurrentProject() throws {
    let result = try recit.run(["compare", "marche-centre-ville"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Points de vue — Un marché de petits producteurs"))
    #expect(result.stdout.contains("Zone de conflit — AMAP de Malaunay : opposant selon Mairie"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
  }

  @Test func jsonByPathIsOneVersionedDocument() throws {
    let result = try recit.run(
      ["compare", "Samples/malaunay/actions/marche-centre-ville", "--format", "json"],
      in: PackageRoot.path)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    let comparisons = object?["comparisons"] as? [[String: Any]]
    #expect(comparisons?.count == 1)
    #expect(
      (comparisons?.first?["action"] as? [String: Any])?["id"] as? String == "marche-centre-ville")
  }

  @Test func aloneItComparesEveryActionOfTheProject() throws {
    let result = try recit.run(["compare", "--format", "markdown", "--lang", "en"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.components(separatedBy: "## Points of view — ").count == 4)
    #expect(result.stdout.contains("| --- |"))
  }

  @Test func htmlFragmentIsTheSectionAlone() throws {
    let result = try recit.run(
      ["compare", "actions/marche-centre-ville/amap.md", "--format", "html", "--fragment"],
      in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<section class=\"recit-compare\""))
    #expect(result.stdout.contains("<th scope=\"col\">"))
    #expect(!result.stdout.contains("<style"))
    #expect(!result.stdout.contains("<html"))
  }

  /// The page is checked by vnu and axe-core with the samples' pages (ExportValidationTests).
  @Test func htmlIsAWholePageWithTheBuildsStylesheet() throws {
    let result = try recit.run(
      ["compare", "marche-centre-ville", "--format", "html"], in: malaunay)
    #expect(result.status == 0, "\(result.stderr)")
    let page = result.stdout
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(
      page.contains(
        "<title>Points de vue — Un marché de petits producteurs au centre-ville — Une AMAP, un marché et trois récits</title>"
      ))
    let css = try String(
      contentsOfFile: PackageRoot.path + "/Templates/layouts/defaut/style.css", encoding: .utf8)
    #expect(page.contains("<style>\n" + css + "\n</style>"), "the build's style.css, embedded")
    #expect(!page.contains("<link"), "a page that needs no other file")
    #expect(page.contains("<h1>Comparaison des récits</h1>"))
    #expect(
      page.contains("<section class=\"recit-compare\" id=\"points-de-vue-marche-centre-ville\""))
    #expect(page.contains("<figure class=\"diagramme\">\n<svg"), "the conflict map")
    #expect(
      page.hasSuffix(
        "</main>\n<footer class=\"pied\">\n<p>Produit avec recit \(Self.version(in: page))</p>\n</footer>\n</body>\n</html>\n"
      ))

    let english = try recit.run(["compare", "--format", "html", "--lang", "en"], in: malaunay)
    #expect(english.status == 0, "\(english.stderr)")
    #expect(english.stdout.contains("<html lang=\"en\">"))
    #expect(
      english.stdout.contains("<title>Points of view — Une AMAP, un marché et trois récits</title>")
    )
    #expect(english.stdout.components(separatedBy: "<section class=\"recit-compare\"").count == 4)
  }

  /// A project that restyles its pages (`templates/layouts/defaut/style.css`) gets its own
  /// stylesheet in the comparison page too; a `</style>` inside it cannot end the element.
  @Test func htmlPageEmbedsTheProjectsOwnStylesheet() throws {
    let folder = try TemporaryFolder()
    let project = folder.path + "/malaunay"
    try FileManager.default.copyItem(atPath: malaunay, toPath: project)
    let layout = project + "/templates/layouts/defaut"
    try FileManager.default.createDirectory(atPath: layout, withIntermediateDirectories: true)
    let css = "/* charte de la commune </style><script>alert(1)</script> */\nh1 { color: #004b87; }"
    try css.write(toFile: layout + "/style.css", atomically: true, encoding: .utf8)
    let result = try recit.run(["compare", "creation-amap", "--format", "html"], in: project)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "<style>\n/* charte de la commune <\\/style><script>alert(1)<\\/script> */\nh1 { color: #004b87; }\n</style>"
      ))
    #expect(result.stdout.components(separatedBy: "</style>").count == 2)
    #expect(!result.stdout.contains("--encre"), "not the built-in stylesheet")
  }

  @Test func fragmentWithoutHTMLIsAUsageError() throws {
    let result = try recit.run(["compare", "--fragment"], in: malaunay)
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("« --fragment » ne s'emploie qu'avec « --format html »"))
  }

  /// The version in the page's generator meta.
  private static func version(in page: String) -> String {
    guard let start = page.range(of: "<meta name=\"generator\" content=\"recit "),
      let end = page[start.upperBound...].firstIndex(of: "\"")
    else { return "?" }
    return String(page[start.upperBound..<end])
  }

  @Test func unknownActionExitsTwoWithTheClosestId() throws {
    let result = try recit.run(["compare", "marche-centre"], in: malaunay)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("aucune action « marche-centre »"))
    #expect(result.stderr.contains("vouliez-vous dire « marche-centre-ville » ?"))
    let english = try recit.run(["compare", "paniers-biblio", "--lang", "en"], in: malaunay)
    #expect(english.status == 2)
    #expect(english.stderr.contains("did you mean “paniers-bibliotheque”?"))
  }

  @Test func anIdNamesAnActionOfTheWholeProjectFromAnyFolder() throws {
    let result = try recit.run(
      ["compare", "creation-amap", "--format", "json"],
      in: malaunay + "/actions/marche-centre-ville")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"id\": \"creation-amap\""))
  }

  @Test func missingPathExitsTwo() throws {
    let result = try recit.run(["compare", "nulle/part"], in: malaunay)
    #expect(result.status == 2)
    #expect(result.stderr.contains("n'existe pas"))
  }
}
