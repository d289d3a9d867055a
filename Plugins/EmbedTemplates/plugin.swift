import Foundation
import PackagePlugin

/// Embeds the top-level `Templates/` folder into the target as Swift source, so that an
/// installed `recit` binary carries its built-in templates and needs no resource bundle.
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Templates")
    let files = Self.files(under: folder)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) templates",
        executable: try context.tool(named: "TemplateEmbedder").url,
        arguments: [output.path, folder.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
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
