import RecitModel

/// What a build wrote into its output folder.
public struct BuildResult: Sendable, Equatable {
  public var written: [String] = []
  public var unchanged: [String] = []
  /// Outputs of an earlier build that this one no longer makes (a deleted action, a renamed
  /// narrative), removed.
  public var deleted: [String] = []

  public func summary(in language: Language) -> String {
    let deletedList = deleted.map { "  - \($0)\n" }.joined()
    if written.isEmpty {
      let head =
        LocalizedText(
          fr: "Rien n'a changé : \(unchanged.count) fichier(s) déjà à jour",
          en: "Nothing changed: \(unchanged.count) file(s) already up to date"
        ).text(in: language)
      if deleted.isEmpty { return head + ".\n" }
      return head
        + (LocalizedText(
          fr: " ; \(deleted.count) fichier(s) périmé(s) supprimé(s) :\n",
          en: "; \(deleted.count) stale file(s) removed:\n"
        ).text(in: language)) + deletedList
    }
    let list = written.map { "  \($0)\n" }.joined()
    let removed =
      deleted.isEmpty
      ? ""
      : (LocalizedText(
        fr: "\(deleted.count) fichier(s) périmé(s) supprimé(s) :\n",
        en: "\(deleted.count) stale file(s) removed:\n"
      ).text(in: language)) + deletedList
    return
      (LocalizedText(
        fr: "\(written.count) fichier(s) écrit(s), \(unchanged.count) inchangé(s) :\n\(list)",
        en: "\(written.count) file(s) written, \(unchanged.count) unchanged:\n\(list)"
      ).text(in: language)) + removed
  }
}
