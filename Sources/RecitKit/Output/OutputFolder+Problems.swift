import RecitModel

extension OutputFolder {
  /// Why an output folder cannot be used; nothing was written.
  public struct Unusable: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
      case empty
      case filesystemRoot
      case project
      /// Inside `actions/` or `templates/`.
      case sources(String)
      /// The folder is a link shipped inside the project.
      case link
      /// A folder inside the output folder is a link.
      case linkInside(String)
    }

    public var reason: Reason
    public var path: String

    public init(_ reason: Reason, _ path: String) {
      self.reason = reason
      self.path = path
    }

    public var message: LocalizedText {
      switch reason {
      case .empty:
        LocalizedText(
          fr: "le dossier de sortie est vide : donnez-en un avec --out",
          en: "the output folder is empty: give one with --out")
      case .filesystemRoot:
        LocalizedText(
          fr: "recit n'écrit pas à la racine du système de fichiers : choisissez un dossier",
          en: "recit does not write at the root of the file system: choose a folder")
      case .project:
        LocalizedText(
          fr: "le dossier de sortie est le projet lui-même : choisissez un sous-dossier (build)",
          en: "the output folder is the project itself: choose a subfolder (build)")
      case .sources(let folder):
        LocalizedText(
          fr: "le dossier de sortie « \(path) » est dans \(folder)/, parmi vos fichiers sources",
          en: "the output folder “\(path)” is inside \(folder)/, among your source files")
      case .link:
        LocalizedText(
          fr:
            "le dossier de sortie « \(path) » est un lien symbolique du projet : recit ne le suit pas",
          en:
            "the output folder “\(path)” is a symbolic link in the project: recit does not follow it"
        )
      case .linkInside(let folder):
        LocalizedText(
          fr: "« \(folder) » est un lien symbolique : recit n'écrit pas à travers un lien",
          en: "“\(folder)” is a symbolic link: recit does not write through a link")
      }
    }
  }
}
