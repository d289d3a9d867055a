import Foundation
import ZIPFoundation

/// The reference document handed to pandoc (`--reference-doc`) so that Word and OpenDocument
/// books look like the HTML pages: dark bold headings in DejaVu Sans, the second level
/// underlined with the pages' grey rule, bordered tables with a shaded header row, quest
/// steps' labels in bold blue, links in the pages' blue.
///
/// Made at each build, never checked in: pandoc's own default reference document
/// (`pandoc --print-default-data-file reference.docx`) with the styles below put in place of
/// pandoc's (or added, should a later pandoc lack one). Everything else in the default is kept,
/// so the document always matches the pandoc that reads it. The patch is plain data, and the
/// result depends only on pandoc's default: reproducible.
enum ReferenceDocument {
  /// The pages' colours (style.css): ink, grey, rule, soft background, blue.
  static let ink = "1E1E1E"
  static let grey = "4A4A4A"
  static let rule = "C8CCD2"
  static let soft = "F3F4F6"
  static let blue = "1F4E99"

  /// Pandoc's default reference document for `format` (`docx` or `odt`), restyled. Its entries
  /// are dated `date`: pandoc dates its default with the clock and copies the reference's dates
  /// into the book, which would then change at every build.
  static func make(
    for format: ExportFormat, pandoc: ExternalProgram,
    date: Date = Date(timeIntervalSince1970: 946_684_800)
  ) throws -> Data {
    let name = "reference.\(format.rawValue)"
    let original = try pandoc.run(["--print-default-data-file", name], timeLimit: 60).stdout
    switch format {
    case .odt: return try restyle(original, file: "styles.xml", date: date, with: odtStyles)
    default: return try restyle(original, file: "word/styles.xml", date: date, with: docxStyles)
    }
  }

