import Foundation
import Testing

@testable import RecitKit

/// Drafts are checked but not published unless asked; the index and the book follow the
/// reading order; a `[[…]]` prompt is not a stated role (`Tests/Fixtures/drafts-order`).
@Suite struct PublicationTests {
  static let root = Fixtures.path("drafts-order")

  func build(drafts: Bool = false) async throws -> BuildOutput {
    let workspace = try await Workspace(path: Self.root)
    let request = BuildRequest(formats: [.html, .docbook], includeDrafts: drafts)
    guard case .built(let output) = await workspace.build(request).outcome else {
      throw FixtureError("the drafts-order fixture does not build")
    }
    return output
  }

  func text(_ output: BuildOutput, _ path: String) -> String? {
    output.files.first { $0.path == path }?.text
  }

  @Test func draftsAreCheckedButNotPublished() async throws {
    let project = try ProjectLoader().load(path: Self.root).get()
    let prompts = Checker().check(project).filter { $0.rule == .toComplete }
    #expect(prompts.contains { $0.location.file == "actions/ebauche.md" })
    let output = try await build()
    #expect(text(output, "html/ebauche.html") == nil)
    #expect(text(output, "docbook/ebauche.xml") == nil)
    let index = try #require(text(output, "html/index.html"))
    #expect(!index.contains("ebauche.html"))
    let book = try #require(text(output, "docbook/projet.xml"))
    #expect(!book.contains("Une ébauche"))
    let market = try #require(text(output, "html/marche.html"))
    #expect(!market.contains("encore en chantier"))
    #expect(market.contains("produits frais"))
    #expect(!market.contains("class=\"brouillon\""))
  }

  @Test func askedForDraftsPublishesThemMarked() async throws {
    let output = try await build(drafts: true)
    let draft = try #require(text(output, "html/ebauche.html"))
    #expect(draft.contains("<span class=\"brouillon\">Brouillon</span></h1>"))
    let market = try #require(text(output, "html/marche.html"))
    #expect(market.contains("encore en chantier"))
    #expect(market.components(separatedBy: "class=\"brouillon\"").count - 1 == 1)
    let index = try #require(text(output, "html/index.html"))
    #expect(index.contains("ebauche.html"))
    #expect(try #require(text(output, "docbook/ebauche.xml")).contains("(Brouillon)</title>"))
  }

  @Test func indexAndBookFollowTheReadingOrder() async throws {
    let output = try await build()
    let expected = [
      "territoire", "premiere", "note-intention", "note-cadrage", "note-faisabilite", "marche",
      "a-completer",
    ]
    let index = try #require(text(output, "html/index.html"))
    let links = expected.map { "href=\"\($0).html\"" }
    #expect(Self.order(of: links, in: index) == links)
    let book = try #require(text(output, "docbook/projet.xml"))
    let titles = [
      "Zéro, le récit du territoire", "Zz la première", "Une note d&apos;intention",
      "Une note de cadrage", "Une note de faisabilité", "Un marché au bourg",
      "Un objet encore à écrire",
    ]
    #expect(
      Self.order(of: titles, in: book.replacingOccurrences(of: "'", with: "&apos;")) == titles)
  }

  @Test func aPromptIsNotAStatedRole() async throws {
    let output = try await build()
    let index = try #require(text(output, "html/index.html"))
    let row = try #require(
      index.components(separatedBy: "<tr>").first { $0.contains("a-completer.html") })
    #expect(row.contains("5/6"))
    let market = try #require(
      index.components(separatedBy: "<tr>").first { $0.contains("marche.html") })
    #expect(market.contains("6/6"), "opposants: [] states “none”")
  }

  @Test func aFrenchDateIsReadAndShownInFrench() async throws {
    let output = try await build()
    let market = try #require(text(output, "html/marche.html"))
    #expect(market.contains("<time datetime=\"2024-09-02\">2 septembre 2024</time>"))
    let article = try #require(text(output, "docbook/marche.xml"))
    #expect(article.contains(", 2 septembre 2024</para>"))
  }

  @Test func balisesAreShownByTheirTitleWithTheirCode() async throws {
    let output = try await build()
    let index = try #require(text(output, "html/index.html"))
    #expect(index.contains("<code>cooperation/1</code>"))
    #expect(index.contains("Coopérer"))
  }

  /// The needles in the order they first appear in `text` (those absent are left out).
  static func order(of needles: [String], in text: String) -> [String] {
    needles.compactMap { needle in text.range(of: needle).map { (needle, $0.lowerBound) } }
      .sorted { $0.1 < $1.1 }.map(\.0)
  }
}

struct FixtureError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
