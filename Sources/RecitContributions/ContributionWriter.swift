import Foundation
import RecitKit
import RecitModel

/// Turns an accepted contribution into a narrative file of its action, through the same
/// atomic writers as `recit new recit`: a single-file action becomes a folder, a new actor is
/// added to `acteurs.yml`, and the project is checked again; when the new file does not pass
/// `recit check --strict`, everything written is taken back and the problems are said.
public struct ContributionWriter: Sendable {
  public let root: String

  public init(root: String) {
    self.root = root
  }

  public enum Failure: Error, Sendable {
    case unreadable(LocalizedText)
    case actionMissing(String)
    /// The action's main file changed since the form was served: the difference, unified.
    case changed(diff: String)
    case doesNotCheck([String])
    case cannotWrite(String)

    public var message: LocalizedText {
      switch self {
      case .unreadable(let reason): reason
      case .actionMissing(let id):
        .verbatim(
          fr: "l'action « \(id) » n'est plus dans le projet",
          en: "action “\(id)” is no longer in the project")
      case .changed(let diff):
        .verbatim(
          fr:
            "l'action a changé depuis l'envoi de cette contribution ; relisez la différence et confirmez (--malgre-changements) :\n\(diff)",
          en:
            "the action changed since this contribution was sent; read the difference and confirm (--despite-changes):\n\(diff)"
        )
      case .doesNotCheck(let problems):
        .verbatim(
          fr:
            "le récit écrit ne passerait pas « recit check --strict » ; rien n'a été gardé :\n"
            + problems.joined(separator: "\n"),
          en: "the narrative would not pass “recit check --strict”; nothing was kept:\n"
            + problems.joined(separator: "\n"))
      case .cannotWrite(let reason):
        .verbatim(fr: "écriture impossible : \(reason)", en: "cannot write: \(reason)")
      }
    }
  }

  public struct Outcome: Sendable, Equatable {
    /// The narrative file, relative to the root.
    public var file: String
    /// The actor added to `acteurs.yml`, when the narrator was new.
    public var addedActor: String?
  }

  // MARK: The action as the contributor saw it

  func load() throws(Failure) -> Project {
    switch ProjectLoader().load(path: root) {
    case .success(let project): return project
    case .failure(let error): throw .unreadable(error.message)
    }
  }

  /// The action's main file: its digest and text, kept with a submission.
  public func source(ofAction id: String) throws(Failure) -> (digest: String, text: String) {
    let project = try load()
    guard let action = project.actions.first(where: { $0.id == id }) else {
      throw .actionMissing(id)
    }
    let text = (try? String(contentsOfFile: root + "/" + action.file, encoding: .utf8)) ?? ""
    return (Secrets.digest(text), text)
  }

  /// The unified difference between the action as the contributor saw it and as it is now;
  /// nil when it did not change.
  public func change(since contribution: Contribution) throws(Failure) -> String? {
    let now = try source(ofAction: contribution.actionID)
    guard now.digest != contribution.actionDigest else { return nil }
    return Self.unifiedDiff(contribution.actionSource, now.text, name: "action")
  }

  // MARK: Accepting

