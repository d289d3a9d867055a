/// A place in a source file: the file's path relative to the project root, and a 1-based line
/// and column.
///
/// Columns count Unicode scalars (characters), not bytes, so that a caret lines up under
/// accented French text.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
  public let file: String
  public let line: Int
  public let column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// The start of a file, for problems that concern it as a whole.
  public static func start(of file: String) -> SourceLocation {
    SourceLocation(file: file, line: 1, column: 1)
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}

extension SourceLocation: CustomStringConvertible {
  /// `file:line:column`, as compilers print it.
  public var description: String { "\(file):\(line):\(column)" }
}

/// A value read from a source file, with the place it was written.
public struct Located<Value> {
  public let value: Value
  public let location: SourceLocation

  public init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Sendable where Value: Sendable {}

/// A text written by the user, with its place.
public typealias Text = Located<String>