  /// The archive with `file` rewritten by `patch`; every other entry copied as it was (but
  /// dated `date`), in the same order and with the same compression (an OpenDocument's
  /// `mimetype` stays first and stored).
  static func restyle(
    _ archive: Data, file: String, date: Date, with patch: (String) -> String
  ) throws -> Data {
    let source = try Archive(data: archive, accessMode: .read)
    let target = try Archive(accessMode: .create)
    for entry in source {
      var data = Data()
      _ = try source.extract(entry, skipCRC32: false) { data.append($0) }
      if entry.path == file { data = Data(patch(String(decoding: data, as: UTF8.self)).utf8) }
      let contents = data
      try target.addEntry(
        with: entry.path, type: entry.type, uncompressedSize: Int64(contents.count),
        modificationDate: date,
        permissions: 0o644,
        compressionMethod: entry.isCompressed ? .deflate : .none
      ) { position, size in
        contents.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = target.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }

  // MARK: Word

  /// `word/styles.xml` with recit's styles.
  static func docxStyles(_ xml: String) -> String {
    var xml = replacing(
      element: "w:docDefaults", in: xml,
      with: """
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:eastAsia="DejaVu Sans" w:cs="DejaVu Sans" /><w:color w:val="\(ink)" /><w:sz w:val="21" /><w:szCs w:val="21" /><w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA" /></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="300" w:lineRule="auto" /></w:pPr></w:pPrDefault></w:docDefaults>
        """)
    for (id, style) in docxStyleTable {
      xml = replacingStyle(id, in: xml, with: style)
    }
    return xml
  }

  private static func heading(_ level: Int, size: Int, before: Int, border: Bool) -> String {
    let rule =
      border
      ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"2\" w:color=\"\(ReferenceDocument.rule)\" /></w:pBdr>"
      : ""
    return """
      <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)" /><w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:uiPriority w:val="9" /><w:unhideWhenUsed /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines />\(rule)<w:spacing w:before="\(before)" w:after="120" /><w:outlineLvl w:val="\(level - 1)" /></w:pPr><w:rPr><w:b /><w:bCs /><w:color w:val="\(ink)" /><w:sz w:val="\(size)" /><w:szCs w:val="\(size)" /></w:rPr></w:style>
      """
  }

  static var docxStyleTable: [(String, String)] {
    [
      (
        "Title",
        """
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title" /><w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="480" w:after="240" /></w:pPr><w:rPr><w:b /><w:bCs /><w:color w:val="\(ink)" /><w:sz w:val="44" /><w:szCs w:val="44" /></w:rPr></w:style>
        """
      ),
      ("Heading1", heading(1, size: 36, before: 480, border: false)),
      ("Heading2", heading(2, size: 29, before: 400, border: true)),
      ("Heading3", heading(3, size: 24, before: 280, border: false)),
      ("Heading4", heading(4, size: 22, before: 240, border: false)),
      (
        "DefinitionTerm",
        """
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="DefinitionTerm"><w:name w:val="Definition Term" /><w:basedOn w:val="Normal" /><w:next w:val="Definition" /><w:pPr><w:keepNext /><w:spacing w:before="120" w:after="0" /></w:pPr><w:rPr><w:b /><w:color w:val="\(blue)" /></w:rPr></w:style>
        """
      ),
      (
        "TableCaption",
        """
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableCaption"><w:name w:val="Table Caption" /><w:basedOn w:val="Caption" /><w:pPr><w:keepNext /><w:spacing w:before="120" w:after="60" /></w:pPr><w:rPr><w:b /><w:i w:val="0" /><w:color w:val="\(ink)" /></w:rPr></w:style>
        """
      ),
      (
        "ImageCaption",
        """
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ImageCaption"><w:name w:val="Image Caption" /><w:basedOn w:val="Caption" /><w:rPr><w:i w:val="0" /><w:color w:val="\(grey)" /><w:sz w:val="18" /></w:rPr></w:style>
        """
      ),
      (
        "Hyperlink",
        """
        <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink" /><w:basedOn w:val="BodyTextChar" /><w:rPr><w:color w:val="\(blue)" /><w:u w:val="single" /></w:rPr></w:style>
        """
      ),
      (
        "Table",
        """
        <w:style w:type="table" w:default="1" w:styleId="Table"><w:name w:val="Table" /><w:basedOn w:val="TableNormal" /><w:uiPriority w:val="59" /><w:qFormat /><w:tblPr><w:tblInd w:w="0" w:type="dxa" /><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="\(rule)" /><w:left w:val="single" w:sz="4" w:space="0" w:color="\(rule)" /><w:bottom w:val="single" w:sz="4" w:space="0" w:color="\(rule)" /><w:right w:val="single" w:sz="4" w:space="0" w:color="\(rule)" /><w:insideH w:val="single" w:sz="4" w:space="0" w:color="\(rule)" /><w:insideV w:val="single" w:sz="4" w:space="0" w:color="\(rule)" /></w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa" /><w:left w:w="108" w:type="dxa" /><w:bottom w:w="60" w:type="dxa" /><w:right w:w="108" w:type="dxa" /></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b /><w:bCs /></w:rPr><w:tblPr /><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="\(soft)" /></w:tcPr></w:tblStylePr></w:style>
        """
      ),
    ]
  }

  /// `xml` with the `<w:style>` whose id is `id` replaced by `style` (added before
  /// `</w:styles>` when there is none).
  static func replacingStyle(_ id: String, in xml: String, with style: String) -> String {
    guard let mark = xml.range(of: "w:styleId=\"\(id)\""),
      let start = xml.range(
        of: "<w:style ", options: .backwards, range: xml.startIndex..<mark.lowerBound),
      let end = xml.range(of: "</w:style>", range: mark.upperBound..<xml.endIndex)
    else {
      guard let close = xml.range(of: "</w:styles>", options: .backwards) else { return xml }
      return xml.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: style)
    }
    return xml.replacingCharacters(in: start.lowerBound..<end.upperBound, with: style)
  }

  /// `xml` with the first `<name>…</name>` element replaced by `replacement` (unchanged when
  /// there is none).
  static func replacing(element name: String, in xml: String, with replacement: String) -> String {
    guard let start = xml.range(of: "<\(name)>"),
      let end = xml.range(of: "</\(name)>", range: start.upperBound..<xml.endIndex)
    else { return xml }
    return xml.replacingCharacters(in: start.lowerBound..<end.upperBound, with: replacement)
  }

  // MARK: OpenDocument

  /// `styles.xml` of an OpenDocument text with recit's styles (ODF names, `_20_` for spaces).
  static func odtStyles(_ xml: String) -> String {
    var xml = xml
    for (name, style) in odtStyleTable {
      xml = replacingODFStyle(name, in: xml, with: style)
    }
    return xml
  }

  private static func odtHeading(_ level: Int, size: String, border: Bool) -> String {
    let rule =
      border
      ? " fo:border-bottom=\"1.5pt solid #\(ReferenceDocument.rule)\" fo:padding-bottom=\"0.04in\""
      : ""
    return """
      <style:style style:name="Heading_20_\(level)" style:display-name="Heading \(level)" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="\(level)" style:class="text"><style:paragraph-properties fo:margin-top="0.2in" fo:margin-bottom="0.08in"\(rule) /><style:text-properties fo:color="#\(ink)" fo:font-size="\(size)" fo:font-weight="bold" style:font-size-asian="\(size)" style:font-weight-asian="bold" style:font-size-complex="\(size)" style:font-weight-complex="bold" /></style:style>
      """
  }

  static var odtStyleTable: [(String, String)] {
    [
      (
        "Standard",
        """
        <style:style style:name="Standard" style:family="paragraph" style:class="text"><style:text-properties fo:font-family="'DejaVu Sans'" fo:color="#\(ink)" fo:font-size="10.5pt" fo:language="fr" fo:country="FR" /></style:style>
        """
      ),
      (
        "Heading",
        """
        <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.1665in" fo:margin-bottom="0.0835in" style:contextual-spacing="false" fo:keep-with-next="always" /><style:text-properties fo:font-family="'DejaVu Sans'" fo:color="#\(ink)" fo:font-size="14pt" /></style:style>
        """
      ),
      ("Heading_20_1", odtHeading(1, size: "18pt", border: false)),
      ("Heading_20_2", odtHeading(2, size: "14.5pt", border: true)),
      ("Heading_20_3", odtHeading(3, size: "12pt", border: false)),
      ("Heading_20_4", odtHeading(4, size: "11pt", border: false)),
      (
        "Table_20_Contents",
        """
        <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0in" fo:margin-right="0in" fo:text-indent="0in" style:auto-text-indent="false" fo:padding="0.04in" fo:border="0.5pt solid #\(rule)" text:number-lines="false" text:line-number="0" /></style:style>
        """
      ),
      (
        "Table_20_Heading",
        """
        <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:paragraph-properties fo:text-align="start" fo:background-color="#\(soft)" /><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold" /></style:style>
        """
      ),
      (
        "Definition_20_Term",
        """
        <style:style style:name="Definition_20_Term" style:display-name="Definition Term" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Definition_20_Definition"><style:paragraph-properties fo:margin-top="0.06in" fo:margin-bottom="0in" fo:keep-with-next="always" /><style:text-properties fo:color="#\(blue)" fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold" /></style:style>
        """
      ),
      (
        "Internet_20_link",
        """
        <style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text"><style:text-properties fo:color="#\(blue)" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color" /></style:style>
        """
      ),
    ]
  }

  /// `xml` with the `<style:style style:name="NAME" …>…</style:style>` replaced by `style`
  /// (added at the end of `<office:styles>` when there is none).
  static func replacingODFStyle(_ name: String, in xml: String, with style: String) -> String {
    let opening = "<style:style style:name=\"\(name)\""
    guard let start = xml.range(of: opening) else {
      guard let close = xml.range(of: "</office:styles>") else { return xml }
      return xml.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: style)
    }
    // A style either closes itself (`/>` before any `>`) or ends at its `</style:style>`.
    guard let firstClose = xml.range(of: ">", range: start.upperBound..<xml.endIndex) else {
      return xml
    }
    let selfClosing = xml[xml.index(before: firstClose.lowerBound)] == "/"
    let end: String.Index
    if selfClosing {
      end = firstClose.upperBound
    } else {
      guard let close = xml.range(of: "</style:style>", range: firstClose.upperBound..<xml.endIndex)
      else { return xml }
      end = close.upperBound
    }
    return xml.replacingCharacters(in: start.lowerBound..<end, with: style)
  }
}
