import Foundation
import RecitTestSupport

/// A project copied into a temporary folder, to change it freely: a sample (Malaunay by
/// default) or any fixture folder of the package.
final class ProjectCopy {
  let folder: TemporaryFolder
  let root: String

  /// A copy of `Samples/NAME`.
  convenience init(_ name: String = "malaunay") throws {
    try self.init(packagePath: "Samples/" + name)
  }

  /// A copy of the folder at `packagePath`, relative to the package root.
  init(packagePath: String) throws {
    folder = try TemporaryFolder()
    root = folder.path + "/" + (packagePath as NSString).lastPathComponent
    try FileManager.default.copyItem(atPath: PackageRoot.path + "/" + packagePath, toPath: root)
  }

  func append(_ text: String, to file: String) throws {
    let path = root + "/" + file
    try (try String(contentsOfFile: path, encoding: .utf8) + text).write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  /// Replaces `old` (which must be there) by `new` in the project's `file`.
  func replace(_ old: String, with new: String, in file: String) throws {
    let path = root + "/" + file
    let text = try String(contentsOfFile: path, encoding: .utf8)
    guard text.contains(old) else {
      throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: "\(file): \(old)"])
    }
    try text.replacingOccurrences(of: old, with: new).write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  func write(_ text: String, to file: String) throws {
    let path = root + "/" + file
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// One file's bytes, nil when it is not there.
  func bytes(_ file: String) -> Data? { FileManager.default.contents(atPath: root + "/" + file) }

  /// Every file's bytes, by relative path.
  func snapshot() throws -> [String: Data] { try Self.files(in: root) }

  /// Every file's bytes below `root`, by relative path.
  static func files(in root: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: root) {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue {
        files[path] = FileManager.default.contents(atPath: root + "/" + path)
      }
    }
    return files
  }
}
