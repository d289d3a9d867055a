import Foundation
import RecitModel

/// What a build wrote into its output folder.
public struct BuildResult: Sendable, Equatable {
  public var written: [String] = []
  public var unchanged: [String] = []
  /// Outputs of an earlier build that this one no longer makes (a deleted action, a renamed
  /// narrative), removed.
  public var deleted: [String] = []

  public func summary(in language: Language) -> String {
    let deletedList = deleted.map { "  - \($0)\n" }.joined()
    if written.isEmpty {
      let head =
        language == .fr
        ? "Rien n'a changé : \(unchanged.count) fichier(s) déjà à jour"
        : "Nothing changed: \(unchanged.count) file(s) already up to date"
      if deleted.isEmpty { return head + ".\n" }
      return head
        + (language == .fr
          ? " ; \(deleted.count) fichier(s) périmé(s) supprimé(s) :\n"
          : "; \(deleted.count) stale file(s) removed:\n") + deletedList
    }
    let list = written.map { "  \($0)\n" }.joined()
    let removed =
      deleted.isEmpty
      ? ""
      : (language == .fr
        ? "\(deleted.count) fichier(s) périmé(s) supprimé(s) :\n"
        : "\(deleted.count) stale file(s) removed:\n") + deletedList
    return
      (language == .fr
      ? "\(written.count) fichier(s) écrit(s), \(unchanged.count) inchangé(s) :\n\(list)"
      : "\(written.count) file(s) written, \(unchanged.count) unchanged:\n\(list)") + removed
  }
}

/// An output folder: writes a build's files atomically, only when their content changed, and
/// removes the outputs of earlier builds that are no longer made — only files that `recit`
/// recorded in the folder's manifest, never anything else.
public struct OutputFolder: Sendable {
  /// Why an output folder cannot be used.
  public struct Unusable: Error, Sendable {
    public var path: String
  }

  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// Writes `files` (paths relative to the folder). Stale outputs are removed only inside
  /// `folders` (the top-level folders this build's formats write): a JSON-only build leaves
  /// the HTML of an earlier build alone.
  public func write(_ files: [OutputFile], folders: Set<String>) throws -> BuildResult {
    guard !path.isEmpty else { throw Unusable(path: path) }
    let writer = OutputWriter()
    let old = OutputManifest.read(in: path)
    var result = BuildResult()
    for file in files.sorted(by: { $0.path < $1.path }) {
      switch try writer.write(file.contents, to: path + "/" + file.path) {
      case .written: result.written.append(file.path)
      case .unchanged: result.unchanged.append(file.path)
      }
    }
    let made = Set(files.map(\.path))
    let stale = old.files.filter { file in
      !made.contains(file) && folders.contains(String(file.prefix { $0 != "/" }))
    }
    for file in stale where removeRegularFile(path + "/" + file) {
      result.deleted.append(file)
    }
    let kept = Set(old.files).subtracting(stale).union(made)
    try writer.write(
      OutputManifest(files: kept.sorted()).encoded(), to: path + "/" + OutputManifest.fileName)
    return result
  }

  /// Removes a regular file (never a folder, never through a symbolic link), then its parent
  /// folders inside the output folder that this left empty. Returns whether it was removed.
  private func removeRegularFile(_ file: String) -> Bool {
    var status = stat()
    guard lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG, unlink(file) == 0 else {
      return false
    }
    var folder = (file as NSString).deletingLastPathComponent
    while folder.count > path.count, folder.hasPrefix(path + "/"), rmdir(folder) == 0 {
      folder = (folder as NSString).deletingLastPathComponent
    }
    return true
  }
}
