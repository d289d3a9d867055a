import Foundation
import RecitModel

/// Where a project lives and what part of it a command asked for.
///
/// Given an action folder or file, `recit` walks up to the nearest `recit.yml`, as git finds
/// its repository, so that shared actors and settings apply; a lone file still works.
struct ProjectLocator: Sendable {
  enum Target: Equatable, Sendable {
    /// Every action of the project.
    case all
    /// One action, by its folder or single file (absolute path).
    case action(String)
  }

  static let settingsFile = "recit.yml"
  static let actorsFile = "acteurs.yml"
  static let actionsFolder = "actions"
  static let mainFile = "action.md"

  /// The project folder (absolute, standardized).
  let root: String
  let hasSettingsFile: Bool
  let target: Target

  /// Locates the project for `path`; nil when the path does not exist.
  init?(path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) {
    let absolute = (path.hasPrefix("/") ? path : currentDirectory + "/" + path)
    let standardized = URL(fileURLWithPath: absolute).standardizedFileURL.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: standardized, isDirectory: &isDirectory) else {
      return nil
    }
    let start = isDirectory.boolValue ? standardized : Self.parent(of: standardized)
    if let found = Self.findSettings(from: start) {
      root = found
      hasSettingsFile = true
      target = Self.target(of: standardized, isDirectory: isDirectory.boolValue, root: found)
      return
    }
    hasSettingsFile = false
    if isDirectory.boolValue {
      if Self.isDirectory(standardized + "/" + Self.actionsFolder) {
        root = standardized
        target = .all
      } else {
        root = Self.parent(of: standardized)
        target = .action(standardized)
      }
    } else if (standardized as NSString).lastPathComponent == Self.mainFile {
      let folder = Self.parent(of: standardized)
      root = Self.parent(of: folder)
      target = .action(folder)
    } else {
      root = start
      target = .action(standardized)
    }
  }

  private static func target(of path: String, isDirectory: Bool, root: String) -> Target {
    let actions = root + "/" + actionsFolder
    guard path.hasPrefix(actions + "/") else { return .all }
    let rest = path.dropFirst(actions.count + 1)
    let first = rest.split(separator: "/").first.map(String.init) ?? ""
    return first.isEmpty ? .all : .action(actions + "/" + first)
  }

  /// The folders searched for `recit.yml` from `folder` up, nearest first, until one holds it
  /// (included) or the file system's root.
  static func searchedFolders(from folder: String) -> [String] {
    var folders: [String] = []
    var current = folder
    while true {
      folders.append(current)
      if FileManager.default.fileExists(atPath: current + "/" + settingsFile) { return folders }
      let up = parent(of: current)
      if up == current { return folders }
      current = up
    }
  }

  private static func findSettings(from folder: String) -> String? {
    var current = folder
    while true {
      if FileManager.default.fileExists(atPath: current + "/" + settingsFile) { return current }
      let up = parent(of: current)
      if up == current { return nil }
      current = up
    }
  }

  static func parent(of path: String) -> String {
    let parent = (path as NSString).deletingLastPathComponent
    return parent.isEmpty ? "/" : parent
  }

  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// The root with its own links resolved.
  var resolvedRoot: String { URL(fileURLWithPath: root).resolvingSymlinksInPath().path }

  /// Whether `path`, once its links are resolved, is inside the project folder, given
  /// ``resolvedRoot`` (resolved once by the caller, not once per file).
  static func contains(resolving path: String, in resolvedRoot: String) -> Bool {
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    return resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/")
  }

  /// A path relative to the root, for locations.
  func relative(_ absolute: String) -> String {
    absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : absolute
  }
}

/// No `recit.yml` in the folder a command was given nor in any folder above it.
public struct ProjectNotFound: Error, Equatable, Sendable {
  /// The path the command was given.
  public let path: String
  /// The folders searched for `recit.yml`, nearest first (absolute).
  public let searched: [String]

  /// Looks for the project of `path` (a folder or file, absolute or relative to
  /// `currentDirectory`); nil when a `recit.yml` is found, or when `path` does not exist (the
  /// loader says so).
  public static func check(
    _ path: String, currentDirectory: String = FileManager.default.currentDirectoryPath
  ) -> ProjectNotFound? {
    guard let locator = ProjectLocator(path: path, currentDirectory: currentDirectory),
      !locator.hasSettingsFile
    else { return nil }
    let absolute = (path.hasPrefix("/") ? path : currentDirectory + "/" + path)
    let standardized = URL(fileURLWithPath: absolute).standardizedFileURL.path
    let start =
      ProjectLocator.isDirectory(standardized)
      ? standardized : ProjectLocator.parent(of: standardized)
    return ProjectNotFound(path: path, searched: ProjectLocator.searchedFolders(from: start))
  }

  public var message: LocalizedText {
    let folders = searched.map { "« \($0) »" }.joined(separator: ", ")
    let foldersEN = searched.map { "“\($0)”" }.joined(separator: ", ")
    return LocalizedText(
      fr: "aucun projet trouvé pour « \(path) » : pas de fichier recit.yml dans \(folders)",
      en: "no project found for “\(path)”: no recit.yml file in \(foldersEN)")
  }

  public var hint: LocalizedText {
    LocalizedText(
      fr:
        "placez-vous dans le dossier d'un projet (là où se trouve recit.yml), donnez son chemin (« recit check DOSSIER »), ou créez un projet avec « recit init »",
      en:
        "go to a project's folder (where recit.yml is), give its path (“recit check FOLDER”), or make a project with “recit init”"
    )
  }
}
