import Foundation
import RecitTestSupport
import Testing

/// The publishing formats of every sample, read by their real clients: epubcheck on the EPUB,
/// pandoc reading the Word and OpenDocument books back to plain text, Debian's Hugo building a
/// minimal site around the page bundles. Every sample is built once for the suite.
@Suite(.publishedSamples) struct PublishingTests {
  // MARK: EPUB

  @Test func epubcheckFindsNoErrorAndNoWarningInAnySampleBook() throws {
    let exports = try PublishedSamples.require()
    for build in exports.builds {
      try build.requireSuccess()
      let book = build.out + "/epub/projet.epub"
      let result = try Tool.run("java", ["-jar", PublishedSamples.epubcheck, book])
      let report = result.stdout + result.stderr
      #expect(result.status == 0, "epubcheck \(build.sample.name):\n\(report)")
      #expect(
        report.contains("No errors or warnings detected"),
        "epubcheck \(build.sample.name) reports something:\n\(report)")
    }
  }

  @Test func theEPUBContainerStartsWithItsMimetypeStored() throws {
    let exports = try PublishedSamples.require()
    for build in exports.builds {
      try build.requireSuccess()
      let data = try Data(contentsOf: URL(fileURLWithPath: build.out + "/epub/projet.epub"))
      let bytes = [UInt8](data.prefix(58))
      try #require(bytes.count == 58, "\(build.sample.name): the EPUB is too short")
      // A local file header: signature, compression method 0 (stored), then the name.
      #expect(bytes[0..<4] == [0x50, 0x4B, 0x03, 0x04])
      #expect(bytes[8] == 0 && bytes[9] == 0, "\(build.sample.name): mimetype is compressed")
      #expect(bytes[28] == 0 && bytes[29] == 0, "\(build.sample.name): mimetype has extra fields")
      #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
      #expect(String(decoding: bytes[38..<58], as: UTF8.self) == "application/epub+zip")
    }
  }

  @Test func theEPUBHoldsEveryNarrativeAndItsDiagrams() throws {
    let exports = try PublishedSamples.require()
    for build in exports.builds {
      try build.requireSuccess()
      let work = try TemporaryFolder()
      let unzip = try Tool.run(
        "python3", ["-m", "zipfile", "-e", build.out + "/epub/projet.epub", work.path])
      #expect(unzip.status == 0, "unzip \(build.sample.name): \(unzip.stderr)")
      for action in try build.expectations() {
        let chapter = work.path + "/EPUB/actions/\(action.id).xhtml"
        let xhtml = try String(contentsOfFile: chapter, encoding: .utf8)
        #expect(xhtml.contains("<svg"), "\(build.sample.name)/\(action.id): no diagram")
        let missing = action.missing(in: Text.normalized(Text.htmlText(xhtml)))
        #expect(
          missing.isEmpty,
          "\(build.sample.name)/\(action.id).xhtml lacks:\n\(missing.joined(separator: "\n"))")
      }
    }
  }

  @Test func aSecondBuildOfTheSameSampleRewritesNothing() throws {
    let exports = try PublishedSamples.require()
    let build = try #require(exports.builds.first { $0.sample.name == "malaunay" })
    try build.requireSuccess()
    let again = try CommandRunner().run(
      ["build", build.sample.path, "--format", PublishedSamples.formats, "--out", build.out],
      in: PackageRoot.path)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.hasPrefix("Rien n'a changé"), "rewritten:\n\(again.stdout)")
  }

  // MARK: Word and OpenDocument

  @Test(arguments: ["docx", "odt"])
  func pandocReadsTheBookBackWithEveryNarrativeAndEachStepLabelOnce(_ format: String) throws {
    let exports = try PublishedSamples.require()
    for build in exports.builds {
      try build.requireSuccess()
      let book = build.out + "/\(format)/projet.\(format)"
      let result = try Tool.run("pandoc", ["-f", format, "-t", "plain", "--wrap=none", book])
      #expect(result.status == 0, "pandoc on \(build.sample.name) \(format):\n\(result.stderr)")
      let text = Text.normalized(result.stdout)
      let missing = try build.expectations().flatMap { $0.missing(in: text) }
      #expect(
        missing.isEmpty,
        "\(build.sample.name)/\(format) read by pandoc lacks:\n\(missing.joined(separator: "\n"))")
      let openings = try build.bodyOpenings()
      let labels = try build.stepLabels()
      #expect(!openings.isEmpty && !labels.isEmpty, "\(build.sample.name): nothing to look for")
      for words in openings where !text.contains(words) {
        Issue.record("\(build.sample.name)/\(format) lacks the body words « \(words) »")
      }
      // The steps keep their own labels ("Étape 2 bis"), never numbered again ("3. Étape 2").
      let lines = result.stdout.split(separator: "\n").map(String.init)
      let renumbered = lines.filter {
        $0.range(of: #"^\s*[0-9]+[.)]\s+(Étape|Step) "#, options: .regularExpression) != nil
      }
      #expect(
        renumbered.isEmpty,
        "\(build.sample.name)/\(format) numbers the steps again:\n\(Text.excerpt(renumbered))")
      for label in labels {
        #expect(
          lines.contains { $0.trimmingCharacters(in: .whitespaces) == label },
          "\(build.sample.name)/\(format): no line « \(label) »")
      }
    }
  }

  @Test(arguments: ["docx", "odt"])
  func theBookCarriesTheDiagramsAndTheReferenceStyles(_ format: String) throws {
    let exports = try PublishedSamples.require()
    for build in exports.builds {
      try build.requireSuccess()
      let work = try TemporaryFolder()
      let unzip = try Tool.run(
        "python3", ["-m", "zipfile", "-e", build.out + "/\(format)/projet.\(format)", work.path])
      #expect(unzip.status == 0, "unzip \(build.sample.name): \(unzip.stderr)")
      let media = format == "docx" ? "/word/media" : "/Pictures"
      let pictures =
        (try? FileManager.default.contentsOfDirectory(atPath: work.path + media)) ?? []
      #expect(
        pictures.contains { $0.hasSuffix(".svg") },
        "\(build.sample.name)/\(format): no SVG diagram inside")
      let styles = try String(
        contentsOfFile: work.path + (format == "docx" ? "/word/styles.xml" : "/styles.xml"),
        encoding: .utf8)
      // The pages' blue (steps' labels, links) and grey rule (tables, second-level headings).
      #expect(styles.uppercased().contains("1F4E99"), "\(build.sample.name)/\(format)")
      #expect(styles.uppercased().contains("C8CCD2"), "\(build.sample.name)/\(format)")
    }
  }

  // MARK: Hugo

  @Test func hugoBuildsASiteAroundEveryBundleWithEveryNarrative() throws {
    let exports = try PublishedSamples.require()
    for build in exports.builds {
      try build.requireSuccess()
      let site = try TemporaryFolder()
      try PublishedSamples.writeMinimalSite(at: site.path, content: build.out + "/hugo/content")
      let result = try Tool.run(
        "hugo", ["--source", site.path, "--destination", site.path + "/public", "--quiet"])
      #expect(result.status == 0, "hugo on \(build.sample.name):\n\(result.stdout)\(result.stderr)")
      for action in try build.expectations() {
        let folder = site.path + "/public/actions/\(action.id)"
        let page = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        let text = Text.normalized(Text.htmlText(page))
        let missing = action.missing(in: text)
        #expect(
          missing.isEmpty,
          "\(build.sample.name)/\(action.id) built by Hugo lacks:\n\(missing.joined(separator: "\n"))"
        )
        // The title is the page's only h1: the layout writes it, the body starts at h2.
        #expect(
          page.components(separatedBy: "<h1").count == 2,
          "\(build.sample.name)/\(action.id): more than one h1")
        #expect(page.contains("src=\"action.svg\""), "\(build.sample.name)/\(action.id)")
        #expect(
          FileManager.default.fileExists(atPath: folder + "/action.svg"),
          "\(build.sample.name)/\(action.id): the bundle's diagram is not published")
        // Mentions are resolved: no `@id` left in the words.
        #expect(
          page.range(of: #"\s@[a-z][a-z0-9-]+"#, options: .regularExpression) == nil,
          "\(build.sample.name)/\(action.id): an unresolved mention")
      }
      for words in try build.bodyOpenings() {
        let pages = try build.sample.actions.map {
          try String(
            contentsOfFile: site.path + "/public/actions/\($0.id)/index.html", encoding: .utf8)
        }.map { Text.normalized(Text.htmlText($0)) }.joined(separator: "\n")
        #expect(pages.contains(words), "\(build.sample.name): Hugo lacks « \(words) »")
      }
    }
  }
}

