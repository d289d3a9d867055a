import Foundation
import RecitModel

/// The files to read for a command, found by listing the project's folders.
struct ReadingPlan: Sendable {
  var jobs: [FileJob] = []
  /// Problems with the layout itself (an action folder without `action.md`).
  var diagnostics: [Diagnostic] = []
  /// The project root with its links resolved, once for every file compared to it.
  private let resolvedRoot: String

  init(locator: ProjectLocator) {
    resolvedRoot = locator.resolvedRoot
    let root = locator.root
    let settingsPath = root + "/" + ProjectLocator.settingsFile
    if locator.hasSettingsFile, confined(settingsPath, locator) {
      jobs.append(FileJob(kind: .settings, path: settingsPath, locator))
    }
    let actorsPath = root + "/" + ProjectLocator.actorsFile
    if FileManager.default.fileExists(atPath: actorsPath), confined(actorsPath, locator) {
      jobs.append(FileJob(kind: .actors, path: actorsPath, locator))
    }
    switch locator.target {
    case .all:
      let folder = root + "/" + ProjectLocator.actionsFolder
      // Entries of a folder inside the project that are not links are inside too: only links
      // are resolved (one `lstat` per entry rather than a path resolution per file).
      let inside = ProjectLocator.contains(resolving: folder, in: resolvedRoot)
      var seen: [String: String] = [:]
      for name in entries(of: folder, locator)
      where confined(folder + "/" + name, locator, parentInside: inside) {
        let path = folder + "/" + name
        let isFolder = ProjectLocator.isDirectory(path)
        guard isFolder || name.hasSuffix(".md") else { continue }
        let key = Self.collisionKey(isFolder ? name : String(name.dropLast(3)))
        if let first = seen[key] {
          reportDuplicate(folder + "/" + first, path, locator)
          continue
        }
        seen[key] = name
        addAction(at: path, locator, inside: true)
      }
    case .action(let path):
      addAction(
        at: path, locator, inside: ProjectLocator.contains(resolving: path, in: resolvedRoot))
    }
  }

  /// Whether `path` stays inside the project once links are resolved; a link that leads out
  /// is reported and left unread (a project must not publish `/etc/passwd`).
  /// `parentInside`: the folder holding `path` is known to be inside the project, so that
  /// `path` is too unless it is a link.
  private mutating func confined(
    _ path: String, _ locator: ProjectLocator, parentInside: Bool = false
  ) -> Bool {
    if parentInside {
      var info = stat()
      if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFLNK { return true }
    }
    guard !ProjectLocator.contains(resolving: path, in: resolvedRoot) else { return true }
    diagnostics.append(
      Diagnostic(
        .unreadableFile, at: .start(of: locator.relative(path)),
        LocalizedText(
          fr: "« \(locator.relative(path)) » est un lien qui mène hors du projet : il est ignoré",
          en: "“\(locator.relative(path))” is a link leading out of the project: it is ignored"),
        hint: LocalizedText(
          fr: "copiez le fichier dans le projet plutôt que d'y faire un lien",
          en: "copy the file into the project instead of linking to it"),
        severity: .warning))
    return false
  }

  /// Two names that would give the same page once written: the same after Unicode
  /// normalisation (`é` composed or not), case and accent folding (`Marché`, `marche`).
  static func collisionKey(_ name: String) -> String {
    // ASCII names only fold their case.
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
    return name.precomposedStringWithCanonicalMapping.folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The second of two colliding names is not read; the error names both.
  private mutating func reportDuplicate(
    _ first: String, _ second: String, _ locator: ProjectLocator
  ) {
    let (one, other) = (locator.relative(first), locator.relative(second))
    diagnostics.append(
      Diagnostic(
        .duplicateAction, at: .start(of: other),
        LocalizedText(
          fr:
            "« \(other) » porte le même nom que « \(one) » (aux majuscules, accents ou forme Unicode près) : il n'est pas lu",
          en:
            "“\(other)” has the same name as “\(one)” (but for case, accents or Unicode form): it is not read"
        ),
        hint: LocalizedText(
          fr: "renommez l'un des deux, ou réunissez-les : une action est un fichier ou un dossier",
          en: "rename one of them, or merge them: an action is a file or a folder")))
  }

  /// Visible entries of a folder, sorted; an unreadable folder is reported.
  private mutating func entries(of folder: String, _ locator: ProjectLocator) -> [String] {
    guard ProjectLocator.isDirectory(folder) else { return [] }
    do {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      return names.filter { !$0.hasPrefix(".") }.sorted()
    } catch {
      diagnostics.append(
        Diagnostic(
          .unreadableFile, at: .start(of: locator.relative(folder) + "/"),
          LocalizedText(
            fr: "le dossier « \(locator.relative(folder)) » ne peut pas être lu",
            en: "the folder “\(locator.relative(folder))” cannot be read"),
          hint: LocalizedText(
            fr: "vérifiez que vous avez le droit de l'ouvrir",
            en: "check that you may open it")))
      return []
    }
  }

  /// `inside`: the action's path is known to be inside the project (see `confined`).
  private mutating func addAction(at path: String, _ locator: ProjectLocator, inside: Bool) {
    let name = (path as NSString).lastPathComponent
    if ProjectLocator.isDirectory(path) {
      var seen: [String: String] = [:]
      let files = entries(of: path, locator).filter { file in
        guard file.hasSuffix(".md"), confined(path + "/" + file, locator, parentInside: inside)
        else { return false }
        let key = Self.collisionKey(file)
        if let first = seen[key] {
          reportDuplicate(path + "/" + first, path + "/" + file, locator)
          return false
        }
        seen[key] = file
        return true
      }
      guard files.contains(ProjectLocator.mainFile) else {
        if !files.isEmpty {
          diagnostics.append(
            Diagnostic(
              .missingActionFile, at: .start(of: locator.relative(path) + "/"),
              LocalizedText(
                fr: "le dossier d'action « \(name) » n'a pas de fichier action.md",
                en: "the action folder “\(name)” has no action.md file"),
              hint: LocalizedText(
                fr: "le récit porté de l'action va dans action.md ; les autres récits à côté",
                en:
                  "the action's carried narrative goes in action.md; the other narratives beside it"
              )))
        }
        return
      }
      jobs.append(
        FileJob(kind: .action(id: name), path: path + "/" + ProjectLocator.mainFile, locator))
      for file in files where file != ProjectLocator.mainFile {
        jobs.append(FileJob(kind: .narrative(actionID: name), path: path + "/" + file, locator))
      }
    } else if name.hasSuffix(".md") {
      jobs.append(FileJob(kind: .action(id: String(name.dropLast(3))), path: path, locator))
    }
  }
}

/// One file to read and decode; independent of every other.
struct FileJob: Sendable {
  enum Kind: Sendable {
    case settings
    case actors
    case action(id: String)
    case narrative(actionID: String)
  }

