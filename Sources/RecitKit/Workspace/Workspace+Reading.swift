import Foundation
import RecitModel

extension Workspace {
  /// Re-plans the project (folder listings), reads the files asked (all when nil) and the new
  /// ones, decodes those whose text changed, and reassembles the project.
  @discardableResult
  func reload(paths: Set<String>?) async -> Set<String> {
    let edits = editsOnly(paths)
    if !edits {
      plan = ReadingPlan(locator: locator)
      planIndex = nil
    }
    let index = indexOfPlan()
    let jobs = plan.jobs
    let known = sources
    // An edit of known files reads those files only; anything else reads what was asked and
    // every file not read yet.
    let toRead =
      edits
      ? paths!.compactMap { index.position[$0] }.sorted().map { jobs[$0] }
      : jobs.filter { job in
        paths == nil || paths!.contains(job.relativePath) || known[job.relativePath] == nil
      }
    let read = (try? await ParallelMap.map(toRead) { job in Self.read(job, known: known) }) ?? []
    counters.filesRead += toRead.count
    var changed: Set<String> = []
    var previous: [String: FileResult] = [:]
    for (job, outcome) in zip(toRead, read) {
      let before = sources[job.relativePath]?.result ?? unreadable[job.relativePath]
      switch outcome {
      case .unchanged:
        continue
      case .decoded(let file):
        counters.filesDecoded += 1
        sources[job.relativePath] = file
        unreadable[job.relativePath] = nil
      case .unreadable(let result):
        sources[job.relativePath] = nil
        unreadable[job.relativePath] = result
      }
      changed.insert(job.relativePath)
      previous[job.relativePath] = before
    }
    if !edits {
      let planned = Set(jobs.map(\.relativePath))
      for path in Set(sources.keys).union(unreadable.keys) where !planned.contains(path) {
        sources[path] = nil
        unreadable[path] = nil
        changed.insert(path)
      }
    }
    if paths == nil || paths!.contains(where: { $0.hasPrefix(TemplateSet.projectFolder + "/") }) {
      reloadTemplates()
    }
    if edits, let (reassembled, actions) = reassemble(changed, previous: previous, index: index) {
      project = reassembled
      // The shared files did not change: only the edited actions' digests can have.
      for (id, action) in actions { inputDigests[id] = action.map(inputDigest(of:)) }
      return changed
    }
    let results = jobs.map(result(of:))
    project = ProjectLoader.assemble(locator: locator, plan: plan, results: results)
    // Once per reading, for the check and every build that follows.
    inputDigests = Dictionary(
      project.actions.map { ($0.id, inputDigest(of: $0)) }, uniquingKeysWith: { first, _ in first })
    return changed
  }

  /// Where each file is in the plan, and which files each action is read from.
  struct PlanIndex: Sendable {
    var position: [String: Int] = [:]
    var jobsOfAction: [String: [Int]] = [:]
  }

  /// The index of the current plan, made once per plan.
  private func indexOfPlan() -> PlanIndex {
    if let planIndex { return planIndex }
    var index = PlanIndex()
    for (position, job) in plan.jobs.enumerated() {
      if index.position[job.relativePath] == nil { index.position[job.relativePath] = position }
      switch job.kind {
      case .action(let id), .narrative(let id): index.jobsOfAction[id, default: []].append(position)
      case .settings, .actors: break
      }
    }
    planIndex = index
    return index
  }

  /// What a planned file gave, as last read.
  private func result(of job: FileJob) -> FileResult {
    sources[job.relativePath]?.result ?? unreadable[job.relativePath]!
  }

  /// The project after an edit of existing action and narrative files, made from the last one
  /// by assembling again only the actions those files belong to, with those actions by id (nil
  /// for one that no longer reads);
  /// nil when the full assembly is needed (a diagnostic of a file changed, or the files do not
  /// say what the plan expects), which gives the same project.
  private func reassemble(
    _ changed: Set<String>, previous: [String: FileResult], index: PlanIndex
  ) -> (Project, [String: Action?])? {
    var ids: Set<String> = []
    for path in changed {
      guard let position = index.position[path], let old = previous[path],
        old.diagnostics == result(of: plan.jobs[position]).diagnostics
      else { return nil }
      switch plan.jobs[position].kind {
      case .action(let id), .narrative(let id): ids.insert(id)
      case .settings, .actors: return nil
      }
    }
    var actions = project.actions
    var reassembled: [String: Action?] = [:]
    for id in ids {
      guard let positions = index.jobsOfAction[id] else { return nil }
      var action: Action?
      var actionFiles = 0
      var narratives: [Narrative] = []
      for position in positions {
        let job = plan.jobs[position]
        switch (job.kind, result(of: job).content) {
        case (.action, .action(let value)):
          guard value.id == id else { return nil }
          action = value
          actionFiles += 1
        case (.action, .unreadable):
          actionFiles += 1
        case (.narrative, .narrative(let actionID, let value)):
          guard actionID == id else { return nil }
          narratives.append(value)
        case (.narrative, .unreadable):
          break
        default:
          return nil
        }
      }
      guard actionFiles == 1 else { return nil }
      let assembled = action.map { action in
        narratives.isEmpty
          ? action
          : action.with(narratives: action.narratives + narratives.sorted { $0.file < $1.file })
      }
      reassembled[id] = assembled
      // `actions` is sorted by id (``ProjectLoader/assemble(locator:plan:results:)``).
      var low = 0
      var high = actions.count
      while low < high {
        let middle = (low + high) / 2
        if actions[middle].id < id { low = middle + 1 } else { high = middle }
      }
      let present = low < actions.count && actions[low].id == id
      switch (present, assembled) {
      case (true, let value?): actions[low] = value
      case (true, nil): actions.remove(at: low)
      case (false, let value?): actions.insert(value, at: low)
      case (false, nil): break
      }
    }
    let made = Project(
      root: project.root, hasSettingsFile: project.hasSettingsFile, settings: project.settings,
      actors: project.actors, actions: actions, files: project.files,
      diagnostics: project.diagnostics)
    return (made, reassembled)
  }

  /// Whether every path names an action or narrative file the plan already reads and that is
  /// still a regular file: an edit of existing files, which cannot change the folders' listing
  /// (a file created, deleted or renamed, or any other file, re-plans the project).
  private func editsOnly(_ paths: Set<String>?) -> Bool {
    guard let paths, !paths.isEmpty else { return false }
    let planned = indexOfPlan().position
    return paths.allSatisfy { path in
      guard let position = planned[path] else { return false }
      let job = plan.jobs[position]
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
