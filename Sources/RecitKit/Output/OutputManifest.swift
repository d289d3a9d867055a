import Foundation

/// The list of files `recit` itself wrote into an output folder, kept in the folder as
/// `.recit-manifest.json`. Only files listed there are ever deleted by a later build: a file
/// the user put beside the outputs is never touched.
struct OutputManifest: Codable, Sendable, Equatable {
  static let fileName = ".recit-manifest.json"

  var version = 1
  var generator = "recit \(RecitVersion.current)"
  /// Paths relative to the output folder, sorted.
  var files: [String] = []

  /// The manifest of `folder`; empty when there is none or it cannot be read (then nothing is
  /// deleted).
  static func read(in folder: String) -> OutputManifest {
    guard let data = FileManager.default.contents(atPath: folder + "/" + fileName),
      let manifest = try? JSONDecoder().decode(OutputManifest.self, from: data),
      manifest.version == 1
    else { return OutputManifest() }
    // A manifest edited by hand cannot make recit delete outside the folder.
    return OutputManifest(files: manifest.files.filter(Self.isInside))
  }

  func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
  }

  /// A relative path that stays inside the folder: no `..`, no absolute path, no empty part.
  static func isInside(_ path: String) -> Bool {
    !path.hasPrefix("/")
      && !path.split(separator: "/", omittingEmptySubsequences: false).contains {
        $0.isEmpty || $0 == "." || $0 == ".."
      }
  }
}
