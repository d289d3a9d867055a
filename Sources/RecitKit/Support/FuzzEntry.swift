import RecitModel

/// The entry points of the libFuzzer targets (`Sources/Fuzz*/`, see docs/FUZZING.md).
///
/// Executables cannot `@testable import RecitKit`, so each fuzzer calls one of these with the
/// bytes libFuzzer gives it. Each runs one layer of `recit` over untrusted input exactly as a
/// build does, and returns a number derived from the results (so that nothing is optimised
/// away). None of them may crash, leak or hang, whatever the bytes: a fuzzer finding such an
/// input has found a bug of `recit`.
public enum FuzzEntry {
  /// The front-matter splitter, the YAML reader and the decoder, on `bytes` read as an action's
  /// main file and as a narrative file (UTF-8 check, front matter, YAML events, model values,
  /// body tree), then the diagnostics formatted as `recit check` prints them.
  public static func decodeActionFile(_ bytes: [UInt8]) -> Int {
    let path = "actions/fuzz.md"
    switch SourceText.decode(bytes, relativePath: path) {
    case .failure(let diagnostic):
      return DiagnosticFormatter(language: .fr).format([diagnostic]).utf8.count
    case .success(let source):
      var total = 0
      for kind in [FileJob.Kind.action(id: "fuzz"), .narrative(actionID: "fuzz")] {
        let result = FileJob(kind: kind, relativePath: path).decode(source)
        switch result.content {
        case .action(let action):
          total += action.narratives.count + action.narratives[0].body.blocks.count
        case .narrative(_, let narrative): total += narrative.body.blocks.count
        case .settings, .actors, .unreadable: break
        }
        for language in [Language.fr, .en] {
          let formatter = DiagnosticFormatter(
            language: language, colors: language == .en, sources: [path: source.text])
          total += formatter.format(result.diagnostics).utf8.count
        }
      }
      return total
    }
  }

  /// The Markdown layer: `bytes` (decoded as a body is: UTF-8 checked, line ends made LF)
  /// parsed into the document tree, then written by every writer (HTML, DocBook, Markdown,
  /// plain text), with actors that mentions may name.
  public static func renderMarkdown(_ bytes: [UInt8]) -> Int {
    guard case .success(let source) = SourceText.decode(bytes, relativePath: "fuzz.md") else {
      return 0
    }
    let blocks = MarkupParser.parse(source.text, file: "fuzz.md", firstLine: 3)
    let names = ["mairie": "la mairie", "amap": "l'AMAP <les paniers>", "x": "X & \"Y\""]
    let natures: [String: ActorNature] = ["mairie": .institution, "amap": .collective]
    var total = 0
    total += HTMLBody(names: names, headingOffset: 1, idPrefix: "r1-").render(blocks).utf8.count
    total += HTMLBody(names: names, language: .en).render(blocks).utf8.count
    let docBook = DocBookBody(names: names, natures: natures, idPrefix: "r1-")
    total += docBook.fragment(blocks).utf8.count
    total += MarkdownBody(names: names, headingOffset: 2).render(blocks).utf8.count
    total += PlainTextBody(names: names, width: 40).render(blocks).utf8.count
    total += PlainTextBody(names: names, colors: true, width: 120).render(blocks).utf8.count
    return total
  }

  /// The template layer: `bytes` cut at each line `=====` into up to four templates
  /// (`layouts/fuzz/page`, `layouts/fuzz/docbook-page`, `layouts/fuzz/markdown-page`,
  /// `layouts/fuzz/partial`; each may include the others), parsed with the partial-graph checks
  /// as a project's templates are, then each rendered against a fixed context. A template the
  /// engine refuses must be refused with a `TemplateError`, never a crash. The output cap is
  /// 4 MiB instead of 64 (the same checks, reached 16 times sooner), so that an input that runs
  /// to the cap ends well within libFuzzer's per-input timeout in a debug build with
  /// AddressSanitizer.
  public static func renderTemplate(_ bytes: [UInt8]) -> Int {
    guard case .success(let source) = SourceText.decode(bytes, relativePath: "fuzz.mustache")
    else { return 0 }
    let names = ["page", "docbook-page", "markdown-page", "partial"]
    let parts = source.text.split(separator: "\n=====\n", omittingEmptySubsequences: false)
    var files = TemplateSet.builtIn.files
    for (name, part) in zip(names, parts) {
      let path = "layouts/fuzz/\(name).mustache"
      files[path] = TemplateFile(
        path: path, content: String(part), origin: .project("templates/" + path))
    }
    let engine: TemplateEngine
    do {
      engine = try TemplateEngine(
        templates: TemplateSet(files: files), maximumOutputBytes: fuzzOutputCap)
    } catch {
      return String(describing: error).utf8.count
    }
    var total = 0
    for name in names.prefix(parts.count) {
      do {
        total += try engine.render("layouts/fuzz/\(name)", context: fixedContext).utf8.count
      } catch {
        total += 1
      }
    }
    return total
  }

  static let fuzzOutputCap = 4 << 20

  /// A context shaped like an action page's: texts with markup characters, lists, nesting,
  /// nulls and empty values.
  static let fixedContext: JSONValue = object([
    "titre": .string("Création d'une <AMAP> & \"marché\""),
    "id": .string("creation-amap"),
    "vide": .string(""),
    "rien": .null,
    "vrai": .bool(true),
    "faux": .bool(false),
    "nombre": .int(42),
    "corps_html": .string("<p>Un <em>récit</em></p>"),
    "acteurs": .array([
      object(["id": .string("mairie"), "nom": .string("La mairie"), "principal": .bool(true)]),
      object(["id": .string("amap"), "nom": .string("L'AMAP"), "rien": .null]),
      object(["id": .string("x"), "nom": .string("\u{202E}x\u{1B}[31m"), "vide": .array([])]),
    ]),
    "recits": .array([
      object([
        "titre": .string("Récit porté"),
        "etapes": .array([.string("un"), .string("deux")]),
        "acteurs": .array([object(["id": .string("amap")])]),
      ]),
      object(["titre": .string("Récit contradictoire"), "etapes": .array([])]),
    ]),
    "schema": object([
      "destinateur": object(["nom": .string("L'État")]),
      "sujet": object(["nom": .string("La commune")]),
      "objet": .string("Une alimentation locale"),
    ]),
  ])

  private static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(members.map { ($0.key, $0.value) })
  }
}
