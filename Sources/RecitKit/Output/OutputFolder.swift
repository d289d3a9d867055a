import Foundation
import RecitModel

/// An output folder: writes a build's files atomically, only when their content changed, and
/// removes the outputs of earlier builds that are no longer made — only files that `recit`
/// recorded in the folder's manifest, never anything else.
///
/// A build is written in two phases: every changed file is first written beside its target as
/// a temporary file, then all are renamed into place. If any write fails, the temporary files
/// are removed and the folder is left as it was. Temporary files left by a build that was
/// killed are removed by the next one. No link inside the output folder is ever followed.
public struct OutputFolder: Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// Refuses a folder where a build must not write: empty, the filesystem root, the project
  /// itself, or inside its `actions/` or `templates/`; or a link that the project ships.
  public func check(projectRoot: String?) throws(Unusable) {
    guard !path.trimmingCharacters(in: .whitespaces).isEmpty else { throw Unusable(.empty, path) }
    let absolute = Self.absolute(path)
    if absolute == "/" { throw Unusable(.filesystemRoot, path) }
    guard let root = projectRoot.map(Self.absolute) else { return }
    if absolute == root { throw Unusable(.project, path) }
    for folder in ["actions", TemplateSet.projectFolder]
    where absolute == root + "/" + folder || absolute.hasPrefix(root + "/" + folder + "/") {
      throw Unusable(.sources(folder), path)
    }
    if absolute.hasPrefix(root + "/"), Self.isLink(absolute) { throw Unusable(.link, path) }
  }

  /// Writes `files` (paths relative to the folder). Stale outputs are removed only inside
  /// `folders` (the top-level folders this build's formats write): a JSON-only build leaves
  /// the HTML of an earlier build alone.
  public func write(_ files: [OutputFile], folders: Set<String>) throws -> BuildResult {
    guard !path.isEmpty else { throw Unusable(.empty, path) }
    removeLeftovers(in: folders)
    let old = OutputManifest.read(in: path)
    var result = BuildResult()
    var staged: [(temporary: String, target: String)] = []
    do {
      for file in files.sorted(by: { $0.path < $1.path }) {
        guard OutputManifest.isInside(file.path) else { throw Unusable(.link, file.path) }
        let target = path + "/" + file.path
        if let existing = FileManager.default.contents(atPath: target), existing == file.contents,
          !Self.isLink(target)
        {
          result.unchanged.append(file.path)
          continue
        }
        try makeFolders(for: file.path)
        // Checked before anything is renamed, so that the renames cannot fail half-way.
        if Self.exists(target), !Self.isRegularFile(target) {
          throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
        }
        staged.append((try stage(file.contents, for: target), target))
        result.written.append(file.path)
      }
      for (index, entry) in staged.enumerated() where rename(entry.temporary, entry.target) != 0 {
        let code = errno
        for rest in staged[index...] { unlink(rest.temporary) }
        throw CocoaError(
          .fileWriteUnknown, userInfo: [NSFilePathErrorKey: entry.target, "errno": code])
      }
    } catch {
      for entry in staged { unlink(entry.temporary) }
      throw error
    }
    let made = Set(files.map(\.path))
    let stale = old.files.filter { file in
      !made.contains(file) && folders.contains(String(file.prefix { $0 != "/" }))
    }
    for file in stale where removeRegularFile(path + "/" + file) {
      result.deleted.append(file)
    }
    let kept = Set(old.files).subtracting(stale).union(made)
    try OutputWriter().write(
      OutputManifest(files: kept.sorted()).encoded(), to: path + "/" + OutputManifest.fileName)
    return result
  }
}

extension OutputFolder {
  /// Writes `data` into a new temporary file beside `target`; returns its path.
  private func stage(_ data: Data, for target: String) throws -> String {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = folder + "/." + name + "." + UUID().uuidString + OutputWriter.temporarySuffix
    // O_EXCL | O_NOFOLLOW: never through a link, never over an existing file.
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target, "errno": errno])
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: data)
      try handle.close()
    } catch {
      unlink(temporary)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
    }
    return temporary
  }

  /// Creates the folders of a relative file path, refusing any that is a link.
  private func makeFolders(for relative: String) throws {
    var folder = path
    if Self.isLink(folder), !FileManager.default.fileExists(atPath: folder + "/.") {
      throw Unusable(.link, path)
    }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for part in relative.split(separator: "/").dropLast() {
      folder += "/" + part
      if Self.isLink(folder) { throw Unusable(.linkInside(folder), path) }
      if mkdir(folder, 0o755) != 0, errno != EEXIST {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder, "errno": errno])
      }
    }
  }

  /// Removes the temporary files an interrupted build left in the folders it writes.
  private func removeLeftovers(in folders: Set<String>) {
    for folder in folders {
      let top = path + "/" + folder
      guard !Self.isLink(top), let walker = FileManager.default.enumerator(atPath: top) else {
        continue
      }
      while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        guard name.hasPrefix("."), name.hasSuffix(OutputWriter.temporarySuffix) else { continue }
        _ = removeRegularFile(top + "/" + relative, pruning: false)
      }
    }
  }

  /// Removes a regular file (never a folder, never through a symbolic link), then its parent
  /// folders inside the output folder that this left empty. Returns whether it was removed.
  private func removeRegularFile(_ file: String, pruning: Bool = true) -> Bool {
    var status = stat()
    guard lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG, unlink(file) == 0 else {
      return false
    }
    var folder = (file as NSString).deletingLastPathComponent
    while pruning, folder.count > path.count, folder.hasPrefix(path + "/"), rmdir(folder) == 0 {
      folder = (folder as NSString).deletingLastPathComponent
    }
    return true
  }

  static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  static func isLink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
  }

  static func absolute(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return URL(fileURLWithPath: full).standardizedFileURL.path
  }
}
