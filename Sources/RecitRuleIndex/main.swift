import Foundation
import RuleIndex

// Rewrites Sources/RecitModel/Rule.swift and Sources/RecitKit/Check/Rules/RuleRegistry.swift
// from the rule units, from the package root (`scripts/generate.sh` runs it, then recit-gen).
// It depends on nothing, so that it builds while a new unit names a case not generated yet.

let root = FileManager.default.currentDirectoryPath
do {
  for file in try RuleIndex.generate(packageRoot: root) {
    let path = root + "/" + file.path
    let current = try? String(contentsOfFile: path, encoding: .utf8)
    guard current != file.content else { continue }
    let temporary = path + ".recit-rule-index.tmp"
    try Data(file.content.utf8).write(to: URL(fileURLWithPath: temporary))
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      throw RuleIndex.Problem(description: "cannot write \(file.path)")
    }
    print("written: \(file.path)")
  }
} catch {
  FileHandle.standardError.write(Data("recit-rule-index: \(error)\n".utf8))
  exit(1)
}
