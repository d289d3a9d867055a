import Foundation
import RecitModel

/// Ids of the parts of an action in exports: valid XML ids (`xml:id` must not start with a
/// digit) and HTML fragment names, unique across a whole book.
enum Anchors {
  static func action(_ id: String) -> String { "action-" + Slug.make(id) }

  static func narrative(_ narrative: Narrative, of action: Action) -> String {
    "recit-" + Slug.make(action.id) + "-" + Slug.make(baseName(of: narrative))
  }

  static func step(_ label: String, of action: Action) -> String {
    Self.action(action.id) + "-etape-" + Slug.make(label)
  }

  static func actor(_ id: String) -> String { "acteur-" + id }

  /// The narrative file's name without folder and extension (`amap`, `action`).
  static func baseName(of narrative: Narrative) -> String {
    ((narrative.file as NSString).lastPathComponent as NSString).deletingPathExtension
  }
}
