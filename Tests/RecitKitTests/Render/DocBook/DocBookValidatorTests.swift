import CLibXML2
import Foundation
import Testing

@testable import RecitKit

extension RenderTests {
  @Suite struct DocBookValidatorTests {
    let validator = DocBookValidator()

    @Test func aMinimalArticleIsValid() throws {
      #expect(try validator.validate(RenderSamples.article("<para>Bonjour</para>")) == [])
    }

    @Test func aSectionInsideAParagraphIsReportedWithItsPath() throws {
      let article = RenderSamples.article(
        "<para>Texte <section><title>Non</title><para/></section></para>")
      let problems = try validator.validate(article)
      #expect(!problems.isEmpty)
      #expect(problems.contains { $0.path == "/article/para" && $0.line == 3 })
      #expect(problems.allSatisfy { $0.severity == .error })
    }

    @Test func aDanglingLinkendIsReported() throws {
      let problems = try validator.validate(
        RenderSamples.article(#"<para><footnoteref linkend="absent"/></para>"#))
      #expect(
        problems.contains {
          $0.message.contains("absent") && $0.path == "/article/para/footnoteref"
        })
    }

    @Test func malformedXMLIsReportedWithLineAndColumn() throws {
      let problems = try validator.validate("<article>\n  <para>ouvert\n</article>")
      let first = try #require(problems.first)
      #expect(first.line == 3)
      #expect(first.column != nil)
      #expect(first.severity == .fatal)
    }

    @Test func anUndeclaredXLinkPrefixIsReported() throws {
      let article = """
        <article xmlns="http://docbook.org/ns/docbook" version="5.0"><info><title>T</title>\
        </info><para><link xlink:href="https://example.org">x</link></para></article>
        """
      #expect(try validator.validate(article).contains { $0.message.contains("xlink") })
    }

    @Test func aDoctypeIsReportedAndItsExternalEntitiesAreNeverRead() throws {
      let article = """
        <?xml version="1.0"?>
        <!DOCTYPE article [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <article xmlns="http://docbook.org/ns/docbook" version="5.0"><info><title>T</title></info>
        <para>&secret;</para></article>
        """
      #expect(try validator.validate(article).contains { $0.message.contains("DOCTYPE") })
      let reformatted = try XMLReformatter.reformat(article)
      #expect(!reformatted.contains("root:"))
    }

    @Test func validationLeavesTheThreadsErrorHandlerAsItWas() throws {
      let before = recit_xml_structured_error()
      _ = try validator.validate("<not-closed>")
      #expect(recit_xml_structured_error() == nil && before == nil)
    }

    @Test func validatesFromManyTasksAtOnce() async throws {
      let valid = RenderSamples.article(DocBookBody().fragment(RenderSamples.richBody))
      let invalid = RenderSamples.article("<para><para/></para>")
      let counts = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
        for _ in 0..<16 {
          group.addTask {
            (try validator.validate(valid).count, try validator.validate(invalid).count)
          }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      #expect(counts.allSatisfy { $0.0 == 0 && $0.1 > 0 })
    }
  }
}
