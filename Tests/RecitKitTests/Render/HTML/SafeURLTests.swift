import Testing

@testable import RecitKit

extension RenderTests {
  @Suite struct SafeURLTests {
    @Test(arguments: [
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:x", " javascript:x",
      "vbscript:msgbox", "file:///etc/passwd", "data:text/html;base64,AA",
      "data:image/svg+xml,<svg/>",
    ])
    func dangerousURLsAreBlanked(_ url: String) {
      #expect(SafeURL.isDangerous(url))
      #expect(SafeURL.sanitized(url) == "")
    }

    @Test(arguments: [
      "https://www.malaunay.fr", "mailto:contact@amap.fr", "#acteur-mairie", "images/marche.png",
      "data:image/png;base64,AA", "DATA:IMAGE/WEBP;base64,AA", "javascript-guide.html",
    ])
    func otherURLsAreKept(_ url: String) {
      #expect(!SafeURL.isDangerous(url))
      #expect(SafeURL.sanitized(url) == url)
    }
  }
}
