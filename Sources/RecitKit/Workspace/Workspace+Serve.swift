import Foundation
import RecitModel

// What `recit serve` needs from the workspace beyond a build: where a diagnostic's place is
// shown in the HTML output, and the project's names for the files it reads.
extension Workspace {
  /// The HTML page (relative to the `html/` folder, percent-encoded) and fragment where the
  /// source place `location` is shown: the narrative's section of its action's page, or the
  /// action's page; nil when no published page holds that file (the settings, a file that
  /// could not be decoded).
  public func htmlPlace(of location: SourceLocation) -> String? {
    for action in project.actions {
      let page = URLPath.segment(action.id) + ".html"
      if let narrative = action.narratives.first(where: { $0.file == location.file }) {
        return page + "#" + Anchors.narrative(narrative, of: action)
      }
      if action.file == location.file { return page }
    }
    return nil
  }

  /// The files and folders, relative to the project root, that the workspace reads: what a
  /// watcher must follow (the settings, the shared actors, the actions and the templates).
  public nonisolated var watchedNames: (files: [String], folders: [String]) {
    (
      [ProjectLocator.settingsFile, ProjectLocator.actorsFile],
      [ProjectLocator.actionsFolder, TemplateSet.projectFolder]
    )
  }
}
