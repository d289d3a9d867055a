import Foundation
import RecitModel

/// The templates a project sees: the built-in ones, each overridden by a file at the same
/// relative path under the project's `templates/` folder (Hugo-style).
public struct TemplateSet: Sendable {
  public static let projectFolder = "templates"

  /// By path; the project's file where there is one.
  public private(set) var files: [String: TemplateFile]
  /// Problems with the project's template files (links leading out, unreadable files).
  public private(set) var problems: [Diagnostic] = []

  /// The built-in templates alone.
  public static var builtIn: TemplateSet {
    TemplateSet(
      files: Dictionary(
        uniqueKeysWithValues: EmbeddedTemplates.files.map {
          ($0.key, TemplateFile(path: $0.key, content: $0.value, origin: .builtIn))
        }))
  }

  init(files: [String: TemplateFile]) {
    self.files = files
  }

  /// The built-in templates overridden by those of the project at `root` (if any).
  public init(projectRoot root: String?) {
    self = .builtIn
    guard let root else { return }
    let folder = URL(fileURLWithPath: root + "/" + Self.projectFolder).standardizedFileURL
      .resolvingSymlinksInPath().path
    guard ProjectLocator.isDirectory(folder) else { return }
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
      if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
      let absolute = folder + "/" + relative
      let display = Self.projectFolder + "/" + relative
      let resolved = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
      guard resolved == folder || resolved.hasPrefix(folder + "/") else {
        problems.append(
          Diagnostic(
            .unreadableFile, at: .start(of: display),
            LocalizedText(
              fr:
                "le modèle « \(relative) » est un lien qui mène hors du dossier templates/ : il est ignoré",
              en:
                "the template “\(relative)” is a link leading out of the templates/ folder: it is ignored"
            ), severity: .warning))
        continue
      }
      guard !ProjectLocator.isDirectory(resolved) else { continue }
      // Only templates and stylesheets are read; images and other assets are left alone.
      guard relative.hasSuffix(".mustache") || relative.hasSuffix(".css") else { continue }
      switch SourceText.read(absolutePath: resolved, relativePath: display) {
      case .success(let source):
        files[relative] = TemplateFile(
          path: relative, content: source.text, origin: .project(display))
      case .failure(var problem):
        problem.severity = .warning
        problems.append(problem)
      }
    }
  }

  public func file(named name: String) -> TemplateFile? {
    files[name + ".mustache"] ?? files[name]
  }

  /// Every file, sorted by path.
  public var all: [TemplateFile] { files.values.sorted { $0.path < $1.path } }
}
