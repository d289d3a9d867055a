import Foundation
import Testing
import ZIPFoundation

@testable import RecitKit

/// The reference documents: pandoc's defaults with recit's styles in place, everything else kept.
@Suite struct ReferenceDocumentTests {
  @Test func aWordStyleIsReplacedByItsIdOrAddedWhenMissing() {
    let xml = """
      <w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="old" /></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading10"><w:name w:val="keep" /></w:style></w:styles>
      """
    let replaced = ReferenceDocument.replacingStyle(
      "Heading1", in: xml, with: "<w:style w:styleId=\"Heading1\">new</w:style>")
    #expect(replaced.contains("<w:style w:styleId=\"Heading1\">new</w:style>"))
    #expect(!replaced.contains("old"))
    #expect(replaced.contains("keep"))
    let added = ReferenceDocument.replacingStyle(
      "Missing", in: xml, with: "<w:style w:styleId=\"Missing\" />")
    #expect(added.hasSuffix("<w:style w:styleId=\"Missing\" /></w:styles>"))
  }

  @Test func anOpenDocumentStyleIsReplacedWhetherItClosesItselfOrNot() {
    let xml = """
      <office:styles><style:style style:name="Standard" style:family="paragraph" />\
      <style:style style:name="Heading_20_1" style:family="paragraph"><old /></style:style>\
      <style:style style:name="Heading_20_10" style:family="paragraph"><keep /></style:style></office:styles>
      """
    var result = ReferenceDocument.replacingODFStyle("Standard", in: xml, with: "<S />")
    result = ReferenceDocument.replacingODFStyle("Heading_20_1", in: result, with: "<H1 />")
    #expect(result.hasPrefix("<office:styles><S /><H1 /><style:style style:name=\"Heading_20_10\""))
    #expect(result.contains("<keep />"))
  }

  @Test(arguments: [ExportFormat.docx, .odt])
  func pandocsDefaultIsRestyledAndStaysAValidArchive(_ format: ExportFormat) throws {
    let data = try ReferenceDocument.make(for: format, pandoc: PandocBook.program)
    let archive = try Archive(data: data, accessMode: .read)
    let paths = archive.map(\.path)
    let styles = format == .docx ? "word/styles.xml" : "styles.xml"
    let entry = try #require(archive[styles])
    var bytes = Data()
    _ = try archive.extract(entry) { bytes.append($0) }
    let xml = String(decoding: bytes, as: UTF8.self)
    #expect(xml.contains(ReferenceDocument.blue))
    #expect(xml.contains(ReferenceDocument.rule))
    let collector = XMLErrorCollector()
    #expect(SafeXMLParser.parse(xml, collector: collector) != nil, "\(collector.problems)")
    if format == .odt {
      // An OpenDocument package starts with its media type, stored.
      #expect(paths.first == "mimetype")
      #expect(archive["mimetype"]?.isCompressed == false)
    }
    #expect(try ReferenceDocument.make(for: format, pandoc: PandocBook.program) == data)
  }
}
