import Foundation
import RecitTestSupport
import Testing

/// `recit build --format pdf` on every sample, read back by poppler's own clients (pdftotext,
/// pdfinfo, pdffonts, pdftoppm) and by pypdf, which keeps the narrow no-break spaces that
/// pdftotext prints as plain spaces. WeasyPrint, poppler-utils and pypdf are installed by
/// `scripts/setup.sh --tests`.
///
/// Each sample is built once for the suite (`.samplePDFs`), with JSON beside the PDFs for
/// the texts to look for and HTML for the typography.
@Suite(.samplePDFs) struct PDFExportTests {
  /// Where the pages rendered to PNG are kept, to be looked at (not committed).
  static let artifacts = PackageRoot.path + "/.build/test-artifacts/pdf"

  @Test func everySamplePrintsABookletAndOnePDFPerAction() throws {
    let exports = try SamplePDFs.require()
    #expect(exports.builds.count == SampleExports.samples().count)
    for build in exports.builds {
      try build.requireSuccess()
      let found = Set(build.files(in: "pdf", ending: "").map { build.relative($0) })
      let prefix = build.sample.name + "/pdf/"
      let expected = Set(
        ([prefix + "projet.pdf"] + build.sample.actions.map { prefix + "\($0.id).pdf" }))
      #expect(found == expected, "\(build.sample.name): \(found.sorted())")
      for pdf in expected {
        let data = try Data(contentsOf: URL(fileURLWithPath: exports.folder + "/" + pdf))
        #expect(data.starts(with: Data("%PDF-".utf8)), "\(pdf) is not a PDF")
      }
    }
  }

