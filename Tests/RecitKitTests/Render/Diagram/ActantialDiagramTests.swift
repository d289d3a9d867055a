import CLibXML2
import Foundation
import Testing

@testable import RecitKit

extension RenderTests {
  @Suite struct ActantialDiagramTests {
    let diagram = DiagramSamples.diagram

    @Test func theSVGIsWellFormedAndAccessible() throws {
      let svg = try ParsedSVG(diagram.svgDocument())
      #expect(svg.root.attributes["role"] == "img")
      #expect(svg.root.attributes["aria-labelledby"] == "creation-amap-titre creation-amap-desc")
      #expect(
        svg.texts(of: "title") == [
          "Schéma actantiel\u{00A0}: Des habitants fondent une AMAP à la suggestion du maire"
        ])
      #expect(svg.elements(named: "title").first?.attributes["id"] == "creation-amap-titre")
      #expect(svg.elements(named: "desc").first?.attributes["id"] == "creation-amap-desc")
      let description = try #require(svg.texts(of: "desc").first)
      #expect(
        description.hasPrefix("Destinateur\u{00A0}: Maire de Malaunay. Objet\u{00A0}: Manger local")
      )
      #expect(description.contains("Quête\u{00A0}: étape 0, Suggère en réunion publique"))
      #expect(description.contains("étape 3 bis, Organisent des ateliers de cuisine"))
    }

    @Test func everyActorNameAndStepLabelIsDrawn() throws {
      let svg = try ParsedSVG(diagram.svgDocument())
      // Wrapped lines break at spaces: joined back, they hold every name whole.
      let drawn = svg.texts(of: "text").joined(separator: " ")
      for name in DiagramSamples.names.values {
        #expect(drawn.contains(name), "«\(name)» is not drawn")
        #expect(svg.texts(of: "desc")[0].contains(name))
      }
      for label in ["0", "1", "2", "3", "3 bis", "4", "quête", "Destinateur", "Opposants"] {
        #expect(svg.texts(of: "text").contains(label))
      }
    }

    @Test func noScriptNoExternalResourceAndAccentsAsCharacters() throws {
      let text = diagram.svgDocument()
      #expect(text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
      for forbidden in [
        "<script", "href", "http://www.w3.org/1999/xlink", "&#", "<style", "<image",
      ] {
        #expect(!text.contains(forbidden), "found \(forbidden)")
      }
      #expect(text.contains("Maraîcher") && text.contains("Bibliothèque"))
      #expect(svgNamespaceOnly(text))
    }

    @Test func theInlineSVGHasNoDeclaration() throws {
      let inline = diagram.inlineSVG()
      #expect(inline.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg""#))
      #expect(!inline.contains("<?xml"))
      _ = try ParsedSVG(inline)
    }

    @Test(arguments: [
      DiagramSamples.diagram,
      ActantialDiagram(schema: ActantialSchema(), language: .en),
      DiagramSamples.crowded,
    ])
    func textStaysInsideItsBoxAndNothingOverlaps(_ diagram: ActantialDiagram) {
      let layout = DiagramLayout(diagram)
      let canvas = DiagramRect(x: 0, y: 0, width: layout.width, height: layout.height)
      var regions: [(String, DiagramRect)] = []
      for box in layout.boxes {
        regions.append(("box \(box.role)", box.frame))
        for text in box.texts {
          #expect(box.frame.contains(text.bounds), "«\(text.text)» leaves its box")
        }
      }
      for badge in layout.badges { regions.append(("badge \(badge.label.text)", badge.frame)) }
      for text in layout.texts { regions.append(("text \(text.text)", text.bounds)) }
      for (index, (name, rect)) in regions.enumerated() {
        #expect(canvas.contains(rect), "\(name) leaves the canvas")
        for (other, otherRect) in regions[(index + 1)...] {
          #expect(!rect.intersects(otherRect), "\(name) overlaps \(other)")
        }
      }
      for arrow in layout.arrows where !arrow.isQuest {
        #expect(arrow.fromY == arrow.toY, "row arrows are horizontal")
      }
    }

    @Test func textColoursReachAContrastOfFourAndAHalf() {
      var pairs = [
        (DiagramPalette.text, DiagramPalette.background),
        (DiagramPalette.placeholder, DiagramPalette.background),
      ]
      for role in Role.allCases {
        let axis = DiagramPalette.axis(of: role)
        pairs += [
          (axis.ink, axis.fill), (DiagramPalette.text, axis.fill),
          (DiagramPalette.placeholder, axis.fill),
        ]
      }
      for (ink, fill) in pairs {
        #expect(Contrast.ratio(ink, fill) >= 4.5, "\(ink) on \(fill)")
      }
    }

    @Test func englishDiagramUsesEnglishWords() {
      let english = ActantialDiagram(
        schema: DiagramSamples.schema, names: DiagramSamples.names, quest: DiagramSamples.quest,
        language: .en, subject: "AMAP")
      #expect(english.accessibleTitle == "Actantial diagram: AMAP")
      #expect(english.accessibleDescription.hasPrefix("Sender: Maire de Malaunay. Object: "))
      #expect(english.accessibleDescription.contains("Quest: step 0, Suggère"))
      #expect(english.svgDocument().contains(">Receivers</text>"))
    }

    @Test func sampleDiagramMatchesGoldenFile() throws {
      try Fixtures.expectGolden(
        diagram.svgDocument(), at: Fixtures.path("render.golden/creation-amap.svg"))
    }

    private func svgNamespaceOnly(_ text: String) -> Bool {
      text.components(separatedBy: "xmlns").count == 2
    }
  }
}
