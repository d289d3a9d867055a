import Foundation
import RecitModel

/// Creates new action and narrative files from the scaffold templates (`recit new`).
///
/// Never overwrites a file: names are made unique, and turning a single-file action into a
/// folder moves the file as it is, byte for byte.
public struct Scaffolder: Sendable {
  /// The scaffolds that create an action (`recit new action --template NAME`).
  public static let actionScaffolds = [
    "action", "cooperation", "territoire", "note-intention", "note-cadrage", "note-faisabilite",
    "retour-experience",
  ]
  /// The scaffold of another narrative, by its stance (`recit new recit --posture`).
  public static func narrativeScaffold(for stance: Stance) -> String {
    stance == .contradictory ? "recit-contradictoire" : "recit-alternatif"
  }

  public let project: Project
  public let engine: TemplateEngine
  public var today: String = ProjectSkeleton.today

  public init(project: Project, engine: TemplateEngine) {
    self.project = project
    self.engine = engine
  }

  /// The project's shared actors (`acteurs.yml`) that fit the roles of a scaffold, by the
  /// category its question asks for: the commune's elected officials as the sender of an
  /// action, its departments as the subject, its residents as the receivers. A role that
  /// cannot be told from a category (helpers, opponents, an idea as sender) gets none.
  public func suggestions(for scaffold: String) -> ScaffoldAnswers {
    let fit: (sender: ActorCategory?, subject: ActorCategory?, receivers: ActorCategory?) =
      switch scaffold {
      case "action", "note-intention", "note-cadrage", "note-faisabilite":
        (.elected, .staff, .resident)
      case "territoire": (nil, .elected, .resident)
      case "cooperation": (nil, .staff, .resident)
      default: (nil, nil, nil)
      }
    func actors(_ category: ActorCategory?) -> [String] {
      guard let category else { return [] }
      return project.actors.filter { $0.category == category }.map(\.id)
    }
    var answers = ScaffoldAnswers()
    answers.senders = actors(fit.sender).first.map { [$0] }
    answers.subjects = actors(fit.subject).first.map { [$0] }
    let receivers = actors(fit.receivers)
    answers.receivers = receivers.isEmpty ? nil : receivers
    return answers
  }

  /// Why an action cannot be created under an id, or nil when it can.
  public func problem(withID id: String) -> LocalizedText? {
    guard Slug.isIdentifier(id), id.count <= 80 else {
      let example = Slug.actionID(fromTitle: id)
      return LocalizedText(
        fr:
          "l'identifiant « \(id) » ne convient pas : minuscules sans accents, chiffres et tirets, 80 caractères au plus (par exemple « \(example) »)",
        en:
          "the id “\(id)” will not do: lower case letters without accents, digits and hyphens, at most 80 characters (for example “\(example)”)"
      )
    }
    if let taken = takenName(id) {
      return LocalizedText(
        fr:
          "l'identifiant « \(id) » est déjà pris par \(ProjectLocator.actionsFolder)/\(taken) : choisissez-en un autre",
        en:
          "the id “\(id)” is already taken by \(ProjectLocator.actionsFolder)/\(taken): choose another one"
      )
    }
    return nil
  }

  /// The entry of `actions/` that an action named `id` would collide with.
  private func takenName(_ id: String) -> String? {
    let folder = project.root + "/" + ProjectLocator.actionsFolder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let keys = [ReadingPlan.collisionKey(id), ReadingPlan.collisionKey(id + ".md")]
    return names.sorted().first { keys.contains(ReadingPlan.collisionKey($0)) }
  }

  /// Writes `actions/<id>/action.md` for a new action; returns its path relative to the root.
  /// Without an `id`, one is made from the title (`Slug.actionID`), made unique with `-2`,
  /// `-3`…; a given `id` must be free (`problem(withID:)`). Roles the answers leave `nil` get
  /// the project's actors that fit them (`suggestions(for:)`).
  public func newAction(
    title: String, id: String? = nil, scaffold: String = "action",
    answers: ScaffoldAnswers = ScaffoldAnswers()
  ) throws -> String {
    let language = project.language
    let slug: String
    if let id {
      if let problem = problem(withID: id) { throw ScaffoldError(message: problem) }
      slug = id
    } else {
      slug = Self.freshID(for: title) { takenName($0) != nil }
    }
    var answers = answers
    let suggested = suggestions(for: scaffold)
    answers.senders = answers.senders ?? suggested.senders
    answers.subjects = answers.subjects ?? suggested.subjects
    answers.receivers = answers.receivers ?? suggested.receivers
    var context: [(String, JSONValue)] = [
      ("titre", .string(title)), ("titre_yaml", .string(YAMLQuoting.quote(title))),
      ("date", .string(answers.date ?? today)), ("id", .string(slug)),
      ("langue", .string(language.rawValue)),
    ]
    if let territory = project.settings.territory?.value {
      context += [
        ("territoire", .string(territory)),
        ("territoire_yaml", .string(YAMLQuoting.quote(territory))),
      ]
    }
    context += sharedActorsContext(language: language)
    context += answers.context(language: language)
    let content = try engine.render(
      "scaffolds/\(scaffold).\(language.rawValue)", context: .object(context))
    let relative = ProjectLocator.actionsFolder + "/" + slug + "/" + ProjectLocator.mainFile
    try OutputWriter().create(content, at: project.root + "/" + relative)
    return relative
  }

