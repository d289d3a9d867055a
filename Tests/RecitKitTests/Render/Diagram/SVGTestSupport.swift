import CLibXML2
import Foundation

@testable import RecitKit

/// An SVG parsed back with libxml2, to inspect what a writer produced.
struct ParsedSVG {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text: String
  }

  struct NotWellFormed: Error {
    var problems: [XMLProblem]
  }

  let root: Element
  let all: [Element]

  init(_ text: String) throws {
    let collector = XMLErrorCollector()
    guard let tree = SafeXMLParser.parse(text, collector: collector),
      collector.problems.isEmpty, let rootNode = xmlDocGetRootElement(tree.document)
    else { throw NotWellFormed(problems: collector.problems) }
    var elements: [Element] = []
    func visit(_ node: xmlNodePtr) {
      var attributes: [String: String] = [:]
      var attribute = node.pointee.properties
      while let current = attribute {
        let name = String(cString: current.pointee.name)
        attributes[name] = LibXML.takeString(xmlGetProp(node, current.pointee.name)) ?? ""
        attribute = current.pointee.next
      }
      let text = LibXML.takeString(xmlNodeGetContent(node)) ?? ""
      elements.append(Element(name: node.localName, attributes: attributes, text: text))
      var child = node.pointee.children
      while let current = child {
        if current.pointee.type == XML_ELEMENT_NODE { visit(current) }
        child = current.pointee.next
      }
    }
    visit(rootNode)
    root = elements[0]
    all = elements
    precondition(root.name == "svg")
  }

  func elements(named name: String) -> [Element] { all.filter { $0.name == name } }
  func texts(of name: String) -> [String] { elements(named: name).map(\.text) }
}

/// WCAG 2 contrast between two `#rrggbb` colours.
enum Contrast {
  static func ratio(_ first: String, _ second: String) -> Double {
    let (a, b) = (luminance(first), luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  static func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16) ?? 0
    let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel in
      let c = Double(channel) / 255
      return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }
}
