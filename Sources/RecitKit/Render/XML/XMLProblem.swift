/// A problem libxml2 reported while parsing or validating an XML document.
public struct XMLProblem: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable {
    case warning
    case error
    case fatal
  }

  public var severity: Severity
  /// The 1-based line in the parsed text, when libxml2 knows it.
  public var line: Int?
  /// The 1-based column, for parse errors.
  public var column: Int?
  /// The path of the element concerned (`/article/section[2]/para`), for validation errors.
  public var path: String?
  public var message: String

  public init(
    severity: Severity, line: Int? = nil, column: Int? = nil, path: String? = nil,
    message: String
  ) {
    self.severity = severity
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  /// `line 3, column 7: message`, `line 3 (/article/para): message` or `message`.
  public var description: String {
    var place: [String] = []
    if let line { place.append(column.map { "line \(line), column \($0)" } ?? "line \(line)") }
    if let path { place.append(place.isEmpty ? path : "(\(path))") }
    return place.isEmpty ? message : place.joined(separator: " ") + ": " + message
  }
}