  let kind: Kind
  let path: String
  let relativePath: String

  init(kind: Kind, path: String, _ locator: ProjectLocator) {
    self.kind = kind
    self.path = path
    self.relativePath = locator.relative(path)
  }

  /// A job over a file that is never read from disk (`decode` only): the fuzzers' entry.
  init(kind: Kind, relativePath: String) {
    self.kind = kind
    self.path = relativePath
    self.relativePath = relativePath
  }

  func run() -> FileResult {
    switch read() {
    case .success(let source): decode(source)
    case .failure(let diagnostic): FileResult(content: .unreadable, diagnostics: [diagnostic])
    }
  }

  /// The file's text, decoded (UTF-8 checked, line ends made LF).
  func read() -> Result<SourceText, Diagnostic> {
    SourceText.read(absolutePath: path, relativePath: relativePath)
  }

  /// The file's model and problems, from its text; a pure function of the text.
  func decode(_ source: SourceText) -> FileResult {
    var decoder = Decoder(file: relativePath)
    switch kind {
    case .settings, .actors:
      let (root, problems) = YAMLReader(file: relativePath, firstLine: 1).read(source.text)
      decoder.absorb(problems)
      if case .settings = kind {
        let settings = decoder.settings(from: root)
        return FileResult(content: .settings(settings), diagnostics: decoder.diagnostics)
      }
      let actors = decoder.actors(from: root, scope: .project)
      return FileResult(content: .actors(actors), diagnostics: decoder.diagnostics)
    case .action(let id):
      let (root, body, bodyPlaceholders, readable) = frontMatter(of: source, decoder: &decoder)
      let decoded = decoder.action(id: id, from: root, body: body)
      let carried = decoded.narratives[0].reading(
        placeholders: decoder.placeholders + bodyPlaceholders, isReadable: readable)
      let action = decoded.with(narratives: [carried])
      return FileResult(content: .action(action), diagnostics: decoder.diagnostics)
    case .narrative(let actionID):
      let (root, body, bodyPlaceholders, readable) = frontMatter(of: source, decoder: &decoder)
      let narrative = decoder.narrative(from: root, body: body).reading(
        placeholders: decoder.placeholders + bodyPlaceholders, isReadable: readable)
      return FileResult(
        content: .narrative(actionID: actionID, narrative), diagnostics: decoder.diagnostics)
    }
  }

  /// The front matter's root node, the scanned body, its prompts, and whether the front
  /// matter could be read.
  private func frontMatter(of source: SourceText, decoder: inout Decoder) -> (
    YAMLNode?, Body, [Text], Bool
  ) {
    let split = FrontMatter(splitting: source.text, file: relativePath)
    decoder.absorb(split.diagnostics)
    var root: YAMLNode?
    var readable = split.diagnostics.isEmpty
    if let yaml = split.yaml {
      let (node, problems) = YAMLReader(file: relativePath, firstLine: split.yamlFirstLine)
        .read(yaml)
      decoder.absorb(problems)
      root = node
      if node == nil, !problems.isEmpty { readable = false }
    }
    let (body, placeholders, excess) = BodyScanner.scan(
      split.body, file: relativePath, firstLine: split.bodyFirstLine)
    if let excess { decoder.absorb([excess]) }
    return (root, body, placeholders, readable)
  }
}
