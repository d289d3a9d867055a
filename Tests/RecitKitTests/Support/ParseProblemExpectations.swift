import Foundation
import Testing

@testable import RecitKit

/// What the reading tests share: load one marked action file, expect a rule at a mark.
protocol ParseProblemExpectations {}

extension ParseProblemExpectations {
  /// Loads `marked` as `actions/essai.md` and returns the loader's diagnostics.
  func problems(_ marked: MarkedText, extra: [String: String] = [:]) throws -> [Diagnostic] {
    try singleActionProject(marked, extra: extra).load().diagnostics
  }

  func expect(
    _ diagnostics: [Diagnostic], _ rule: Rule, at position: (line: Int, column: Int),
    file: String = "actions/essai.md", sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let match = diagnostics.first { $0.rule == rule }
    #expect(
      match != nil, "no \(rule.rawValue) in \(diagnostics.map(\.rule.rawValue))",
      sourceLocation: sourceLocation)
    #expect(match?.location.file == file, sourceLocation: sourceLocation)
    #expect(match?.location.line == position.line, "line", sourceLocation: sourceLocation)
    #expect(match?.location.column == position.column, "column", sourceLocation: sourceLocation)
  }

}