  public func accept(_ contribution: Contribution, despiteChanges: Bool = false) throws(Failure)
    -> Outcome
  {
    let project = try load()
    guard let action = project.actions.first(where: { $0.id == contribution.actionID }) else {
      throw .actionMissing(contribution.actionID)
    }
    if !despiteChanges, let diff = try change(since: contribution) {
      throw .changed(diff: diff)
    }
    let draft = contribution.draft
    let language = project.language
    var narratorID: String
    var addedActor: String? = nil
    var actorsBefore: String?? = nil
    let actorsPath = root + "/" + Scaffolder.actorsFile
    let known = Set(project.actors.map(\.id)).union(project.actors(of: action).keys)
    switch draft.narrator {
    case .existing(let id):
      narratorID = id
    case .new(let name, let category):
      let shown = draft.showsName ? name : Self.anonymousName(category, language)
      var base = draft.showsName ? Slug.make(name) : "contribution-\(category.rawValue)"
      if !Slug.isIdentifier(base) { base = "contribution" }
      narratorID = base
      var number = 2
      while known.contains(narratorID) {
        narratorID = "\(base)-\(number)"
        number += 1
      }
      let existing = try? String(contentsOfFile: actorsPath, encoding: .utf8)
      actorsBefore = .some(existing)
      var text = existing ?? ""
      if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
      let description =
        draft.showsName
        ? (language == .fr
          ? "A raconté l'action « \(action.title?.value ?? action.id) » par le formulaire de contribution."
          : "Told the action “\(action.title?.value ?? action.id)” through the contribution form.")
        : (language == .fr
          ? "Nom non publié, à la demande de la personne qui a contribué."
          : "Name not published, as the contributor asked.")
      text += """

        # \(language == .fr ? "Ajouté en acceptant la contribution" : "Added when accepting contribution") \(contribution.id)
        \(narratorID):
          nom: \(YAMLQuoting.quote(shown))
          categorie: \(category.rawValue)
          description: \(YAMLQuoting.quote(description))

        """
      do {
        try OutputWriter().write(text, to: actorsPath)
      } catch {
        throw .cannotWrite("\(Scaffolder.actorsFile): \(error.localizedDescription)")
      }
      addedActor = narratorID
    }

    let wasSingleFile = !action.file.hasSuffix("/action.md")
    let folder: String
    do {
      folder = try Scaffolder.folder(of: action, in: root)
    } catch {
      restore(actorsPath, actorsBefore)
      throw .cannotWrite(error.localizedDescription)
    }
    var name = narratorID
    var number = 2
    while name == "action" || FileManager.default.fileExists(atPath: "\(root)/\(folder)/\(name).md")
    {
      name = "\(narratorID)-\(number)"
      number += 1
    }
    let relative = "\(folder)/\(name).md"
    let content = Self.narrativeFile(
      contribution, narrator: narratorID, shownName: Self.shownName(draft, language),
      language: language)
    do {
      try OutputWriter().create(content, at: root + "/" + relative)
    } catch {
      rollBack(action: action, folder: folder, wasSingleFile: wasSingleFile, file: nil)
      restore(actorsPath, actorsBefore)
      throw .cannotWrite(error.localizedDescription)
    }

    // The project as it is now: the new file must pass `recit check --strict`.
    let problems = newProblems(in: [relative, Scaffolder.actorsFile], addedActor: addedActor)
    if !problems.isEmpty {
      rollBack(action: action, folder: folder, wasSingleFile: wasSingleFile, file: relative)
      restore(actorsPath, actorsBefore)
      throw .doesNotCheck(problems)
    }
    return Outcome(file: relative, addedActor: addedActor)
  }

  /// Takes back the file of an acceptance whose decision could not be recorded (another
  /// process decided first): the narrative file goes; the folder and any actor added stay,
  /// and pass the check on their own.
  public func takeBack(_ outcome: Outcome) {
    try? FileManager.default.removeItem(atPath: root + "/" + outcome.file)
  }

  /// The errors and warnings the check finds in these files (and, for a new actor, about it).
  func newProblems(in files: [String], addedActor: String?) -> [String] {
    guard case .success(let project) = ProjectLoader().load(path: root) else {
      return ["le projet ne se lit plus / the project no longer reads"]
    }
    let diagnostics = Checker().check(project).filter { diagnostic in
      guard diagnostic.severity == .error || diagnostic.severity == .warning else { return false }
      let file = diagnostic.location.file
      return files.contains { file == $0 || file.hasSuffix("/" + $0) }
        && (addedActor != nil || !file.hasSuffix(Scaffolder.actorsFile))
    }
    return diagnostics.map {
      "\($0.location.file):\($0.location.line):\($0.location.column): \($0.message.text(in: project.language))"
    }
  }

  private func restore(_ path: String, _ before: String??) {
    guard let before else { return }
    if let text = before {
      _ = try? OutputWriter().write(text, to: path)
    } else {
      try? FileManager.default.removeItem(atPath: path)
    }
  }