  @Test func pdftotextFindsEveryNarrativeInTheBookletAndInItsActionsPDF() throws {
    let exports = try SamplePDFs.require()
    for build in exports.builds {
      try build.requireSuccess()
      let actions = try build.expectations()
      let booklet = try Self.pdftotext(build.out + "/pdf/projet.pdf")
      for action in actions {
        let missing = PDFText.missing(action, in: booklet)
        #expect(
          missing.isEmpty,
          "\(build.sample.name)/pdf/projet.pdf lacks:\n\(missing.joined(separator: "\n"))")
        let own = try Self.pdftotext(build.out + "/pdf/\(action.id).pdf")
        let ownMissing = PDFText.missing(action, in: own)
        #expect(
          ownMissing.isEmpty,
          "\(build.sample.name)/pdf/\(action.id).pdf lacks:\n\(ownMissing.joined(separator: "\n"))"
        )
      }
    }
  }

  @Test func pdfinfoGivesASaneA4PageCount() throws {
    let exports = try SamplePDFs.require()
    for build in exports.builds {
      try build.requireSuccess()
      let actions = build.sample.actions.count
      let booklet = try Self.pdfinfo(build.out + "/pdf/projet.pdf")
      let pages = Int(booklet["Pages"] ?? "") ?? 0
      // A title page, the contents, at least a page per action; at most 12 per action.
      #expect(
        pages >= 2 + actions && pages <= 2 + 12 * actions,
        "\(build.sample.name)/pdf/projet.pdf: \(pages) pages for \(actions) actions")
      #expect(booklet["Page size"]?.hasSuffix("(A4)") == true, "\(booklet["Page size"] ?? "?")")
      let settings = try String(contentsOfFile: build.sample.path + "/recit.yml", encoding: .utf8)
      if let title = booklet["Title"] {
        #expect(settings.contains(title), "\(build.sample.name): PDF title « \(title) »")
      } else {
        Issue.record("\(build.sample.name)/pdf/projet.pdf has no title")
      }
      var total = 0
      for action in build.sample.actions {
        let info = try Self.pdfinfo(build.out + "/pdf/\(action.id).pdf")
        let count = Int(info["Pages"] ?? "") ?? 0
        total += count
        #expect(count >= 1 && count <= 12, "\(build.sample.name)/\(action.id).pdf: \(count) pages")
        #expect(info["Page size"]?.hasSuffix("(A4)") == true)
      }
      // The booklet is its chapters, plus the title page and the contents.
      #expect(
        abs(pages - 2 - total) <= actions,
        "\(build.sample.name): booklet \(pages) pages, actions \(total) pages in all")
    }
  }

  @Test func pdffontsShowsEveryFontEmbeddedAndDejaVu() throws {
    let exports = try SamplePDFs.require()
    for build in exports.builds {
      try build.requireSuccess()
      for pdf in build.files(in: "pdf", ending: ".pdf") {
        let result = try Tool.run("pdffonts", [pdf])
        #expect(result.status == 0, "pdffonts \(build.relative(pdf)):\n\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty, "\(build.relative(pdf)): no font")
        for row in rows {
          // name type… encoding emb sub uni object ID: `emb` is the 5th field from the end.
          let fields = row.split(separator: " ", omittingEmptySubsequences: true)
          guard fields.count >= 6 else {
            Issue.record("\(build.relative(pdf)): unreadable pdffonts row « \(row) »")
            continue
          }
          let embedded = fields[fields.count - 5]
          #expect(embedded == "yes", "\(build.relative(pdf)): not embedded: \(row)")
          #expect(row.contains("DejaVu"), "\(build.relative(pdf)): not a DejaVu font: \(row)")
        }
      }
    }
  }

  /// The first page of the first chapter (page 3 of each booklet) and the contents, kept as
  /// PNG under `.build/test-artifacts/pdf/` to be looked at.
  @Test func pdftoppmRendersPagesKeptAsArtifacts() throws {
    let exports = try SamplePDFs.require()
    try FileManager.default.createDirectory(
      atPath: Self.artifacts, withIntermediateDirectories: true)
    var kept: [String] = []
    for build in exports.builds {
      try build.requireSuccess()
      for page in [2, 3] {
        let prefix = Self.artifacts + "/\(build.sample.name)-page"
        let result = try Tool.run(
          "pdftoppm",
          [
            "-png", "-r", "80", "-f", "\(page)", "-l", "\(page)", "-singlefile",
            build.out + "/pdf/projet.pdf", prefix + "-\(page)",
          ])
        #expect(result.status == 0, "pdftoppm \(build.sample.name):\n\(result.stderr)")
        let png = prefix + "-\(page).png"
        let data = try Data(contentsOf: URL(fileURLWithPath: png))
        let size = PNG.size(of: data)
        // A4 at 80 dpi: 661.4 × 935.4 pixels, rounded up by pdftoppm; a page with text
        // compresses to more than a blank one.
        let width = size?.width ?? 0
        let height = size?.height ?? 0
        #expect(
          (661...662).contains(width) && (935...936).contains(height),
          "\(png): \(width) × \(height)")
        #expect(data.count > 20_000, "\(png) looks blank (\(data.count) bytes)")
        kept.append(png)
      }
    }
    print("PDF pages rendered to PNG, kept in \(Self.artifacts):\n" + kept.joined(separator: "\n"))
  }

  // MARK: French typography

  /// `« mot »` and `quoi ?` with U+202F, in the HTML and in the PDF's text (read by pypdf).
  @Test func frenchTypographyReachesTheHTMLAndThePDF() throws {
    let exports = try SamplePDFs.require()
    let cases: [(sample: String, action: String, texts: [String])] = [
      ("malaunay", "marche-centre-ville", ["du coin\u{202F}?", "était simple\u{00A0}: un marché"]),
      ("malaunay", "creation-amap", ["des environs\u{202F}?"]),
      (
        "le-mene", "un-pays-qui-ne-voulait-pas-mourir",
        ["«\u{202F}Un pays qui ne voulait pas mourir\u{202F}»"]
      ),
      ("pole-territorial-tarn", "deux-visions-du-pole", ["«\u{202F}strate de plus\u{202F}»"]),
    ]
    var pdfs: [String] = []
    for (sample, action, _) in cases {
      let build = try #require(exports.builds.first { $0.sample.name == sample })
      try build.requireSuccess()
      pdfs.append(build.out + "/pdf/\(action).pdf")
    }
    let texts = try Self.pypdfText(pdfs)
    for ((sample, action, expected), pdf) in zip(cases, pdfs) {
      let build = try #require(exports.builds.first { $0.sample.name == sample })
      let html = try String(contentsOfFile: build.out + "/html/\(action).html", encoding: .utf8)
      let text = PDFText.joinedLines(texts[pdf] ?? "")
      for phrase in expected {
        #expect(html.contains(phrase), "\(sample)/html/\(action).html lacks « \(phrase) »")
        #expect(
          text.contains(phrase),
          "\(sample)/pdf/\(action).pdf lacks « \(phrase) » (U+202F/U+00A0) in its text")
      }
      // No plain space is left before the signs in the page's text (diagrams, code and
      // attributes aside, which typography leaves as they are).
      let prose = PDFText.prose(ofHTML: html)
      for plain in [" ?", " !", " ;", " :", "« ", " »"] {
        #expect(
          !prose.contains(plain),
          "\(sample)/html/\(action).html still has « \(plain) » in: …\(PDFText.around(plain, in: prose))…"
        )
      }
    }
  }

  @Test func anEnglishProjectKeepsEnglishTypography() throws {
    let exports = try SamplePDFs.require()
    let build = try #require(exports.builds.first { $0.sample.language == "en" })
    try build.requireSuccess()
    for page in build.files(in: "html", ending: ".html") {
      let html = try String(contentsOfFile: page, encoding: .utf8)
      #expect(!html.contains("\u{202F}"), "\(build.relative(page)) has a narrow no-break space")
      #expect(!html.contains("\u{00A0}:"), "\(build.relative(page)) has a no-break space before :")
    }
  }

  // MARK: WeasyPrint missing

  @Test func aMissingWeasyPrintIsAClearErrorAndWritesNothing() throws {
    let work = try TemporaryFolder()
    let emptyPath = work.path + "/bin"
    try FileManager.default.createDirectory(atPath: emptyPath, withIntermediateDirectories: true)
    let sample = PackageRoot.path + "/Samples/malaunay"
    for (language, words) in [
      (
        "fr",
        [
          "« weasyprint » est introuvable", "pip install weasyprint", "scripts/setup.sh",
          "rien n'a été écrit",
        ]
      ),
      (
        "en",
        [
          "'weasyprint' was not found", "pip install weasyprint", "scripts/setup.sh",
          "nothing was written",
        ]
      ),
    ] {
      let out = work.path + "/out-\(language)"
      let result = try CommandRunner().run(
        ["build", sample, "--format", "html,pdf", "--out", out, "--lang", language],
        in: work.path, environment: ["PATH": emptyPath])
      #expect(result.status == 2, "exit \(result.status):\n\(result.stderr)")
      for word in words {
        #expect(result.stderr.contains(word), "[\(language)] « \(word) » not in:\n\(result.stderr)")
      }
      #expect(
        !FileManager.default.fileExists(atPath: out + "/html/index.html")
          && !FileManager.default.fileExists(atPath: out + "/pdf"),
        "a build that could not print wrote files")
    }
  }

  // MARK: Running the readers

  static func pdftotext(_ pdf: String) throws -> String {
    let result = try Tool.run("pdftotext", ["-enc", "UTF-8", pdf, "-"])
    #expect(result.status == 0, "pdftotext \(pdf):\n\(result.stderr)")
    return PDFText.squeezed(result.stdout)
  }

  static func pdfinfo(_ pdf: String) throws -> [String: String] {
    let result = try Tool.run("pdfinfo", [pdf])
    #expect(result.status == 0, "pdfinfo \(pdf):\n\(result.stderr)")
    return ExportValidationTests.fields(of: result.stdout)
  }

  /// Each PDF's text as pypdf reads it, its pages joined.
  static func pypdfText(_ pdfs: [String]) throws -> [String: String] {
    let script = PackageRoot.path + "/Tests/Fixtures/tools/pdf-text.py"
    let result = try Tool.run("python3", [script] + pdfs)
    try #require(result.status == 0, "pdf-text.py:\n\(result.stderr)")
    let report = try #require(Text.jsonObject(in: result.stdout), "pdf-text.py printed no JSON")
    var texts: [String: String] = [:]
    for file in report["files"] as? [[String: Any]] ?? [] {
      guard let path = file["file"] as? String else { continue }
      texts[path] = (file["pages"] as? [String] ?? []).joined(separator: "\n")
    }
    return texts
  }
}

