import Foundation
import RecitTestSupport
import Testing

@testable import RecitKit

extension RenderTests {
  @Suite struct PandocReadBackTests {
    @Test func pandocReadsTheValidatedArticleBack() throws {
      let body = DocBookBody(names: RenderSamples.names).fragment(RenderSamples.richBody)
      let article = try XMLReformatter.reformat(
        RenderSamples.article(body, title: "Vingt familles, un maraîcher"))
      #expect(try DocBookValidator().validate(article) == [])
      let (status, text) = try ExternalTool.run(
        "pandoc", ["-f", "docbook", "-t", "plain", "--wrap=none"], input: Data(article.utf8))
      #expect(status == 0)
      for words in [
        "Mairie de Malaunay", "Maraîcher partenaire de l’AMAP", "Le marché du mardi",
        "Bibliothèque", "trouver un maraîcher", "Les paniers revenaient", "compte rendu du conseil",
        "let paniers = 80",
      ] {
        #expect(text.contains(words), "pandoc lost «\(words)»")
      }
      #expect(!text.contains("alert"))
    }
  }
}
