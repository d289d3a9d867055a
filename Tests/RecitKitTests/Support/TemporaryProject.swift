import Foundation
import RecitKit

/// A project written to a fresh temporary folder for one test, removed when released.
final class TemporaryProject {
  let root: String

  init(_ files: [String: String]) throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("recit-tests-\(UUID().uuidString)").path
    for (path, content) in files { try write(content, to: path) }
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  func write(_ content: String, to path: String) throws {
    try write(Data(content.utf8), to: path)
  }

  func write(_ data: Data, to path: String) throws {
    let full = root + "/" + path
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: full))
  }

  func load(_ path: String = "") throws -> Project {
    try ProjectLoader().load(path: path.isEmpty ? root : root + "/" + path).get()
  }
}

/// Text with position marks (`1️⃣`, `2️⃣`…) that tests use to say where a diagnostic must
/// point; the marks are removed from the text.
struct MarkedText {
  static let marks = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  let text: String
  /// Mark → (line, column), 1-based, columns in characters.
  let positions: [String: (line: Int, column: Int)]

  init(_ marked: String) {
    var text = ""
    var positions: [String: (Int, Int)] = [:]
    var line = 1
    var column = 1
    var rest = Substring(marked)
    outer: while let character = rest.first {
      for mark in Self.marks where rest.hasPrefix(mark) {
        positions[mark] = (line, column)
        rest = rest.dropFirst(mark.count)
        continue outer
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
      rest = rest.dropFirst()
    }
    self.text = text
    self.positions = positions
  }

  subscript(mark: String) -> (line: Int, column: Int) { positions[mark]! }
}

/// A project directory that holds one action file with marked positions.
func singleActionProject(_ marked: MarkedText, extra: [String: String] = [:]) throws
  -> TemporaryProject
{
  var files = extra
  files["recit.yml"] = files["recit.yml"] ?? "territoire: Testville\n"
  files["actions/essai.md"] = marked.text
  return try TemporaryProject(files)
}
