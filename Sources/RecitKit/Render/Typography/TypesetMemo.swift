import Foundation
import RecitModel

/// The last typeset text of each project page (the index, the booklet), kept by a workspace
/// from build to build: typesetting reads every byte of a page that lists a thousand actions,
/// and after most edits that page renders the same as before.
final class TypesetMemo: @unchecked Sendable {
  // `@unchecked Sendable` is sound: `pages` is only touched under `lock`.
  private let lock = NSLock()
  private var pages: [String: (rendered: String, language: Language, typeset: String)] = [:]

  /// `rendered` typeset in `language` (``FrenchTypography/html(_:language:)``), reused when
  /// the page of that kind was the same last time.
  func typeset(_ kind: String, _ rendered: String, language: Language) -> String {
    if let known = lock.withLock({ pages[kind] }), known.language == language,
      known.rendered == rendered
    {
      return known.typeset
    }
    let typeset = FrenchTypography.html(rendered, language: language)
    lock.withLock { pages[kind] = (rendered, language, typeset) }
    return typeset
  }
}
