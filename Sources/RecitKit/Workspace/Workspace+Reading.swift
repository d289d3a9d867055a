import Foundation
import RecitModel

extension Workspace {
  /// Re-plans the project (folder listings), reads the files asked (all when nil) and the new
  /// ones, decodes those whose text changed, and reassembles the project.
  @discardableResult
  func reload(paths: Set<String>?) async -> Set<String> {
    if !editsOnly(paths) { plan = ReadingPlan(locator: locator) }
    let jobs = plan.jobs
    let known = sources
    let toRead = jobs.filter { job in
      paths == nil || paths!.contains(job.relativePath) || known[job.relativePath] == nil
    }
    let read = (try? await ParallelMap.map(toRead) { job in Self.read(job, known: known) }) ?? []
    counters.filesRead += toRead.count
    var changed: Set<String> = []
    for (job, outcome) in zip(toRead, read) {
      switch outcome {
      case .unchanged:
        break
      case .decoded(let file):
        counters.filesDecoded += 1
        sources[job.relativePath] = file
        unreadable[job.relativePath] = nil
        changed.insert(job.relativePath)
      case .unreadable(let result):
        sources[job.relativePath] = nil
        unreadable[job.relativePath] = result
        changed.insert(job.relativePath)
      }
    }
    let planned = Set(jobs.map(\.relativePath))
    for path in Set(sources.keys).union(unreadable.keys) where !planned.contains(path) {
      sources[path] = nil
      unreadable[path] = nil
      changed.insert(path)
    }
    if paths == nil || paths!.contains(where: { $0.hasPrefix(TemplateSet.projectFolder + "/") }) {
      reloadTemplates()
    }
    let results = jobs.map { sources[$0.relativePath]?.result ?? unreadable[$0.relativePath]! }
    project = ProjectLoader.assemble(locator: locator, plan: plan, results: results)
    // Once per reading, for the check and every build that follows.
    inputDigests = Dictionary(
      project.actions.map { ($0.id, inputDigest(of: $0)) }, uniquingKeysWith: { first, _ in first })
    return changed
  }

  /// Whether every path names an action or narrative file the plan already reads and that is
  /// still a regular file: an edit of existing files, which cannot change the folders' listing
  /// (a file created, deleted or renamed, or any other file, re-plans the project).
  private func editsOnly(_ paths: Set<String>?) -> Bool {
    guard let paths, !paths.isEmpty else { return false }
    let planned = Dictionary(
      plan.jobs.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
    return paths.allSatisfy { path in
      guard let job = planned[path] else { return false }
      switch job.kind {
      case .action, .narrative: break
      case .settings, .actors: return false
      }
      var status = stat()
      return lstat(job.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
  }

  private enum ReadOutcome: Sendable {
    case unchanged
    case decoded(SourceFile)
    case unreadable(FileResult)
  }

  /// Reads one file; decodes it only when its text differs from the one already known.
  private static func read(_ job: FileJob, known: [String: SourceFile]) -> ReadOutcome {
    switch job.read() {
    case .failure(let diagnostic):
      return .unreadable(FileResult(content: .unreadable, diagnostics: [diagnostic]))
    case .success(let source):
      let digest = ContentDigest(source.text)
      if let old = known[job.relativePath], old.digest == digest, old.text == source.text {
        return .unchanged
      }
      return .decoded(SourceFile(text: source.text, digest: digest, result: job.decode(source)))
    }
  }

  /// Reads the project's templates again; forgets the engine and renderings if they changed.
  func reloadTemplates() {
    let fresh = TemplateSet(projectRoot: locator.root)
    let digest = Self.digest(of: fresh)
    guard digest != templatesDigest else { return }
    templates = fresh
    templatesDigest = digest
    engine = nil
  }

  static func digest(of templates: TemplateSet) -> ContentDigest {
    ContentDigest(
      combining: templates.all.flatMap { [ContentDigest($0.path), ContentDigest($0.content)] })
  }

  /// The digest of every file an action is read from, and of the shared files (settings and
  /// shared actors) every action depends on.
  func inputDigest(of action: Action) -> ContentDigest {
    let shared = [ProjectLocator.settingsFile, ProjectLocator.actorsFile].map {
      sources[$0]?.digest ?? ContentDigest([])
    }
    let own = ([action.file] + action.narratives.map(\.file).filter { $0 != action.file })
      .flatMap { [ContentDigest($0), sources[$0]?.digest ?? ContentDigest([])] }
    return ContentDigest(combining: shared + own)
  }
}
