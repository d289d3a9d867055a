import Foundation
import RecitTestSupport
import Testing

@testable import RecitKit

extension RenderTests {
  /// Renders diagrams with a real SVG renderer (librsvg's `rsvg-convert`).
  @Suite struct DiagramRenderingTests {
    @Test func rsvgRendersTheDiagramAtItsSize() throws {
      let folder = try RenderSamples.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      for (name, diagram) in [
        ("creation-amap", DiagramSamples.diagram), ("crowded", DiagramSamples.crowded),
      ] {
        let svg = folder.appendingPathComponent("\(name).svg")
        let png = folder.appendingPathComponent("\(name).png")
        try diagram.svgDocument().write(to: svg, atomically: true, encoding: .utf8)
        let (status, _) = try ExternalTool.run("rsvg-convert", [svg.path, "-o", png.path])
        #expect(status == 0)
        let size = try #require(PNGSize(data: try Data(contentsOf: png)))
        let layout = DiagramLayout(diagram)
        #expect(size.width == layout.width && size.height == layout.height)
        #expect(size.width > 800 && size.height > 300)
      }
    }
  }
}

/// The pixel size in a PNG's header (the IHDR chunk).
struct PNGSize {
  var width: Int
  var height: Int

  init?(data: Data) {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
      String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
    else { return nil }
    func integer(_ start: Int) -> Int {
      bytes[start..<(start + 4)].reduce(0) { $0 << 8 | Int($1) }
    }
    width = integer(16)
    height = integer(20)
  }
}
