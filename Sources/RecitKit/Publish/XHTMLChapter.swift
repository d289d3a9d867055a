import CLibXML2
import Foundation

/// One content document of the EPUB: a chapter rendered by a layout, parsed by libxml2 (so a
/// layout that writes malformed XHTML fails the build instead of the reading system), then made
/// self-contained: every link and image points inside the book or leaves it for the web.
///
/// - a link to a page the book does not hold becomes the in-chapter anchor of the same name when
///   there is one (`territoire/acteur-mairie.html` → `#acteur-mairie`, the actors' list), else
///   its words only; a link to another action's page (`ID.html#…`) goes to its chapter;
/// - a link to an anchor that no chapter defines becomes its words;
/// - an image (the book packages none of the project's files) becomes its alternative text.
///
/// `http:`, `https:` and `mailto:` links are kept as they are.
struct XHTMLChapter {
  static let namespace = "http://www.w3.org/1999/xhtml"

  /// The chapter's file inside the book's content folder (`actions/ID.xhtml`).
  var file: String
  /// The page the HTML export gives the same action (`ID.html`), so that links to it land here.
  var htmlPage: String
  var title: String
  /// The parsed document, fixed in ``resolveLinks(in:)``.
  let tree: XMLTree
  /// Every `id` of the chapter.
  let ids: Set<String>

  /// Parses `text`; throws the parser's problems when it is not well-formed.
  init(file: String, htmlPage: String, title: String, text: String) throws(XMLReformatter
    .ParseFailure)
  {
    let collector = XMLErrorCollector()
    guard let tree = SafeXMLParser.parse(text, collector: collector),
      let root = xmlDocGetRootElement(tree.document)
    else { throw XMLReformatter.ParseFailure(problems: collector.problems) }
    self.file = file
    self.htmlPage = htmlPage
    self.title = title
    self.tree = tree
    var ids = Set<String>()
    Self.walk(root) { node in
      if let id = Self.attribute(node, "id") { ids.insert(id) }
    }
    self.ids = ids
  }

  /// The narratives' sections (`<section class="recit …" id>`) and their headings, for the
  /// navigation document.
  var sections: [(id: String, title: String)] {
    guard let root = xmlDocGetRootElement(tree.document) else { return [] }
    var found: [(String, String)] = []
    Self.walk(root) { node in
      guard node.localName == "section", let id = Self.attribute(node, "id"),
        let classes = Self.attribute(node, "class"),
        classes.split(separator: " ").contains("recit"),
        let heading = Self.firstElement(in: node, named: ["h2", "h3", "h4"])
      else { return }
      let words = Self.text(of: heading).split(whereSeparator: \.isWhitespace).joined(
        separator: " ")
      found.append((id, words))
    }
    return found
  }

  /// Rewrites links and images as the type's documentation says; `chapters` are the book's.
  func resolveLinks(in chapters: [String: XHTMLChapter]) {
    guard let root = xmlDocGetRootElement(tree.document) else { return }
    var links: [xmlNodePtr] = []
    var images: [xmlNodePtr] = []
    Self.walk(root) { node in
      if node.localName == "a" { links.append(node) }
      if node.localName == "img" { images.append(node) }
    }
    for link in links {
      guard let href = Self.attribute(link, "href") else { continue }
      if let target = target(of: href, chapters: chapters) {
        if target != href { link.setAttribute("href", target) }
      } else {
        Self.unwrap(link)
      }
    }
    for image in images {
      let words = Self.attribute(image, "alt") ?? ""
      let span = tree.element("span", namespace: image.pointee.ns)
      span.setAttribute("class", "image-absente")
      span.appendText(words)
      xmlReplaceNode(image, span)
      xmlFreeNode(image)
    }
  }

  /// The document as written into the book: XML declaration, UTF-8.
  var serialized: String { LibXML.serialize(document: tree.document, indent: false) }

  /// Where `href` should point in the book, or nil when it has nowhere to go.
  private func target(of href: String, chapters: [String: XHTMLChapter]) -> String? {
    let lowered = href.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
      || lowered.hasPrefix("mailto:")
    {
      return href
    }
    if lowered.contains(":") { return nil }
    let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let path = String(parts[0])
    let fragment = parts.count > 1 ? String(parts[1]).removingPercentEncoding ?? "" : ""
    if path.isEmpty || path == htmlPage {
      return fragment.isEmpty || ids.contains(fragment) ? "#" + fragment : nil
    }
    let page = path.removingPercentEncoding ?? path
    if let chapter = chapters[page] {
      let relative = EPUBBook.href(relativePath(to: chapter.file))
      return fragment.isEmpty || chapter.ids.contains(fragment)
        ? relative + (fragment.isEmpty ? "" : "#" + fragment) : relative
    }
    // A page the book does not hold: its anchor of the same name here, when there is one.
    let name = (page as NSString).lastPathComponent
    let anchor = (name as NSString).deletingPathExtension
    return ids.contains(anchor) ? "#" + anchor : nil
  }

  /// `other` seen from this chapter's folder (both are in the same one today).
  private func relativePath(to other: String) -> String {
    let here = (file as NSString).deletingLastPathComponent
    let there = (other as NSString).deletingLastPathComponent
    let name = (other as NSString).lastPathComponent
    return here == there ? name : "../" + other
  }
}

extension XHTMLChapter {
  /// Calls `body` on `node` and every element below it, in document order.
  static func walk(_ node: xmlNodePtr, _ body: (xmlNodePtr) -> Void) {
    if node.pointee.type == XML_ELEMENT_NODE { body(node) }
    var child = node.pointee.children
    while let current = child {
      child = current.pointee.next
      walk(current, body)
    }
  }

  static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    LibXML.takeString(xmlGetProp(node, name))
  }

  static func firstElement(in node: xmlNodePtr, named names: Set<String>) -> xmlNodePtr? {
    var found: xmlNodePtr?
    walk(node) { element in
      if found == nil, element != node, names.contains(element.localName) { found = element }
    }
    return found
  }

  static func text(of node: xmlNodePtr) -> String {
    LibXML.takeString(xmlNodeGetContent(node)) ?? ""
  }

  /// Replaces an element by its children.
  static func unwrap(_ node: xmlNodePtr) {
    while let child = node.pointee.children {
      xmlUnlinkNode(child)
      xmlAddPrevSibling(node, child)
    }
    xmlUnlinkNode(node)
    xmlFreeNode(node)
  }
}