// MARK: - Building the samples once

/// Every sample built once in the publishing formats (and JSON, which says what to look for).
struct PublishedSamples: Sendable {
  static let formats = "json,epub,docx,odt,hugo"
  static let epubcheck = "/usr/share/java/epubcheck.jar"

  @TaskLocal static var current: PublishedSamples?

  let folder: String
  let builds: [SampleBuild]

  static func require() throws -> PublishedSamples {
    guard FileManager.default.fileExists(atPath: epubcheck) else {
      throw ExternalTool.Missing(name: "epubcheck (\(epubcheck))")
    }
    return try #require(current, "the suite needs the .publishedSamples trait")
  }

  static func build() throws -> PublishedSamples {
    let folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("recit-published-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let recit = CommandRunner()
    let builds = try SampleExports.samples().map { sample in
      let out = folder + "/" + sample.name
      let result = try recit.run(
        ["build", sample.path, "--format", formats, "--out", out, "--quiet"],
        in: PackageRoot.path)
      return SampleBuild(
        sample: sample, out: out, status: result.status, output: result.stdout + result.stderr)
    }
    return PublishedSamples(folder: folder, builds: builds)
  }

  /// A Hugo site that shows each page's title and content, nothing else, around `content`.
  static func writeMinimalSite(at root: String, content: String) throws {
    let manager = FileManager.default
    try manager.createDirectory(
      atPath: root + "/layouts/_default", withIntermediateDirectories: true)
    let files = [
      "hugo.toml": """
      baseURL = "http://localhost/"
      languageCode = "fr"
      title = "recit"
      disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
      [markup.goldmark.extensions]
      typographer = false

      """,
      "layouts/_default/single.html": """
      <!DOCTYPE html>
      <html><head><title>{{ .Title }}</title></head>
      <body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>

      """,
      "layouts/_default/list.html": """
      <!DOCTYPE html>
      <html><head><title>{{ .Title }}</title></head>
      <body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>

      """,
    ]
    for (path, text) in files {
      try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }
    try manager.copyItem(atPath: content, toPath: root + "/content")
  }
}

struct PublishedSamplesTrait: SuiteTrait, TestScoping {
  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    let exports = try PublishedSamples.build()
    defer { try? FileManager.default.removeItem(atPath: exports.folder) }
    try await PublishedSamples.$current.withValue(exports) { try await function() }
  }
}