/// Comparing what a PDF says with what the project says, whatever the line breaks and the
/// hyphenation did to the words.
enum PDFText {
  /// Hyphens (the hyphenation's U+2010, `-`, soft hyphens) and every space removed, after the
  /// usual normalization: two texts with the same words in the same order compare equal.
  static func squeezed(_ text: String) -> String {
    String(
      Text.normalized(text).unicodeScalars.filter { scalar in
        !(scalar == "-" || scalar == "\u{2010}" || scalar == "\u{00AD}"
          || scalar.properties.isWhitespace)
      }.map(Character.init))
  }

  /// Lines joined back: a hyphenation break (U+2010 then a line feed) removed, other line
  /// feeds made spaces; no-break spaces kept as they are.
  static func joinedLines(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{2010}\n", with: "")
      .replacingOccurrences(of: "\n", with: " ")
  }

  /// The text of an HTML page outside its diagrams, code, styles and tags, entities decoded.
  static func prose(ofHTML html: String) -> String {
    var text = html
    for element in ["svg", "code", "pre", "style", "script", "title"] {
      text = text.replacingOccurrences(
        of: "<\(element)[\\s>][\\s\\S]*?</\(element)>", with: " ", options: .regularExpression)
    }
    return Text.htmlText(text)
  }

  /// Some words around the first `needle` in `text`, for a failure message.
  static func around(_ needle: String, in text: String) -> String {
    guard let range = text.range(of: needle) else { return "" }
    let start =
      text.index(range.lowerBound, offsetBy: -40, limitedBy: text.startIndex)
      ?? text.startIndex
    let end = text.index(range.upperBound, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
    return String(text[start..<end])
  }

  /// What of the action a PDF's squeezed text lacks: its title, and each narrative's title,
  /// narrator, first heading and first words.
  static func missing(_ action: ActionText, in text: String) -> [String] {
    var missing: [String] = []
    if let title = action.title, !text.contains(squeezed(title)) {
      missing.append("\(action.id): title « \(title) »")
    }
    for (index, narrative) in action.narratives.enumerated() {
      for (what, value) in [
        ("title", narrative.title), ("narrator", narrative.narrator),
        ("heading", narrative.heading),
      ] {
        if let value, !text.contains(squeezed(value)) {
          missing.append("\(action.id), narrative \(index + 1): \(what) « \(value) »")
        }
      }
    }
    return missing
  }
}

// MARK: - Building the samples once, with PDF

struct SamplePDFs: Sendable {
  static let formats = "html,json,pdf"

  @TaskLocal static var current: SamplePDFs?

  let folder: String
  let builds: [SampleBuild]

  static func require() throws -> SamplePDFs {
    try #require(current, "the suite needs the .samplePDFs trait")
  }

  static func build() throws -> SamplePDFs {
    let folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("recit-pdf-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let builds = try SampleExports.samples().map { sample in
      let out = folder + "/" + sample.name
      let result = try CommandRunner().run(
        ["build", sample.path, "--format", formats, "--out", out, "--quiet"],
        in: PackageRoot.path)
      return SampleBuild(
        sample: sample, out: out, status: result.status, output: result.stdout + result.stderr)
    }
    return SamplePDFs(folder: folder, builds: builds)
  }
}

struct SamplePDFsTrait: SuiteTrait, TestScoping {
  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    let exports = try SamplePDFs.build()
    defer { try? FileManager.default.removeItem(atPath: exports.folder) }
    try await SamplePDFs.$current.withValue(exports) { try await function() }
  }
}

extension Trait where Self == SamplePDFsTrait {
  static var samplePDFs: Self { Self() }
}
