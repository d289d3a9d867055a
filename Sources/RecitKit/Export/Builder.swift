import Foundation
import RecitModel

/// The export formats of `recit build`.
public enum ExportFormat: String, Sendable, CaseIterable, Hashable {
  case html
  case docbook
  case markdown
  case json
  case svg
}

/// What a build wrote.
public struct BuildResult: Sendable {
  public var written: [String] = []
  public var unchanged: [String] = []

  public func summary(in language: Language) -> String {
    if written.isEmpty {
      return language == .fr
        ? "Rien n'a changé : \(unchanged.count) fichier(s) déjà à jour.\n"
        : "Nothing changed: \(unchanged.count) file(s) already up to date.\n"
    }
    let list = written.map { "  \($0)\n" }.joined()
    return language == .fr
      ? "\(written.count) fichier(s) écrit(s), \(unchanged.count) inchangé(s) :\n\(list)"
      : "\(written.count) file(s) written, \(unchanged.count) unchanged:\n\(list)"
  }
}

/// Renders every asked format for every action and writes the files that changed.
///
/// Rendering is a pure function of the project; each action renders independently.
public struct Builder: Sendable {
  public var project: Project
  public var outputFolder: String
  public var formats: Set<ExportFormat>

  public init(project: Project, outputFolder: String, formats: Set<ExportFormat>) {
    self.project = project
    self.outputFolder = outputFolder
    self.formats = formats
  }

  /// Every output file: path relative to the output folder → content.
  public func render() throws -> [(path: String, content: String)] {
    var files: [(String, String)] = []
    if formats.contains(.json) {
      let export = JSONExport(project: project)
      files += project.actions.map { ("json/\($0.id).json", export.document(for: $0).rendered()) }
    }
    return files.sorted { $0.0 < $1.0 }
  }

  public func build() throws -> BuildResult {
    let writer = OutputWriter()
    var result = BuildResult()
    for file in try render() {
      switch try writer.write(file.content, to: outputFolder + "/" + file.path) {
      case .written: result.written.append(file.path)
      case .unchanged: result.unchanged.append(file.path)
      }
    }
    return result
  }
}
