import Foundation
import Testing

@testable import RecitKit

extension RenderTests {
  @Suite struct XMLReformatterTests {
    @Test func indentsStructureAndLeavesMixedContentAlone() throws {
      let input = """
        <article xmlns="http://docbook.org/ns/docbook" version="5.0">   <info><title>Un  <emphasis>titre</emphasis></title>
                </info><section><title>S</title>
          <para><emphasis>a</emphasis><code>b</code></para><itemizedlist><listitem><para> x </para></listitem></itemizedlist></section></article>
        """
      #expect(
        try XMLReformatter.reformat(input) == """
          <?xml version="1.0" encoding="UTF-8"?>
          <article xmlns="http://docbook.org/ns/docbook" version="5.0">
            <info>
              <title>Un  <emphasis>titre</emphasis></title>
            </info>
            <section>
              <title>S</title>
              <para><emphasis>a</emphasis><code>b</code></para>
              <itemizedlist>
                <listitem>
                  <para> x </para>
                </listitem>
              </itemizedlist>
            </section>
          </article>

          """)
    }

    @Test func anElementOnlyElementWithStrayTextIsLeftAsWritten() throws {
      let output = try XMLReformatter.reformat("<section><title>T</title> texte <para/></section>")
      #expect(output.hasSuffix("<section><title>T</title> texte <para/></section>\n"))
    }

    /// Documents that exercise every kind of node the streamed path writes itself or hands to
    /// libxml2, each of which must come out as the whole-tree path writes it.
    static let edgeCases = [
      "<article><para>é</para></article>",
      "<?xml version=\"1.0\" standalone=\"yes\"?><book><chapter/></book>",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><book></book>",
      "<book>  \n </book>",
      "<book><!-- avant --><?pi données?><chapter><![CDATA[<x>]]></chapter>\r\n</book>",
      "<!-- en tête --><?xml-model href=\"x.rng\"?><book><info/></book><!-- fin -->",
      "<!DOCTYPE book [<!ENTITY ville \"Malaunay\">]><book><info><title>&ville;</title></info>"
        + "<chapter>&ville;<para/></chapter><section>&#13;<para/></section></book>",
      "<section xml:id=\"é-1\" role='a\"b' label=\"x&#10;y&#9;z&lt;&amp;&gt;\"><para/></section>",
      "<db:book xmlns:db=\"http://docbook.org/ns/docbook\" xmlns:x='u\"v'><db:chapter "
        + "xmlns=\"urn:x\"><db:para>a <b>b</b></db:para></db:chapter></db:book>",
      "<para>La racine <emphasis>mixte</emphasis><section><para/></section></para>",
      "<book><chapter><title>T</title> texte <para/></chapter><chapter><para/></chapter></book>",
      "<book><chapter>\t<para>x</para>\n\n<para>  y  </para>  </chapter><chapter>\n</chapter></book>",
    ]

    @Test(arguments: edgeCases)
    func streamingWritesWhatTheWholeTreeWrites(_ input: String) throws {
      // Only text in an element-only element sends a document down the whole-tree path.
      let streamed = StreamingReformatter.reformat(
        input, elementOnly: DocBookStructure.elementOnly)
      #expect((streamed == nil) == input.contains(" texte "))
      #expect(
        try XMLReformatter.reformat(input) == XMLReformatter.reformatThroughTree(input))
    }

    /// The samples' DocBook, re-indented from its committed form and from the same text with
    /// every line break between tags removed: streamed (never the fallback), as the tree does.
    @Test func theSamplesDocBookIsStreamedAsTheTreeWritesIt() throws {
      let folder = Fixtures.path("samples.golden")
      let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".xml") }
      #expect(files.count >= 15)
      for file in files {
        let golden = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        let flat = golden.replacing(#/>\n\s*</#, with: "><")
        for input in [golden, flat] {
          let streamed = StreamingReformatter.reformat(
            input, elementOnly: DocBookStructure.elementOnly)
          #expect(streamed != nil, "\(file) was not streamed")
          #expect(streamed == (try XMLReformatter.reformatThroughTree(input)), "\(file)")
        }
        #expect(try XMLReformatter.reformat(flat) == golden, "\(file)")
      }
    }

    @Test func malformedInputThrowsItsProblems() {
      #expect(throws: XMLReformatter.ParseFailure.self) {
        try XMLReformatter.reformat("<article><para></article>")
      }
    }
  }
}
