import Foundation
import PackagePlugin

/// Embeds the top-level `Templates/` and `Explanations/` folders into the target as Swift
/// source (`EmbeddedTemplates`, `EmbeddedExplanations`), so that an installed `recit` binary
/// carries its built-in templates and rule explanations and needs no resource bundle.
@main
struct EmbedTemplates: BuildToolPlugin {
  /// Folder at the package root → name of the generated enum.
  static let folders = [
    ("Templates", "EmbeddedTemplates"), ("Explanations", "EmbeddedExplanations"),
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let tool = try context.tool(named: "TemplateEmbedder").url
    return Self.folders.map { name, enumName in
      let folder = context.package.directoryURL.appending(path: name)
      let files = Self.files(under: folder)
      let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
      return .buildCommand(
        displayName: "Embedding \(files.count) files of \(name)/",
        executable: tool,
        arguments: [output.path, folder.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    }
  }

  /// Every visible regular file below `folder`, sorted.
  static func files(under folder: URL) -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var files: [URL] = []
    for case let url as URL in enumerator {
      let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
      if isFile { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }
}
