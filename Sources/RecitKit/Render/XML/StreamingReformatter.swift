import CLibXML2

/// ``XMLReformatter``'s indentation done while libxml2's reader streams the document.
///
/// The reader builds the tree as it goes and frees every node it has moved past, so memory
/// follows the largest mixed-content element (a paragraph, a table cell) instead of the whole
/// document. Element-only elements get their start and end tags written here, byte for byte as
/// libxml2's serializer writes them, with their children on lines of their own; every other
/// node (mixed-content elements, comments, processing instructions, CDATA, entity references,
/// the document type) is expanded and written by libxml2 itself. The result is the one the
/// whole-tree path gives; `reformat` returns nil, and the caller takes that path, when the
/// document is not well-formed (so that its problems are worded the usual way) or when an
/// element-only element holds text (which that path keeps as written).
enum StreamingReformatter {
  static func reformat(_ document: String, elementOnly: Set<String>) -> String? {
    _ = LibXML.initialized
    var document = document
    return document.withUTF8 { bytes -> String? in
      guard bytes.count < Int(Int32.max), let base = bytes.baseAddress else { return nil }
      let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      guard
        let reader = xmlReaderForMemory(
          chars, Int32(bytes.count), nil, "UTF-8", SafeXMLParser.options)
      else { return nil }
      let writer = Writer(reader: reader, elementOnly: elementOnly)
      defer {
        xmlFreeTextReader(reader)
        // Once asked for, the document is the caller's to free, after the reader.
        if let document = writer.document { xmlFreeDoc(document) }
      }
      // Problems are worded by the whole-tree path, which runs again when this one gives up.
      let collector = XMLErrorCollector()
      return collector.collecting { writer.run() }
    }
  }

  /// What the output buffer hands over, kept in one growing array.
  private final class Sink {
    var bytes: [UInt8] = []

