import RecitModel
import Testing

/// One mechanism for every user-facing text: French and English beside the code, and any
/// other language as one catalog that translates the French templates.
@Suite struct LocalizedTextTests {
  private let id = "parents"
  private let count = 3

  @Test func interpolatedValuesAreKeptApartFromTheTemplate() {
    let text = LocalizedText(
      fr: "l'acteur « \(id) » joue \(count) rôles", en: "the actor “\(id)” plays \(count) roles")
    #expect(text.fr == "l'acteur « parents » joue 3 rôles")
    #expect(text.en == "the actor “parents” plays 3 roles")
    #expect(text.french.template == "l'acteur « {1} » joue {2} rôles")
    #expect(text.french.arguments == ["parents", "3"])
  }

  @Test func aCatalogTranslatesTheTemplateWhateverTheValues() {
    let german = ["l'acteur « {1} » joue {2} rôles": "der Akteur „{1}“ spielt {2} Rollen"]
    let text = LocalizedText(
      fr: "l'acteur « \(id) » joue \(count) rôles", en: "the actor “\(id)” plays \(count) roles")
    #expect(text.text(translatedBy: german) == "der Akteur „parents“ spielt 3 Rollen")
    let other = LocalizedText(fr: "texte inconnu du catalogue", en: "text unknown to the catalog")
    #expect(other.text(translatedBy: german) == "text unknown to the catalog")
  }

  @Test func bracesInTheWordsStayWords() {
    let text = LocalizedText(fr: "{1} reste {écrit} \("ainsi")", en: "{1} stays")
    #expect(text.fr == "{1} reste {écrit} ainsi")
    #expect(text.french.template == "{{1} reste {{écrit} {1}")
    #expect(LocalizedText.verbatim(fr: "{2}", en: "{2}").fr == "{2}")
  }
}
