import Foundation
import Testing
import ZIPFoundation

@testable import RecitKit

/// The EPUB book as data: reproducible, complete, and made of well-formed XHTML whose links
/// stay inside the book; hostile values come out inert.
@Suite struct EPUBBookTests {
  static func book(_ project: Project, layout: TemplateSet = .builtIn) throws -> Data {
    let builder = Builder(
      project: project, outputFolder: "", formats: [.epub],
      engine: try TemplateEngine(templates: layout))
    return try #require(try builder.renderFiles().first { $0.path == Builder.epubPath }).contents
  }

  /// Entry path → bytes, in the archive's order.
  static func entries(of data: Data) throws -> [(path: String, data: Data)] {
    let archive = try Archive(data: data, accessMode: .read)
    return try archive.map { entry in
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      return (entry.path, bytes)
    }
  }

  @Test func theSameProjectGivesTheSameBytes() throws {
    let project = try CompareGoldenTests.load("malaunay")
    #expect(try Self.book(project) == (try Self.book(project)))
  }

  @Test func theBookHoldsAChapterPerActionANavigationDocumentAndItsPackage() throws {
    let project = try CompareGoldenTests.load("malaunay")
    let entries = try Self.entries(of: try Self.book(project))
    let paths = entries.map(\.path)
    #expect(paths.first == "mimetype")
    #expect(paths.contains("META-INF/container.xml"))
    for path in ["EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/style.css", "EPUB/titre.xhtml"] {
      #expect(paths.contains(path), "no \(path)")
    }
    for action in project.actions {
      #expect(paths.contains("EPUB/actions/\(action.id).xhtml"), "no chapter for \(action.id)")
    }
    let package = String(
      decoding: try #require(entries.first { $0.path == "EPUB/package.opf" }).data, as: UTF8.self)
    #expect(package.contains("<dc:language>fr</dc:language>"))
    #expect(package.contains("properties=\"nav\""))
    #expect(package.contains("properties=\"svg\""))
    #expect(
      package.range(
        of: #"<meta property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ</meta>"#,
        options: .regularExpression) != nil)
    let navigation = String(
      decoding: try #require(entries.first { $0.path == "EPUB/nav.xhtml" }).data, as: UTF8.self)
    #expect(navigation.contains("epub:type=\"toc\""))
    for action in project.actions {
      #expect(navigation.contains("actions/\(action.id).xhtml#"), "\(action.id)'s narratives")
    }
  }

  @Test func modifiedIsSourceDateEpochElseTheLatestDateTheProjectStates() throws {
    let project = try CompareGoldenTests.load("malaunay")
    let epoch = EPUBBook.modified(of: project, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    #expect(EPUBBook.timestamp(epoch) == "2023-11-14T22:13:20Z")
    let stated = EPUBBook.timestamp(EPUBBook.modified(of: project, environment: [:]))
    #expect(stated.hasSuffix("T00:00:00Z"))
    #expect(stated >= "2019")
  }

  @Test func theIdentifierIsAStableNameBasedUUID() {
    let first = EPUBBook.identifier(for: "Malaunay")
    #expect(first == EPUBBook.identifier(for: "Malaunay"))
    #expect(first != EPUBBook.identifier(for: "Le Mené"))
    #expect(
      first.range(
        of: #"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#,
        options: .regularExpression) != nil, "\(first)")
  }

  @Test func hostileValuesComeOutInertInWellFormedChapters() throws {
    let project = try BuilderTests.hostileProject().load()
    let entries = try Self.entries(of: try Self.book(project))
    let chapter = String(
      decoding: try #require(entries.first { $0.path == "EPUB/actions/essai.xhtml" }).data,
      as: UTF8.self)
    #expect(!chapter.contains("<script>"))
    #expect(!chapter.contains("javascript:"))
    #expect(chapter.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    for (path, data) in entries where path.hasSuffix(".xhtml") || path.hasSuffix(".opf") {
      let collector = XMLErrorCollector()
      #expect(
        SafeXMLParser.parse(String(decoding: data, as: UTF8.self), collector: collector) != nil,
        "\(path): \(collector.problems)")
    }
  }

  @Test func aProjectLayoutThatWritesMalformedXHTMLStopsTheBuildWithItsName() throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: Essai\n",
      "actions/essai.md": "---\ntitre: Essai\n---\nTexte.\n",
      "templates/layouts/defaut/epub-chapitre.mustache":
        "<html><body><p>{{action.titre}}</body></html>\n",
    ])
    let loaded = try project.load()
    let builder = Builder(
      project: loaded, outputFolder: "", formats: [.epub],
      engine: try TemplateEngine(templates: TemplateSet(projectRoot: loaded.root)))
    #expect {
      _ = try builder.renderFiles()
    } throws: { error in
      guard let error = error as? BuildError else { return false }
      return error.isProjectLayout && error.file.contains("actions/essai.xhtml")
        && error.template.contains("epub-chapitre") && !error.problems.isEmpty
    }
  }
}
