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
  /// overwritten), and never leaves a torn file: the content is written to a temporary file,
  /// flushed, then hard-linked under its name (which fails when the name is taken) and the
  /// temporary name removed. A process killed at any point leaves either no file or the
  /// whole one (and perhaps a `.recit-tmp` file beside it).
  public func create(_ content: String, at path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    if FileManager.default.fileExists(atPath: path) {
      throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path])
    }
    let temporary =
      folder
      + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString)\(Self.temporarySuffix)"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, "errno": errno])
    }
    defer { unlink(temporary) }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    try handle.write(contentsOf: Data(content.utf8))
    try handle.synchronize()
    try handle.close()
    if link(temporary, path) != 0 {
      throw CocoaError(
        errno == EEXIST ? .fileWriteFileExists : .fileWriteUnknown,
        userInfo: [NSFilePathErrorKey: path, "errno": errno])
    }
  }
}
