import Foundation
import RecitKit
import Testing

/// The output folder removes only what recit wrote and no longer makes, never anything else.
@Suite struct OutputFolderTests {
  private func file(_ path: String, _ text: String) -> OutputFile {
    OutputFile(path: path, contents: Data(text.utf8))
  }

  @Test func unchangedFilesAreNotRewritten() throws {
    let folder = try TemporaryProject([:])
    let output = OutputFolder(path: folder.root + "/build")
    let files = [file("html/a.html", "A"), file("html/b.html", "B")]
    let first = try output.write(files, folders: ["html"])
    #expect(first.written == ["html/a.html", "html/b.html"])
    let second = try output.write(files, folders: ["html"])
    #expect(second.written.isEmpty)
    #expect(second.unchanged == ["html/a.html", "html/b.html"])
  }

  @Test func aManifestEditedByHandCannotDeleteOutside() throws {
    let folder = try TemporaryProject(["garder.txt": "à moi", "build/html/a.html": "A"])
    let manifest = """
      {"version": 1, "generator": "recit", "files": ["../garder.txt", "/etc/hostname", \
      "html/../../garder.txt", "html/a.html"]}
      """
    try folder.write(manifest, to: "build/.recit-manifest.json")
    let result = try OutputFolder(path: folder.root + "/build").write([], folders: ["html"])
    #expect(result.deleted == ["html/a.html"])
    #expect(FileManager.default.fileExists(atPath: folder.root + "/garder.txt"))
  }

  @Test func aLinkListedInTheManifestIsNotFollowed() throws {
    let folder = try TemporaryProject(["precieux/notes.txt": "à moi"])
    try FileManager.default.createDirectory(
      atPath: folder.root + "/build/html", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.root + "/build/html/a.html",
      withDestinationPath: folder.root + "/precieux/notes.txt")
    try folder.write(
      #"{"version": 1, "generator": "recit", "files": ["html/a.html"]}"#,
      to: "build/.recit-manifest.json")
    let result = try OutputFolder(path: folder.root + "/build").write([], folders: ["html"])
    #expect(result.deleted.isEmpty)
    #expect(FileManager.default.fileExists(atPath: folder.root + "/precieux/notes.txt"))
  }

  @Test func withoutManifestNothingIsDeleted() throws {
    let folder = try TemporaryProject(["build/html/ancien.html": "vieux"])
    let result = try OutputFolder(path: folder.root + "/build").write(
      [file("html/a.html", "A")], folders: ["html"])
    #expect(result.deleted.isEmpty)
    #expect(FileManager.default.fileExists(atPath: folder.root + "/build/html/ancien.html"))
  }

  @Test func emptyPathIsRefused() {
    #expect(throws: OutputFolder.Unusable.self) {
      try OutputFolder(path: "").write([], folders: ["html"])
    }
  }
}
