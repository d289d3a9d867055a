import Foundation
import RecitModel

/// What a build is asked to make, and the policy that decides whether it may.
public struct BuildRequest: Sendable, Hashable {
  public var formats: Set<ExportFormat>
  /// The layout set (`--template NAME`).
  public var layout: String
  /// Validate the DocBook against the RELAX NG schema (`--no-validate` turns it off).
  public var validate: Bool
  /// Refuse to build on warnings too, not only on errors (`--strict`).
  public var strict: Bool
  /// Publish the actions and narratives marked `brouillon: true` too (`--brouillons`).
  public var includeDrafts: Bool

  public init(
    formats: Set<ExportFormat> = [.html, .docbook], layout: String = Builder.defaultLayout,
    validate: Bool = true, strict: Bool = false, includeDrafts: Bool = false
  ) {
    self.includeDrafts = includeDrafts
    self.formats = formats
    self.layout = layout
    self.validate = validate
    self.strict = strict
  }

  /// Whether diagnostics stop the build: any error, or any warning when strict.
  public func refuses(_ diagnostics: [Diagnostic]) -> Bool {
    FailurePolicy(strict: strict).fails(diagnostics)
  }
}

/// When diagnostics make a command fail (`recit check` exits 1, `recit build` writes nothing):
/// any error, and any warning too with `--strict`. Notes never do.
public struct FailurePolicy: Sendable, Hashable {
  public var strict: Bool

  public init(strict: Bool = false) {
    self.strict = strict
  }

  public func fails(_ diagnostics: [Diagnostic]) -> Bool {
    diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
  }
}

/// A build's answer: the project's diagnostics and what came of them.
public struct BuildReport: Sendable {
  public enum Outcome: Sendable {
    /// Every output, per action and for the project.
    case built(BuildOutput)
    /// The check found errors (or warnings, with `strict`): nothing was rendered.
    case refusedByCheck
    /// The project's templates could not be parsed.
    case invalidTemplates(TemplateError)
    /// No layout set of that name.
    case unknownLayout(String)
    /// A layout produced an output that is not valid (DocBook refused by the schema).
    case invalidOutput(BuildError)
  }

  /// The check's diagnostics (every severity), and the template folder's problems.
  public var diagnostics: [Diagnostic]
  public var outcome: Outcome
}

/// Every output of a build, by action, for a caller to write (`OutputFolder`) or serve.
public struct BuildOutput: Sendable {
  public struct ActionOutput: Sendable {
    public var id: String
    public var files: [OutputFile]
  }

  public var formats: Set<ExportFormat>
  public var actions: [ActionOutput]
  /// The project's own files (index, stylesheet, book).
  public var projectFiles: [OutputFile]

  /// Every file, sorted by path.
  public var files: [OutputFile] {
    (actions.flatMap(\.files) + projectFiles).sorted { $0.path < $1.path }
  }

  /// The top-level folders these formats write (where stale outputs may be removed).
  public var folders: Set<String> { ExportFormat.folders(of: formats) }
}