extension Trait where Self == PublishedSamplesTrait {
  static var publishedSamples: Self { Self() }
}

extension SampleBuild {
  /// Each narrative's first words of prose (six plain words of its first paragraph), normalized.
  func bodyOpenings() throws -> [String] {
    try sample.actions.flatMap { action -> [String] in
      let data = try Data(contentsOf: URL(fileURLWithPath: out + "/json/\(action.id).json"))
      let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let narratives = (root["action"] as? [String: Any])?["narratives"] as? [[String: Any]] ?? []
      return narratives.compactMap { narrative in
        let body = (narrative["body"] as? [String: Any])?["markdown"] as? String ?? ""
        return Self.plainOpening(of: body)
      }
    }
  }

  /// The labels of every action's steps as the exports write them (`Étape 2 bis`).
  func stepLabels() throws -> [String] {
    try sample.actions.flatMap { action -> [String] in
      let data = try Data(contentsOf: URL(fileURLWithPath: out + "/json/\(action.id).json"))
      let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      // The action's quest is its carried narrative's (the first).
      let narratives = (root["action"] as? [String: Any])?["narratives"] as? [[String: Any]] ?? []
      let quest = narratives.first?["quest"] as? [[String: Any]] ?? []
      let word = sample.language == "en" ? "Step" : "Étape"
      return quest.compactMap { step in (step["label"] as? String).map { "\(word) \($0)" } }
    }
  }

