import Foundation
import RecitModel

/// What `recit check --corriger` would do: the files it would rewrite, line by line, and the
/// files it leaves alone, with why. Made by ``Fixer/plan(_:checked:)``; writes nothing.
public struct FixPlan: Sendable {
  /// One line changed by one or more fixes.
  public struct Change: Sendable, Hashable {
    public let file: String
    /// 1-based.
    public let line: Int
    /// What the fixes of this line do, in the order they were found.
    public let summaries: [LocalizedText]
    /// The line before and after, without its line ending.
    public let before: String
    public let after: String
  }

  /// One file rewritten: its bytes as read and as they would be written.
  public struct FileEdit: Sendable {
    public let file: String
    /// The path written: the file's, its links resolved.
    let path: String
    let original: [UInt8]
    let fixed: [UInt8]
    public let changes: [Change]
    let originalLines: RawLines
    let fixedLines: RawLines
  }

  /// A file left untouched, or a fix left out, and why.
  public struct Refusal: Sendable, Hashable {
    public let file: String
    public let reason: LocalizedText
  }

  public let files: [FileEdit]
  public let refusals: [Refusal]
  /// How many fixes the plan applies.
  public let fixCount: Int
  /// How many fixes were left out because they touch the same text as one taken before
  /// (the next check reports their diagnostics again).
  public let leftOut: Int

  /// Whether nothing would be written.
  public var isEmpty: Bool { files.isEmpty }

  /// Every changed line, by file then line.
  public var changes: [Change] { files.flatMap(\.changes) }

  /// The plan as a unified diff (`diff -u`, three lines of context; `patch -p1` applies it).
  public func unifiedDiff() -> String {
    files.map { UnifiedDiff.render(file: $0.file, $0.originalLines, $0.fixedLines) }.joined()
  }
}
