import CLibXML2
import RecitModel

/// Renders a document tree (a narrative body, the comparison) to DocBook 5.0 elements, built
/// with libxml2's tree API (`XMLTree`, which replaces the characters XML forbids).
///
/// Headings open nested `<section>`s (a heading of level n closes the open sections of level n
/// and deeper); inside list items, quotes and footnotes they become `<bridgehead>`. The result
/// is therefore zero or more blocks followed by zero or more sections: put it last in its parent
/// (a `<section>`, `<chapter>` or `<article>`). A section left with only its title gets an empty
/// `<para/>`, which the schema requires.
///
/// Mentions of known actors become `<personname>` (a person), `<orgname>` (a collective or an
/// institution) or `<phrase>` (a thing, an idea, or a nature not given), each with
/// `role="acteur"`, around the actor's short form (else its name) or, for `[words](@id)`, the
/// link's words (in a `<phrase>` when they carry formatting, which the others refuse). Links follow cmark-gfm's safe-mode URL rule (`SafeURL`: a dangerous URL is
/// blanked); an image whose URL is empty or dangerous becomes its alternative text; raw HTML
/// and thematic breaks are dropped; a hard line break is `<?asciidoc-br?>` then a line feed
/// (pandoc reads it as a line break, other tools see a space). Task items are `listitem`s with
/// `role="tache-faite"` or `role="tache-a-faire"` whose first paragraph starts with "☑ " or
/// "☐ ". Footnotes are written where they are called; a note called twice gets
/// `xml:id="<idPrefix>fn-N"` and later calls a `<footnoteref>`. A table with a caption is a
/// `<table>` with that `<title>`; divisions add nothing (their headings open the sections).
public struct DocBookBody: Sendable {
  /// Actor id → words a bare mention shows (`Actor.mentionName`).
  public var names: [String: String]
  /// Actor id → nature, to choose `personname`, `orgname` or `phrase`.
  public var natures: [String: ActorNature]
  /// Prepended to every `xml:id` this body defines; make it unique in the book.
  public var idPrefix: String

  public init(
    names: [String: String] = [:], natures: [String: ActorNature] = [:], idPrefix: String = ""
  ) {
    self.names = names
    self.natures = natures
    self.idPrefix = idPrefix
  }

  /// A renderer for the actors an action can name (`Project.actors(of:)`).
  public init(actors: [String: Actor], idPrefix: String = "") {
    self.init(
      names: actors.mapValues(\.mentionName), natures: actors.mapValues(\.nature),
      idPrefix: idPrefix)
  }

  /// The elements for `markdown`, parsed here (a build renders `Body.blocks` instead).
  public func fragment(_ markdown: String) -> String {
    fragment(MarkupParser.parse(markdown))
  }

  /// The elements for a tree, serialized by libxml2 (UTF-8, no XML declaration), one
  /// top-level element per line.
  ///
  /// The elements are in the DocBook namespace without declaring it, and links use the `xlink`
  /// prefix without declaring it: insert the text into a DocBook document whose root declares
  /// `xmlns="http://docbook.org/ns/docbook"` and `xmlns:xlink="http://www.w3.org/1999/xlink"`.
  public func fragment(_ blocks: [Block]) -> String {
    guard let buffer = xmlBufferCreate() else { return "" }
    defer { xmlBufferFree(buffer) }
    // The tree is gone before the text is copied out: a long body's tree is many times its
    // text, and the two need not be alive at once.
    do {
      let tree = XMLTree()
      let wrapper = tree.element("section", namespace: nil)
      xmlDocSetRootElement(tree.document, wrapper)
      xmlSetNs(wrapper, xmlNewNs(wrapper, DocBookStructure.namespace, nil))
      xmlNewNs(wrapper, DocBookStructure.xlinkNamespace, "xlink")
      append(blocks, to: wrapper)
      var child = wrapper.pointee.children
      while let node = child {
        if node != wrapper.pointee.children { xmlBufferCCat(buffer, "\n") }
        xmlNodeDump(buffer, tree.document, node, 0, 0)
        child = node.pointee.next
      }
      withExtendedLifetime(tree) {}
    }
    return String(cString: xmlBufferContent(buffer))
  }

  /// Appends the elements for `markdown`, parsed here, to `parent` (see `append(_:to:)`).
  public func append(_ markdown: String, to parent: xmlNodePtr) {
    append(MarkupParser.parse(markdown), to: parent)
  }

  /// Appends the elements for a tree to `parent`, a DocBook element of a libxml2 tree.
  ///
  /// New elements take `parent`'s namespace. When no `xlink` namespace is in scope at `parent`,
  /// it is declared on `parent`.
  public func append(_ blocks: [Block], to parent: xmlNodePtr) {
    _ = LibXML.initialized
    let xlink =
      xmlSearchNsByHref(parent.pointee.doc, parent, DocBookStructure.xlinkNamespace)
      ?? xmlNewNs(parent, DocBookStructure.xlinkNamespace, "xlink")
    var writer = DocBookWriter(body: self, blocks: blocks, parent: parent, xlink: xlink)
    writer.writeDocument(blocks)
  }
}
