import Foundation
import RecitKit

// Rewrites the files generated from the rule units (JSON Schemas under schemas/, the rule
// table docs/rules.md), from the package root:
//
//   swift run recit-gen           write the files that differ
//   swift run recit-gen --check   only say which differ (exit status 1 if any)
//
// Each file is written to a temporary file beside it, then renamed over it.

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.allSatisfy({ $0 == "--check" }) else {
  FileHandle.standardError.write(Data("usage: recit-gen [--check]\n".utf8))
  exit(2)
}
let checking = arguments.contains("--check")
let root = FileManager.default.currentDirectoryPath
guard FileManager.default.fileExists(atPath: root + "/Package.swift") else {
  FileHandle.standardError.write(Data("recit-gen: run it from the package root\n".utf8))
  exit(2)
}

/// Writes `content` to `path` through a temporary file in the same folder and a rename.
func writeAtomically(_ content: String, to path: String) throws {
  let temporary = path + ".recit-gen-\(ProcessInfo.processInfo.processIdentifier).tmp"
  try Data(content.utf8).write(to: URL(fileURLWithPath: temporary))
  guard rename(temporary, path) == 0 else {
    let code = errno
    try? FileManager.default.removeItem(atPath: temporary)
    throw CocoaError(.fileWriteUnknown, userInfo: ["errno": code, "path": path])
  }
}

do {
  var changed: [String] = []
  for file in try RuleArtifacts.generate(packageRoot: root) {
    let path = root + "/" + file.path
    let current = FileManager.default.contents(atPath: path).flatMap {
      String(data: $0, encoding: .utf8)
    }
    guard current != file.content else { continue }
    changed.append(file.path)
    if !checking { try writeAtomically(file.content, to: path) }
  }
  for path in changed { print((checking ? "differs: " : "written: ") + path) }
  if changed.isEmpty { print("recit-gen: up to date") }
  exit(checking && !changed.isEmpty ? 1 : 0)
} catch {
  FileHandle.standardError.write(Data("recit-gen: \(error)\n".utf8))
  exit(1)
}