  /// Six consecutive plain words (letters only) from the first paragraph line of `markdown`.
  static func plainOpening(of markdown: String) -> String? {
    for line in markdown.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard let first = trimmed.first, first.isLetter else { continue }
      var run: [Substring] = []
      for word in trimmed.split(separator: " ") {
        if word.allSatisfy({ $0.isLetter }) {
          run.append(word)
          if run.count == 6 { return run.joined(separator: " ") }
        } else {
          run = []
        }
      }
    }
    return nil
  }
}

/// Word and OpenDocument without pandoc: a clear error that says how to install it, and nothing
/// written.
@Suite struct MissingPandocTests {
  @Test func aBuildWithoutPandocSaysHowToInstallItAndWritesNothing() throws {
    let out = try TemporaryFolder()
    let empty = try TemporaryFolder()
    let sample = PackageRoot.path + "/Samples/malaunay"
    let result = try CommandRunner().run(
      ["build", sample, "--format", "docx", "--out", out.path + "/sortie"], in: PackageRoot.path,
      environment: ["PATH": empty.path])
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains("« pandoc » est introuvable"), "\(result.stderr)")
    #expect(result.stderr.contains("apt-get install pandoc"), "\(result.stderr)")
    #expect(result.stderr.contains("rien n'a été écrit"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path + "/sortie/docx"))
  }
}

/// Projects the samples do not cover, checked by epubcheck: a rich body (an image, notes, a task
/// list, a table, code, links to the web, to another action and to nowhere) and a project whose
/// only action is a draft (a book with no chapter).
@Suite struct PublishingEdgeTests {
  static func write(_ files: [String: String], into root: String) throws {
    for (path, text) in files {
      let full = root + "/" + path
      try FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }
  }

  static let action = """
    ---
    titre: Une action
    acteurs:
      mairie: { nom: Mairie, categorie: elu }
      amap: { nom: AMAP, categorie: habitant }
    schema:
      destinateur: mairie
      sujet: mairie
      objet: Un objet
      destinataires: [amap]
      adjuvants: [amap]
      opposants: [amap]
    quete:
      - etape: "0"
        acteurs: [mairie]
        action: Commence
    ---

    """

  static func epubcheck(_ book: String) throws -> String {
    let result = try Tool.run("java", ["-jar", PublishedSamples.epubcheck, book])
    return result.stdout + result.stderr
  }

  @Test func aRichBodyGivesABookEpubcheckAccepts() throws {
    let project = try TemporaryFolder()
    try Self.write(
      [
        "recit.yml": "territoire: Essai\n",
        "actions/riche.md": Self.action + """
          # Un corps riche

          Avec @mairie, une note[^1], un [lien](https://example.org/), un
          [autre](autre.html#action-autre), un [vide](nulle-part.html) et une
          ![photo](photo.jpg) puis une ![distante](https://example.org/a.png).

          - [x] fait
          - [ ] à faire

          | a | b |
          | :-- | --: |
          | 1 | 2 |

          ```swift
          let x = 1 < 2
          ```

          <div>brut</div>

          [^1]: La note.

          """,
        "actions/autre.md": Self.action + "Une autre action.\n",
      ], into: project.path)
    let out = project.path + "/sortie"
    let built = try CommandRunner().run(
      ["build", project.path, "--format", "epub,hugo", "--out", out, "--quiet"],
      in: project.path)
    #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
    let report = try Self.epubcheck(out + "/epub/projet.epub")
    #expect(report.contains("No errors or warnings detected"), "\(report)")
  }

  @Test func aProjectWithNothingPublishedGivesABookWithItsTitlePageOnly() throws {
    let project = try TemporaryFolder()
    try Self.write(
      [
        "recit.yml": "territoire: Essai\n",
        "actions/brouillon.md": Self.action.replacingOccurrences(
          of: "titre: Une action\n", with: "titre: Un brouillon\nbrouillon: true\n")
          + "Pas encore.\n",
      ], into: project.path)
    let out = project.path + "/sortie"
    let built = try CommandRunner().run(
      ["build", project.path, "--format", "epub", "--out", out, "--quiet"], in: project.path)
    #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
    let report = try Self.epubcheck(out + "/epub/projet.epub")
    #expect(report.contains("No errors or warnings detected"), "\(report)")
  }
}
