import Foundation
import RecitModel
import ZIPFoundation

/// An EPUB 3 book: the chapters' XHTML content documents, a navigation document, a package
/// document and a stylesheet, put into an OCF container (a ZIP whose first entry is
/// `mimetype`, stored uncompressed, as reading systems and epubcheck demand).
///
/// The book is reproducible: the same project gives the same bytes (the entries' dates and
/// `dcterms:modified` are ``modified``, the identifier is derived from the project's names), so
/// a build that changed nothing leaves the file alone.
struct EPUBBook {
  struct Metadata {
    var title: String
    var language: Language
    /// `urn:uuid:…`, stable for a project.
    var identifier: String
    var authors: [String]
    var description: String?
    /// When the publication last changed (``EPUBBook/modified(of:environment:)``).
    var modified: Date
  }

  var metadata: Metadata
  /// In reading order.
  var chapters: [XHTMLChapter]
  var titlePage: String
  var stylesheet: String

  /// The folder of the content documents inside the container.
  static let contentFolder = "EPUB"

  /// The whole container.
  func archive() throws -> Data {
    let archive = try Archive(accessMode: .create)
    try add("mimetype", Data("application/epub+zip".utf8), to: archive, compressed: false)
    try add("META-INF/container.xml", Data(Self.container.utf8), to: archive)
    let folder = Self.contentFolder + "/"
    try add(folder + "package.opf", Data(packageDocument().utf8), to: archive)
    try add(folder + "nav.xhtml", Data(navigationDocument().utf8), to: archive)
    try add(folder + "titre.xhtml", Data(titlePage.utf8), to: archive)
    try add(folder + "style.css", Data(stylesheet.utf8), to: archive)
    for chapter in chapters {
      try add(folder + chapter.file, Data(chapter.serialized.utf8), to: archive)
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }

  private func add(_ path: String, _ data: Data, to archive: Archive, compressed: Bool = true)
    throws
  {
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count),
      modificationDate: metadata.modified, permissions: 0o644,
      compressionMethod: compressed ? .deflate : .none
    ) { position, size in
      data.subdata(in: Int(position)..<Int(position) + size)
    }
  }

  static let container = """
    <?xml version="1.0" encoding="UTF-8"?>
    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
      <rootfiles>
        <rootfile full-path="\(contentFolder)/package.opf" media-type="application/oebps-package+xml"/>
      </rootfiles>
    </container>

    """

  /// The package document: metadata, every resource, the reading order.
  func packageDocument() -> String {
    let lang = metadata.language.rawValue
    var text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="\(lang)">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:identifier id="uid">\(XMLEscaping.text(metadata.identifier))</dc:identifier>
          <dc:title>\(XMLEscaping.text(metadata.title))</dc:title>
          <dc:language>\(lang)</dc:language>

      """
    for author in metadata.authors {
      text += "    <dc:creator>\(XMLEscaping.text(author))</dc:creator>\n"
    }
    if let description = metadata.description {
      text += "    <dc:description>\(XMLEscaping.text(description))</dc:description>\n"
    }
    text += """
          <meta property="dcterms:modified">\(Self.timestamp(metadata.modified))</meta>
        </metadata>
        <manifest>
          <item id="titre" href="titre.xhtml" media-type="application/xhtml+xml"/>
          <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
          <item id="style" href="style.css" media-type="text/css"/>

      """
    for (index, chapter) in chapters.enumerated() {
      // Inline SVG diagrams must be declared (`svg`), and only where there are some.
      let svg = chapter.serialized.contains("<svg") ? " properties=\"svg\"" : ""
      text +=
        "    <item id=\"chapitre-\(index + 1)\" href=\"\(XMLEscaping.text(Self.href(chapter.file)))\" media-type=\"application/xhtml+xml\"\(svg)/>\n"
    }
    text += "  </manifest>\n  <spine>\n    <itemref idref=\"titre\"/>\n"
    text += "    <itemref idref=\"nav\"/>\n"
    for index in chapters.indices {
      text += "    <itemref idref=\"chapitre-\(index + 1)\"/>\n"
    }
    text += "  </spine>\n</package>\n"
    return text
  }

  /// The navigation document: each chapter and its narratives.
  func navigationDocument() -> String {
    let lang = metadata.language.rawValue
    let heading = LocalizedText(fr: "Sommaire", en: "Contents").text(in: metadata.language)
    var text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(lang)" xml:lang="\(lang)">
      <head>
      <meta charset="utf-8" />
      <title>\(XMLEscaping.text(heading))</title>
      <link rel="stylesheet" type="text/css" href="style.css" />
      </head>
      <body>
      <nav epub:type="toc" id="sommaire">
      <h1>\(XMLEscaping.text(heading))</h1>
      <ol>

      """
    if chapters.isEmpty {
      // A list needs an item: a project with nothing published yet has its title page.
      text += "<li><a href=\"titre.xhtml\">\(XMLEscaping.text(metadata.title))</a></li>\n"
    }
    for chapter in chapters {
      let href = XMLEscaping.text(Self.href(chapter.file))
      text += "<li><a href=\"\(href)\">\(XMLEscaping.text(chapter.title))</a>"
      let sections = chapter.sections
      if !sections.isEmpty {
        text += "\n<ol>\n"
        for section in sections {
          text +=
            "<li><a href=\"\(href)#\(XMLEscaping.text(section.id))\">\(XMLEscaping.text(section.title))</a></li>\n"
        }
        text += "</ol>\n"
      }
      text += "</li>\n"
    }
    text += "</ol>\n</nav>\n"
    text += """
      <nav epub:type="landmarks" id="reperes" hidden="hidden">
      <ol>
      <li><a epub:type="titlepage" href="titre.xhtml">\(XMLEscaping.text(metadata.title))</a></li>
      <li><a epub:type="toc" href="nav.xhtml">\(XMLEscaping.text(heading))</a></li>
      </ol>
      </nav>
      </body>
      </html>

      """
    return text
  }

  /// A path inside the book as a URL (each segment percent-encoded).
  static func href(_ path: String) -> String {
    path.split(separator: "/").map { URLPath.segment(String($0)) }.joined(separator: "/")
  }

  /// `2026-12-02T00:00:00Z`, as `dcterms:modified` wants it.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  /// When the project last changed, as far as a build can tell without the clock (which would
  /// make every build a new book): `SOURCE_DATE_EPOCH` when set (the reproducible-builds
  /// convention), else the latest date the project states (actions, narratives, steps), else
  /// 2000-01-01.
  static func modified(
    of project: Project, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Date {
    if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
      return Date(timeIntervalSince1970: epoch)
    }
    var dates: [PartialDate] = []
    for action in project.actions {
      if let date = action.date?.value { dates.append(date) }
      for narrative in action.narratives {
        if let date = narrative.date?.value { dates.append(date) }
      }
      for step in action.quest {
        if let date = step.date?.value { dates.append(date) }
      }
    }
    guard let latest = dates.max() else { return Date(timeIntervalSince1970: 946_684_800) }
    var components = DateComponents()
    components.calendar = Calendar(identifier: .gregorian)
    components.timeZone = TimeZone(identifier: "UTC")
    components.year = latest.year
    components.month = latest.month ?? 1
    components.day = latest.day ?? 1
    return components.date ?? Date(timeIntervalSince1970: 946_684_800)
  }

  /// `urn:uuid:` of a name-based UUID (version 8 layout over two FNV digests of `name`).
  static func identifier(for name: String) -> String {
    let high = ContentDigest("recit-epub:" + name).value
    let low = ContentDigest(name + ":recit-epub").value
    var bytes =
      withUnsafeBytes(of: high.bigEndian, Array.init)
      + withUnsafeBytes(
        of: low.bigEndian, Array.init)
    bytes[6] = (bytes[6] & 0x0F) | 0x80
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { String(format: "%02x", $0) }.joined()
    let parts = [
      hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4),
      hex.dropFirst(16).prefix(4), hex.dropFirst(20),
    ]
    return "urn:uuid:" + parts.joined(separator: "-")
  }
}