  private func rollBack(action: Action, folder: String, wasSingleFile: Bool, file: String?) {
    if let file { try? FileManager.default.removeItem(atPath: root + "/" + file) }
    guard wasSingleFile else { return }
    let main = root + "/" + folder + "/action.md"
    if (try? FileManager.default.moveItem(atPath: main, toPath: root + "/" + action.file)) != nil {
      try? FileManager.default.removeItem(atPath: root + "/" + folder)
    }
  }

  // MARK: The file

  static func anonymousName(_ category: ActorCategory, _ language: Language) -> String {
    switch (category, language) {
    case (.elected, .fr): "Un élu ou une élue"
    case (.staff, .fr): "Un agent ou une agente"
    case (.state, .fr): "Un service de l'État"
    case (.socioEconomic, .fr): "Un acteur socio-économique"
    case (.resident, .fr): "Un habitant ou une habitante"
    case (.other, .fr): "Une personne ayant contribué"
    case (.elected, _): "An elected official"
    case (.staff, _): "A member of staff"
    case (.state, _): "A State service"
    case (.socioEconomic, _): "A socio-economic actor"
    case (.resident, _): "A resident"
    case (.other, _): "A contributor"
    }
  }

  static func shownName(_ draft: ContributionDraft, _ language: Language) -> String? {
    if case .new(let name, let category) = draft.narrator {
      return draft.showsName ? name : anonymousName(category, language)
    }
    return nil
  }

  /// The narrative file: its front matter (every value quoted) and the text as written.
  static func narrativeFile(
    _ contribution: Contribution, narrator: String, shownName: String?, language: Language
  ) -> String {
    let draft = contribution.draft
    let date = Date(timeIntervalSince1970: TimeInterval(contribution.created))
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    let title =
      draft.title
      ?? (language == .fr
        ? "Le récit de \(shownName ?? narrator)" : "The narrative of \(shownName ?? narrator)")
    var lines = [
      "---",
      "# \(language == .fr ? "Contribution acceptée" : "Accepted contribution") \(contribution.id)",
      "narrateur: \(narrator)",
      "posture: \(draft.stance.rawValue)",
      "titre: \(YAMLQuoting.quote(title))",
      "date: \(formatter.string(from: date))",
    ]
    let roles = ContributionRoles.actorRoles.filter { !(draft.roles[$0] ?? []).isEmpty }
    if !roles.isEmpty || draft.object != nil {
      lines.append("schema:")
      for role in ["destinateur", "sujet"] where roles.contains(role) {
        lines.append("  \(role): [\(draft.roles[role]!.joined(separator: ", "))]")
      }
      if let object = draft.object { lines.append("  objet: \(YAMLQuoting.quote(object))") }
      for role in ["destinataires", "adjuvants", "opposants"] where roles.contains(role) {
        lines.append("  \(role): [\(draft.roles[role]!.joined(separator: ", "))]")
      }
    }
    if !draft.disagreements.isEmpty {
      lines.append("desaccords:")
      for disagreement in draft.disagreements {
        if let role = disagreement.role {
          lines.append("  - sur: \(role)")
          lines.append("    texte: \(YAMLQuoting.quote(disagreement.text))")
        } else {
          lines.append("  - sur: \(YAMLQuoting.quote(disagreement.text))")
        }
      }
    }
    lines.append("---")
    lines.append("")
    lines.append(ContributionForm.clean(draft.text))
    return lines.joined(separator: "\n") + "\n"
  }

  /// `diff -u` of two texts (Debian's diffutils), labelled `name`.
  static func unifiedDiff(_ old: String, _ new: String, name: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "recit-diff-" + Secrets.token(bytes: 6))
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let a = folder.appendingPathComponent("a")
    let b = folder.appendingPathComponent("b")
    try? old.write(to: a, atomically: true, encoding: .utf8)
    try? new.write(to: b, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
    process.arguments = [
      "-u", "--label", "\(name) (envoi / when sent)", "--label", "\(name) (maintenant / now)",
      a.path, b.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return "(diff indisponible / unavailable)" }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
