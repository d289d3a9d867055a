import Foundation

/// Writes output files atomically (a temporary file renamed into place, so no reader ever sees
/// a torn file) and only when their content changes.
public struct OutputWriter: Sendable {
  public enum Outcome: Equatable, Sendable {
    case written
    case unchanged
  }

  /// The suffix of temporary files, so that a later build can find those a killed one left.
  static let temporarySuffix = ".recit-tmp"

  public init() {}

  /// Writes `content` to `path`, creating folders; leaves an identical file untouched.
  @discardableResult
  public func write(_ content: String, to path: String) throws -> Outcome {
    try write(Data(content.utf8), to: path)
  }

  /// Writes bytes to `path`, creating folders; leaves an identical file untouched. With
  /// `permissions`, the new file gets them (a user's file rewritten keeps its mode).
  @discardableResult
  public func write(_ data: Data, to path: String, permissions: mode_t? = nil) throws -> Outcome {
    if let existing = FileManager.default.contents(atPath: path), existing == data {
      return .unchanged
    }
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let temporary =
      folder
      + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString)\(Self.temporarySuffix)"
    try data.write(to: URL(fileURLWithPath: temporary))
    if let permissions, chmod(temporary, permissions) != 0 {
      try? FileManager.default.removeItem(atPath: temporary)
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
    if rename(temporary, path) != 0 {
      let code = errno
      try? FileManager.default.removeItem(atPath: temporary)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, "errno": code])
    }
    return .written
  }

  /// Creates a new file; never replaces anything already there (the user's words are never
  /// overwritten).
  public func create(_ content: String, at path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
      throw CocoaError(
        errno == EEXIST ? .fileWriteFileExists : .fileWriteUnknown,
        userInfo: [NSFilePathErrorKey: path])
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    try handle.write(contentsOf: Data(content.utf8))
    try handle.close()
  }
}
