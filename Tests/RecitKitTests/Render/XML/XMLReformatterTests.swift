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

    @Test func malformedInputThrowsItsProblems() {
      #expect(throws: XMLReformatter.ParseFailure.self) {
        try XMLReformatter.reformat("<article><para></article>")
      }
    }
  }
}
