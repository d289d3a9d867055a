/// Reading JSON back into a ``JSONValue`` that keeps its keys in order, for the rule
/// generator to rewrite parts of the committed JSON Schemas and leave the rest as written.
///
/// Integers only (the schemas hold no other number); any other input is an error.
extension JSONValue {
  struct ParseError: Error, CustomStringConvertible {
    var offset: Int
    var description: String { "invalid JSON at scalar \(offset)" }
  }

  init(parsing text: String) throws {
    var parser = Parser(scalars: Array(text.unicodeScalars))
    self = try parser.value()
    parser.skipSpaces()
    guard parser.index == parser.scalars.count else { throw parser.error }
  }

  /// The value at `path` (object keys), replaced by `update`; an error if the path is absent.
  func replacing(_ path: [String], with update: (JSONValue) throws -> JSONValue) throws
    -> JSONValue
  {
    guard let key = path.first else { return try update(self) }
    guard case .object(var members) = self, let index = members.firstIndex(where: { $0.0 == key })
    else { throw ParseError(offset: -1) }
    members[index].1 = try members[index].1.replacing(Array(path.dropFirst()), with: update)
    return .object(members)
  }

  private struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0

    var error: ParseError { ParseError(offset: index) }

    mutating func skipSpaces() {
      while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
    }

    mutating func expect(_ literal: String) throws {
      for scalar in literal.unicodeScalars {
        guard index < scalars.count, scalars[index] == scalar else { throw error }
        index += 1
      }
    }

    mutating func value() throws -> JSONValue {
      skipSpaces()
      guard index < scalars.count else { throw error }
      switch scalars[index] {
      case "{": return try object()
      case "[": return try array()
      case "\"": return .string(try string())
      case "t": try expect("true"); return .bool(true)
      case "f": try expect("false"); return .bool(false)
      case "n": try expect("null"); return .null
      default: return .int(try integer())
      }
    }

    mutating func object() throws -> JSONValue {
      try expect("{")
      var members: [(String, JSONValue)] = []
      skipSpaces()
      if index < scalars.count, scalars[index] == "}" { index += 1; return .object([]) }
      while true {
        skipSpaces()
        let key = try string()
        skipSpaces()
        try expect(":")
        members.append((key, try value()))
        skipSpaces()
        if index < scalars.count, scalars[index] == "," { index += 1; continue }
        try expect("}")
        return .object(members)
      }
    }

    mutating func array() throws -> JSONValue {
      try expect("[")
      var items: [JSONValue] = []
      skipSpaces()
      if index < scalars.count, scalars[index] == "]" { index += 1; return .array([]) }
      while true {
        items.append(try value())
        skipSpaces()
        if index < scalars.count, scalars[index] == "," { index += 1; continue }
        try expect("]")
        return .array(items)
      }
    }

    mutating func integer() throws -> Int {
      let start = index
      if index < scalars.count, scalars[index] == "-" { index += 1 }
      while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
      guard let number = Int(String(String.UnicodeScalarView(scalars[start..<index]))) else {
        throw error
      }
      return number
    }

    mutating func string() throws -> String {
      try expect("\"")
      var result = String.UnicodeScalarView()
      while index < scalars.count {
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "\"": return String(result)
        case "\\":
          guard index < scalars.count else { throw error }
          let escape = scalars[index]
          index += 1
          switch escape {
          case "\"", "\\", "/": result.append(escape)
          case "n": result.append("\n")
          case "r": result.append("\r")
          case "t": result.append("\t")
          case "b": result.append("\u{8}")
          case "f": result.append("\u{C}")
          case "u": result.append(try unicodeEscape())
          default: throw error
          }
        default: result.append(scalar)
        }
      }
      throw error
    }

    /// After `\u`: four hex digits, or a surrogate pair written as two escapes.
    mutating func unicodeEscape() throws -> Unicode.Scalar {
      let high = try hex4()
      if (0xD800..<0xDC00).contains(high) {
        try expect("\\u")
        let low = try hex4()
        let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        guard let scalar = Unicode.Scalar(value) else { throw error }
        return scalar
      }
      guard let scalar = Unicode.Scalar(high) else { throw error }
      return scalar
    }

    mutating func hex4() throws -> UInt32 {
      guard index + 4 <= scalars.count,
        let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16)
      else { throw error }
      index += 4
      return value
    }
  }
}