  /// `acteurs_communs`: the actors of `acteurs.yml`, listed in a comment of the scaffold so
  /// that the user picks among them rather than declaring them again.
  private func sharedActorsContext(language: Language) -> [(String, JSONValue)] {
    let actors = project.actors.filter { Slug.isIdentifier($0.id) }
    return [
      ("a_des_acteurs_communs", .bool(!actors.isEmpty)),
      (
        "acteurs_communs",
        .array(
          actors.map { actor in
            .object([
              ("id", .string(actor.id)),
              ("nom", .optional(actor.name.map { ScaffoldAnswers.oneLine($0.value) })),
              (
                "categorie",
                .optional(language == .fr ? actor.category?.rawValue : actor.category?.englishAlias)
              ),
            ])
          })
      ),
    ]
  }

  /// The folder of an action's files, relative to the root; a single-file action
  /// (`actions/ID.md`) becomes a folder first (`actions/ID/action.md`, moved by a rename).
  public static func folder(of action: Action, in root: String) throws -> String {
    if (action.file as NSString).lastPathComponent == ProjectLocator.mainFile {
      return (action.file as NSString).deletingLastPathComponent
    }
    let folder = ProjectLocator.actionsFolder + "/" + action.id
    try FileManager.default.createDirectory(
      atPath: root + "/" + folder, withIntermediateDirectories: false)
    try FileManager.default.moveItem(
      atPath: root + "/" + action.file, toPath: root + "/" + folder + "/" + ProjectLocator.mainFile)
    return folder
  }

  /// The project's shared actors file, relative to the root.
  public static let actorsFile = ProjectLocator.actorsFile

  /// Adds a narrative file to an action, told by `narrator`; a single-file action becomes a
  /// folder first. Returns the new file's path relative to the root.
  public func newNarrative(of action: Action, narrator: String, stance: Stance) throws -> String {
    let language = project.language
    let folder = try Self.folder(of: action, in: project.root)
    let name = Self.unique(narrator) { candidate in
      candidate == "action"
        || FileManager.default.fileExists(atPath: project.root + "/\(folder)/\(candidate).md")
    }
    let actor = project.actors(of: action)[narrator]
    // Values printed on one line of the front matter (comments included) stay on one line.
    let title = action.title?.value.split(whereSeparator: \.isNewline).joined(separator: " ")
    let context: JSONValue = .object([
      ("narrateur", .string(narrator)),
      (
        "narrateur_nom",
        .optional(actor?.name?.value.split(whereSeparator: \.isNewline).joined(separator: " "))
      ),
      ("posture", .string(language == .fr ? stance.rawValue : stance.englishAlias)),
      ("action_titre", .optional(title)),
      ("action_titre_yaml", .optional(title.map(YAMLQuoting.quote))),
      ("date", .string(today)),
      ("langue", .string(language.rawValue)),
    ])
    let content = try engine.render(
      "scaffolds/\(Self.narrativeScaffold(for: stance)).\(language.rawValue)", context: context)
    let relative = folder + "/" + name + ".md"
    try OutputWriter().create(content, at: project.root + "/" + relative)
    return relative
  }

  /// The id made from `title`, else the same with `-2`, `-3`… the first that is not taken;
  /// the title's words are cut shorter to leave room for the number, so that the id stays
  /// within `Slug.actionIDLimit`.
  static func freshID(for title: String, taken: (String) -> Bool) -> String {
    let base = Slug.actionID(fromTitle: title)
    if !taken(base) { return base }
    var number = 2
    while true {
      let suffix = "-\(number)"
      let candidate =
        Slug.actionID(fromTitle: title, limit: Slug.actionIDLimit - suffix.count) + suffix
      if !taken(candidate) { return candidate }
      number += 1
    }
  }

  /// `base`, else `base-2`, `base-3`… the first that is not taken.
  static func unique(_ base: String, taken: (String) -> Bool) -> String {
    if !taken(base) { return base }
    var number = 2
    while taken("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }
}

/// Why `recit new` could not create a file; nothing was written.
public struct ScaffoldError: Error, Sendable {
  public let message: LocalizedText
}
