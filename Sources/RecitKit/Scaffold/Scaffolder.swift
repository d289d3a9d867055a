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
  public static let narrativeScaffold = "recit-contradictoire"

  public let project: Project
  public let engine: TemplateEngine
  public var today: String = ProjectSkeleton.today

  public init(project: Project, engine: TemplateEngine) {
    self.project = project
    self.engine = engine
  }

  /// Writes `actions/<slug>/action.md` for a new action; returns its path relative to the root.
  public func newAction(
    title: String, scaffold: String = "action", answers: ScaffoldAnswers = ScaffoldAnswers()
  ) throws -> String {
    let language = project.language
    let actions = project.root + "/" + ProjectLocator.actionsFolder
    let slug = Self.unique(Slug.make(title)) { candidate in
      FileManager.default.fileExists(atPath: actions + "/" + candidate)
        || FileManager.default.fileExists(atPath: actions + "/" + candidate + ".md")
    }
    var context: [(String, JSONValue)] = [
      ("titre", .string(title)), ("titre_yaml", .string(YAMLQuoting.quote(title))),
      ("date", .string(today)), ("id", .string(slug)), ("langue", .string(language.rawValue)),
    ]
    if let territory = project.settings.territory?.value {
      context += [
        ("territoire", .string(territory)),
        ("territoire_yaml", .string(YAMLQuoting.quote(territory))),
      ]
    }
    context += answers.context(language: language)
    let content = try engine.render(
      "scaffolds/\(scaffold).\(language.rawValue)", context: .object(context))
    let relative = ProjectLocator.actionsFolder + "/" + slug + "/" + ProjectLocator.mainFile
    try OutputWriter().create(content, at: project.root + "/" + relative)
    return relative
  }

  /// Adds a narrative file to an action, told by `narrator`; a single-file action becomes a
  /// folder first. Returns the new file's path relative to the root.
  public func newNarrative(of action: Action, narrator: String, stance: Stance) throws -> String {
    let language = project.language
    var folder = (action.file as NSString).deletingLastPathComponent
    if (action.file as NSString).lastPathComponent != ProjectLocator.mainFile {
      folder = ProjectLocator.actionsFolder + "/" + action.id
      let destination = project.root + "/" + folder + "/" + ProjectLocator.mainFile
      try FileManager.default.createDirectory(
        atPath: project.root + "/" + folder, withIntermediateDirectories: false)
      try FileManager.default.moveItem(
        atPath: project.root + "/" + action.file, toPath: destination)
    }
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
      "scaffolds/\(Self.narrativeScaffold).\(language.rawValue)", context: context)
    let relative = folder + "/" + name + ".md"
    try OutputWriter().create(content, at: project.root + "/" + relative)
    return relative
  }

  /// `base`, else `base-2`, `base-3`… the first that is not taken.
  static func unique(_ base: String, taken: (String) -> Bool) -> String {
    if !taken(base) { return base }
    var number = 2
    while taken("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }
}