    static let write: xmlOutputWriteCallback = { context, buffer, length in
      guard let context, let buffer, length > 0 else { return length }
      let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
      buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(length)))
      }
      return length
    }
  }

  /// An element-only element whose start tag is written and whose end is still to come.
  private struct Open {
    let name: String
    /// `>` is written: a child that is not text has come (until then, `/>` may still end it).
    var hasChild = false
    /// Blank text read before any other child, kept only if no other child comes.
    var blank: [UInt8] = []
  }

  private final class Writer {
    let reader: xmlTextReaderPtr
    let elementOnly: Set<String>
    let sink = Sink()
    let output: xmlOutputBufferPtr?
    let attributeBuffer = xmlBufferCreate()
    var open: [Open] = []
    /// The reader's document, once asked for (the reader no longer frees it then).
    private(set) var document: xmlDocPtr?

    init(reader: xmlTextReaderPtr, elementOnly: Set<String>) {
      self.reader = reader
      self.elementOnly = elementOnly
      output = xmlOutputBufferCreateIO(
        Sink.write, nil, Unmanaged.passUnretained(sink).toOpaque(), nil)
    }

    deinit {
      if let output { xmlOutputBufferClose(output) }
      xmlBufferFree(attributeBuffer)
    }

    /// The reformatted document, or nil when the whole-tree path must decide.
    func run() -> String? {
      guard let output, attributeBuffer != nil else { return nil }
      var status = xmlTextReaderRead(reader)
      guard status == 1, let document = xmlTextReaderCurrentDoc(reader) else { return nil }
      self.document = document
      // The whole-tree path writes with the document's encoding set to UTF-8, so that
      // attributes keep their non-ASCII characters as they are: do the same.
      if document.pointee.encoding == nil {
        document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
      }
      declaration()
      while status == 1 {
        guard let next = step(document) else { return nil }
        status = next
      }
      guard status == 0, open.isEmpty, xmlOutputBufferFlush(output) >= 0 else { return nil }
      return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`, with the version and standalone status read.
    private func declaration() {
      write("<?xml version=")
      if let version = xmlTextReaderConstXmlVersion(reader) {
        quoted(String(cString: version))
      } else {
        write("\"1.0\"")
      }
      write(" encoding=\"UTF-8\"")
      switch xmlTextReaderStandalone(reader) {
      case 0: write(" standalone=\"no\"")
      case 1: write(" standalone=\"yes\"")
      default: break
      }
      write("?>\n")
    }

    /// Handles the reader's current node; the reader's next status, or nil to give up.
    private func step(_ document: xmlDocPtr) -> Int32? {
      switch xmlReaderTypes(rawValue: UInt32(xmlTextReaderNodeType(reader))) {
      case XML_READER_TYPE_ELEMENT:
        guard let node = xmlTextReaderCurrentNode(reader) else { return nil }
        guard elementOnly.contains(String(cString: node.pointee.name)) else {
          return whole(document)
        }
        startChild()
        let name = qualifiedName(node.pointee.ns?.pointee.prefix, node.pointee.name)
        startTag(node, name: name)
        if xmlTextReaderIsEmptyElement(reader) == 1 {
          write("/>")
          endChild()
        } else {
          open.append(Open(name: name))
        }
        return xmlTextReaderRead(reader)
      case XML_READER_TYPE_END_ELEMENT:
        guard let element = open.popLast() else { return nil }
        if element.hasChild {
          write(indentation(open.count))
          write("</\(element.name)>")
        } else if !element.blank.isEmpty {
          write(">")
          write(bytes: element.blank)
          write("</\(element.name)>")
        } else {
          write("/>")
        }
        endChild()
        return xmlTextReaderRead(reader)
      case XML_READER_TYPE_TEXT, XML_READER_TYPE_WHITESPACE,
        XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        guard !open.isEmpty, let value = xmlTextReaderConstValue(reader) else { return nil }
        var blank: [UInt8] = []
        var byte = value
        while byte.pointee != 0 {
          switch byte.pointee {
          case 0x20, 0x09, 0x0A: blank.append(byte.pointee)
          case 0x0D: blank.append(contentsOf: Array("&#13;".utf8))
          // Text in an element-only element: the whole-tree path keeps that element as written.
          default: return nil
          }
          byte += 1
        }
        if !open[open.count - 1].hasChild { open[open.count - 1].blank += blank }
        return xmlTextReaderRead(reader)
      case XML_READER_TYPE_COMMENT, XML_READER_TYPE_PROCESSING_INSTRUCTION,
        XML_READER_TYPE_CDATA, XML_READER_TYPE_ENTITY_REFERENCE, XML_READER_TYPE_DOCUMENT_TYPE:
        return whole(document)
      default:
        return nil
      }
    }

    /// The current node and everything in it, written by libxml2; the reader then skips it.
    private func whole(_ document: xmlDocPtr) -> Int32? {
      guard let node = xmlTextReaderExpand(reader) else { return nil }
      startChild()
      xmlNodeDumpOutput(output, document, node, 0, 0, "UTF-8")
      endChild()
      return xmlTextReaderNext(reader)
    }

    /// Before a child that is not text: closes the parent's start tag, then a new line.
    private func startChild() {
      guard !open.isEmpty else { return }
      if !open[open.count - 1].hasChild {
        write(">")
        open[open.count - 1].hasChild = true
        open[open.count - 1].blank = []
      }
      write(indentation(open.count))
    }

    /// After a node of the document's own level, a new line, as libxml2 writes them.
    private func endChild() {
      if open.isEmpty { write("\n") }
    }

    /// `<name xmlns="…" a="…"`, without its end: libxml2's serializer, step by step.
    private func startTag(_ node: xmlNodePtr, name: String) {
      write("<\(name)")
      var namespace = node.pointee.nsDef
      while let declared = namespace {
        namespace = declared.pointee.next
        guard let href = declared.pointee.href else { continue }
        let prefix = declared.pointee.prefix.map { String(cString: $0) }
        if prefix == "xml" { continue }
        write(prefix.map { " xmlns:\($0)=" } ?? " xmlns=")
        quoted(String(cString: href))
      }
      var attribute = node.pointee.properties
      while let current = attribute {
        attribute = current.pointee.next
        write(" " + qualifiedName(current.pointee.ns?.pointee.prefix, current.pointee.name))
        write("=\"")
        var part = current.pointee.children
        while let piece = part {
          part = piece.pointee.next
          switch piece.pointee.type {
          case XML_TEXT_NODE:
            xmlBufferEmpty(attributeBuffer)
            xmlAttrSerializeTxtContent(
              attributeBuffer, node.pointee.doc, current, piece.pointee.content)
            if let content = xmlBufferContent(attributeBuffer) {
              xmlOutputBufferWriteString(
                output, UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
            }
          case XML_ENTITY_REF_NODE:
            write("&" + String(cString: piece.pointee.name) + ";")
          default:
            break
          }
        }
        write("\"")
      }
    }

    /// libxml2's quoting of a namespace name or version: double quotes, or single quotes
    /// around a value that holds a double quote, or `&quot;` when it holds both.
    private func quoted(_ value: String) {
      if !value.contains("\"") {
        write("\"\(value)\"")
      } else if !value.contains("'") {
        write("'\(value)'")
      } else {
        write("\"" + value.replacing("\"", with: "&quot;") + "\"")
      }
    }

    private func qualifiedName(
      _ prefix: UnsafePointer<xmlChar>?, _ name: UnsafePointer<xmlChar>?
    ) -> String {
      let local = name.map { String(cString: $0) } ?? ""
      return prefix.map { String(cString: $0) + ":" + local } ?? local
    }

    private var indentations: [String] = []

    /// A new line and two spaces a level.
    private func indentation(_ depth: Int) -> String {
      while indentations.count <= depth {
        indentations.append("\n" + String(repeating: "  ", count: indentations.count))
      }
      return indentations[depth]
    }

    private func write(_ text: String) {
      var text = text
      text.withUTF8 { write(bytes: $0) }
    }

    private func write(bytes: some Collection<UInt8>) {
      bytes.withContiguousStorageIfAvailable { buffer in
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        xmlOutputBufferWrite(
          output, Int32(buffer.count), UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
      }
    }
  }
}
