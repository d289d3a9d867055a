import Foundation
import RecitModel
import Testing

@testable import RecitKit

/// A project's layout cannot make a rendering grow without bound: past the cap it stops with a
/// template error naming the template and the limit.
@Suite struct OutputCapTests {
  static let items = JSONValue.array((0..<200).map { .object([("n", .int($0))]) })

  static func engine(_ files: [String: String], cap: Int, perAction: Int = 0) throws
    -> TemplateEngine
  {
    var all: [String: String] = ["recit.yml": "territoire: T\n"]
    for (path, text) in files { all["templates/" + path] = text }
    let project = try TemporaryProject(all)
    return try TemplateEngine(
      templates: TemplateSet(projectRoot: project.root), maximumOutputBytes: cap,
      projectBytesPerAction: perAction)
  }

  /// A document of the whole project (the book, the index) grows with the project: each action
  /// it holds adds to its cap, so that a large project builds, and a loop nested over the
  /// actions still stops.
  @Test func aDocumentOfTheWholeProjectGrowsWithItsActions() throws {
    let engine = try Self.engine(
      [
        "livre.mustache": "{{#items}}{{> chapitre}}{{/items}}",
        "chapitre.mustache": String(repeating: "Un chapitre. ", count: 800),
        "bombe.mustache": "{{#items}}{{#items}}{{> chapitre}}{{/items}}{{/items}}",
      ], cap: 1 << 20, perAction: 64 << 10)
    let context = JSONValue.object([("items", Self.items)])
    // 200 chapters of 10,400 bytes: 2 MB, over the 1 MiB of one file.
    let error = try #require(throws: TemplateError.self) {
      try engine.render("livre", context: context)
    }
    #expect(error.message.en.contains("exceeds 1 MiB"), "\(error)")
    let book = try engine.render("livre", context: context, actions: 200)
    #expect(book.utf8.count == 200 * 10_400)
    #expect(engine.limit(actions: 200) == (1 << 20) + 200 * (64 << 10))
    // 40,000 chapters stop at the project's cap: 1 MiB + 200 × 64 KiB.
    let nested = try #require(throws: TemplateError.self) {
      try engine.render("bombe", context: context, actions: 200)
    }
    #expect(nested.message.en.contains("exceeds 13 MiB"), "\(nested)")
    #expect(engine.limit(actions: Int.max) == Int.max)
  }

  @Test func aLoopAroundABigPartialStopsAtTheCap() throws {
    let engine = try Self.engine(
      [
        "layouts/bombe/html-page.mustache": "{{#items}}{{#items}}{{> gros}}{{/items}}{{/items}}",
        "gros.mustache": String(repeating: "Texte répété. ", count: 700),
      ], cap: 1 << 20)
    let error = try #require(throws: TemplateError.self) {
      try engine.render("layouts/bombe/html-page", context: .object([("items", Self.items)]))
    }
    #expect(error.location == .start(of: "templates/layouts/bombe/html-page.mustache"))
    #expect(
      error.message.fr
        == "le rendu du modèle « layouts/bombe/html-page » dépasse 1 Mio, la taille maximale d'un fichier produit : une boucle ou une inclusion répète trop de texte"
    )
  }

  @Test func aLoopOverALongValueStopsAtTheCap() throws {
    let engine = try Self.engine(
      ["layouts/bombe/html-page.mustache": "{{#items}}{{#items}}{{texte}}{{/items}}{{/items}}"],
      cap: 1 << 20)
    let context = JSONValue.object([
      ("items", Self.items), ("texte", .string(String(repeating: "x", count: 100))),
    ])
    #expect(throws: TemplateError.self) {
      try engine.render("layouts/bombe/html-page", context: context)
    }
  }

  /// Sections nested over the same short list multiply their turns (3¹⁴ here, writing one
  /// byte each): the floor on a turn's charge stops them at the cap, in bounded time.
  @Test func nestedSectionsOverAShortListStopAtTheCap() throws {
    let text =
      String(repeating: "{{#acteurs}}", count: 14) + "x"
      + String(repeating: "{{/acteurs}}", count: 14)
    let engine = try Self.engine(["layouts/bombe/html-page.mustache": text], cap: 1 << 20)
    let actors = JSONValue.array((0..<3).map { .object([("id", .string("a\($0)"))]) })
    let start = ContinuousClock.now
    let error = try #require(throws: TemplateError.self) {
      try engine.render("layouts/bombe/html-page", context: .object([("acteurs", actors)]))
    }
    #expect(error.message.en.contains("exceeds 1 MiB"), "\(error)")
    #expect(ContinuousClock.now - start < .seconds(2))
  }

  /// Below the cap the same layout renders in full, transforms and all. Its 40,200 turns of
  /// two bytes charge 64 bytes each (2.6 MB for 80 KB of output): the floor over-counts tiny
  /// sections; the built-in layouts charge at most 1.27 times what they write.
  @Test func belowTheCapTheOutputIsWhole() throws {
    let engine = try Self.engine(
      [
        "layouts/ok/html-page.mustache":
          "{{count(items)}}:{{#items}}{{#items}}{{> petit}}{{/items}}{{/items}}{{^empty(items)}}!{{/empty(items)}}",
        "petit.mustache": "ab",
      ], cap: 4 << 20)
    let output = try engine.render(
      "layouts/ok/html-page", context: .object([("items", Self.items)]))
    #expect(output == "200:" + String(repeating: "ab", count: 40_000) + "!")
  }

  /// Partials that each include the next twice, over large text, are refused before rendering.
  @Test func partialsWhoseExpansionExceedsTheCapAreRefusedAtTheirPlace() throws {
    var files = ["p0.mustache": String(repeating: "z", count: 10_000)]
    for level in 1...8 { files["p\(level).mustache"] = "{{> p\(level - 1)}}{{> p\(level - 1)}}" }
    let error = try #require(throws: TemplateError.self) {
      _ = try Self.engine(files, cap: 1 << 20)
    }
    #expect(error.message.en.contains("exceeds 1 MiB"), "\(error)")
    #expect(error.location.file.hasPrefix("templates/p"))
  }
}
