import Foundation
import RecitKit
import RecitModel
import RecitTestSupport
import Testing

/// `recit check --corriger`'s applier on a real sample copied to a temporary folder: the
/// fixes are synthetic (the rules' own are added elsewhere), the files and their reading real.
@Suite struct FixerTests {
  static let amap = "actions/creation-amap/action.md"
  static let mairie = "actions/creation-amap/mairie.md"

  /// Malaunay copied, with `transform` applied to the bytes of the AMAP action.
  final class Copy {
    let folder: TemporaryProject
    var root: String { folder.root + "/malaunay" }

    init(_ transform: (String) -> [UInt8] = { Array($0.utf8) }) throws {
      folder = try TemporaryProject([:])
      try FileManager.default.createDirectory(
        atPath: folder.root, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: Fixtures.packageRoot.path + "/Samples/malaunay", toPath: root)
      let text = try String(contentsOfFile: root + "/" + FixerTests.amap, encoding: .utf8)
      try Data(transform(text)).write(to: URL(fileURLWithPath: root + "/" + FixerTests.amap))
    }

    func bytes(_ file: String) throws -> [UInt8] {
      Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + file)))
    }

    /// The workspace's checked texts, as `recit check` would hand them to the fixer.
    func checked() async throws -> [String: String] {
      try await Workspace(path: root).sourceTexts
    }
  }

  /// A diagnostic carrying one fix that replaces `original` where it first stands on `line`.
  static func fix(
    _ file: String, line: Int, _ original: String, _ replacement: String,
    in checked: [String: String], summary: String = "correction d'essai",
    column: Int? = nil
  ) -> Diagnostic {
    let text = checked[file]!.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
    let place =
      column
      ?? (text.range(of: original).map {
        text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound) + 1
      } ?? 1)
    return Diagnostic(
      .toComplete, at: SourceLocation(file: file, line: line, column: place),
      .verbatim(fr: "essai", en: "test"),
      fix: FixIt(
        .verbatim(fr: summary, en: summary),
        edits: [
          FixIt.Edit(
            file: file, line: line, column: place, original: original, replacement: replacement)
        ]))
  }

  static let objet = "Manger local et de saison tout en faisant vivre un maraîcher du territoire"

  @Test func crlfAndByteOrderMarkStayAndOnlyTheLineChanges() async throws {
    let copy = try Copy {
      [0xEF, 0xBB, 0xBF] + Array($0.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
    chmod(copy.root + "/" + Self.amap, 0o640)
    let before = try copy.bytes(Self.amap)
    let checked = try await copy.checked()
    let fixer = Fixer(root: copy.root)
    let plan = fixer.plan(
      [Self.fix(Self.amap, line: 12, Self.objet, "\"\(Self.objet)\"", in: checked)],
      checked: checked)
    #expect(plan.refusals.isEmpty)
    #expect(plan.changes.map(\.line) == [12])
    #expect(plan.changes.first?.before == "  objet: \(Self.objet)")
    #expect(plan.changes.first?.after == "  objet: \"\(Self.objet)\"")
    let outcome = fixer.apply(plan)
    #expect(outcome.written == [Self.amap])
    let expected = String(decoding: before, as: UTF8.self).replacingOccurrences(
      of: "objet: \(Self.objet)\r\n", with: "objet: \"\(Self.objet)\"\r\n")
    #expect(try copy.bytes(Self.amap) == Array(expected.utf8))
    #expect(try copy.bytes(Self.amap).starts(with: [0xEF, 0xBB, 0xBF]))
    let mode =
      try FileManager.default.attributesOfItem(atPath: copy.root + "/" + Self.amap)[
        .posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o640)
    // The rewritten file reads as the same action, its object unchanged.
    let project = try ProjectLoader().load(path: copy.root).get()
    let action = try #require(project.actions.first { $0.id == "creation-amap" })
    #expect(action.schema.object?.value == Self.objet)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: copy.root + "/actions/creation-amap")
        .sorted() == ["action.md", "mairie.md"], "no temporary file left")
  }

  @Test func columnsCountUnicodeScalarsNotBytes() async throws {
    let copy = try Copy()
    let checked = try await copy.checked()
    let line = "  objet: \(Self.objet)"
    let scalarColumn = Array(line.unicodeScalars).count - "territoire".count + 1
    let byteColumn = line.utf8.count - "territoire".count + 1
    #expect(scalarColumn != byteColumn, "the line holds a non-ASCII letter before the edit")
    let fixer = Fixer(root: copy.root)
    let before = try copy.bytes(Self.amap)
    let byBytes = fixer.plan(
      [Self.fix(Self.amap, line: 12, "territoire", "pays", in: checked, column: byteColumn)],
      checked: checked)
    #expect(byBytes.isEmpty)
    #expect(byBytes.refusals.map(\.file) == [Self.amap])
    #expect(byBytes.refusals.first?.reason.fr.contains("le texte n'est pas « territoire »") == true)
    #expect(fixer.apply(byBytes).written.isEmpty)
    #expect(try copy.bytes(Self.amap) == before)
    let byScalars = fixer.plan(
      [Self.fix(Self.amap, line: 12, "territoire", "pays", in: checked, column: scalarColumn)],
      checked: checked)
    #expect(
      byScalars.changes.first?.after
        == "  objet: Manger local et de saison tout en faisant vivre un maraîcher du pays")
  }

  @Test func twoFixesOnOneLineAreBothApplied() async throws {
    let copy = try Copy()
    let checked = try await copy.checked()
    let fixer = Fixer(root: copy.root)
    let plan = fixer.plan(
      [
        Self.fix(Self.amap, line: 14, "bibliotheque", "mediatheque", in: checked, summary: "un"),
        Self.fix(Self.amap, line: 14, "habitants", "voisins", in: checked, summary: "deux"),
      ], checked: checked)
    #expect(plan.fixCount == 2)
    #expect(plan.changes.count == 1)
    #expect(plan.changes.first?.summaries.map(\.fr) == ["un", "deux"])
    #expect(plan.changes.first?.after == "  adjuvants: [mediatheque, voisins]")
    _ = fixer.apply(plan)
    let lines = String(decoding: try copy.bytes(Self.amap), as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[13] == "  adjuvants: [mediatheque, voisins]")
    #expect(
      lines.count
        == checked[Self.amap]!.split(separator: "\n", omittingEmptySubsequences: false).count)
  }

  @Test func anEditWhoseOriginalDoesNotMatchLeavesTheWholeFileUntouched() async throws {
    let copy = try Copy()
    let checked = try await copy.checked()
    let fixer = Fixer(root: copy.root)
    let before = try copy.bytes(Self.amap)
    let mairieLine = checked[Self.mairie]!.split(separator: "\n")[1]
    let plan = fixer.plan(
      [
        Self.fix(Self.amap, line: 14, "bibliotheque", "mediatheque", in: checked),
        Self.fix(Self.amap, line: 15, "pas-ce-texte", "autre", in: checked, column: 3),
        Self.fix(Self.mairie, line: 2, String(mairieLine.prefix(3)), "XYZ", in: checked, column: 1),
      ], checked: checked)
    #expect(plan.files.map(\.file) == [Self.mairie])
    #expect(plan.refusals.count == 1)
    #expect(plan.refusals.first?.file == Self.amap)
    #expect(plan.refusals.first?.reason.fr.contains("en 15:3") == true)
    #expect(fixer.apply(plan).written == [Self.mairie])
    #expect(try copy.bytes(Self.amap) == before)
  }

  @Test func aFileChangedSinceTheCheckIsNotTouched() async throws {
    let copy = try Copy()
    let checked = try await copy.checked()
    let fixer = Fixer(root: copy.root)
    let diagnostic = Self.fix(Self.amap, line: 14, "bibliotheque", "mediatheque", in: checked)
    // Changed before the plan: refused at once.
    let edited = String(decoding: try copy.bytes(Self.amap), as: UTF8.self) + "\nAjout.\n"
    try edited.write(toFile: copy.root + "/" + Self.amap, atomically: true, encoding: .utf8)
    let plan = fixer.plan([diagnostic], checked: checked)
    #expect(plan.isEmpty)
    #expect(plan.refusals.first?.reason.fr.contains("a changé depuis la vérification") == true)
    // Changed between the plan and the writing: refused when writing.
    let fresh = try await copy.checked()
    let second = fixer.plan(
      [Self.fix(Self.amap, line: 14, "bibliotheque", "mediatheque", in: fresh)], checked: fresh)
    #expect(!second.isEmpty)
    try (edited + "Encore.\n").write(
      toFile: copy.root + "/" + Self.amap, atomically: true, encoding: .utf8)
    let outcome = fixer.apply(second)
    #expect(outcome.written.isEmpty)
    #expect(outcome.refusals.map(\.file) == [Self.amap])
    #expect(String(decoding: try copy.bytes(Self.amap), as: UTF8.self) == edited + "Encore.\n")
  }

  @Test func aFileThatCouldNotBeReadIsNeverTouched() async throws {
    let copy = try Copy()
    var bytes = try copy.bytes(Self.mairie)
    bytes.insert(0xFF, at: 10)
    try Data(bytes).write(to: URL(fileURLWithPath: copy.root + "/" + Self.mairie))
    let checked = try await copy.checked()
    #expect(checked[Self.mairie] == nil, "the reader refuses it")
    let fixer = Fixer(root: copy.root)
    let diagnostic = Diagnostic(
      .toComplete, at: .start(of: Self.mairie), .verbatim(fr: "essai", en: "test"),
      fix: FixIt(
        .verbatim(fr: "essai", en: "test"),
        edits: [
          FixIt.Edit(file: Self.mairie, line: 1, column: 1, original: "---", replacement: "+++")
        ]))
    let plan = fixer.plan([diagnostic], checked: checked)
    #expect(plan.isEmpty)
    #expect(plan.refusals.first?.reason.fr.contains("n'a pas pu être lu en entier") == true)
    #expect(try copy.bytes(Self.mairie) == bytes)
  }

  @Test func aFixThatChangesNothingWritesNothing() async throws {
    let copy = try Copy()
    let checked = try await copy.checked()
    let plan = Fixer(root: copy.root).plan(
      [Self.fix(Self.amap, line: 14, "bibliotheque", "bibliotheque", in: checked)],
      checked: checked)
    #expect(plan.isEmpty)
    #expect(plan.refusals.isEmpty)
    #expect(plan.unifiedDiff() == "")
  }

  @Test func overlappingFixesTakeTheFirstAndLeaveTheOtherOut() async throws {
    let copy = try Copy()
    let checked = try await copy.checked()
    let plan = Fixer(root: copy.root).plan(
      [
        Self.fix(Self.amap, line: 14, "bibliotheque", "mediatheque", in: checked),
        Self.fix(Self.amap, line: 14, "bibliotheque, habitants", "tous", in: checked),
      ], checked: checked)
    #expect(plan.fixCount == 1)
    #expect(plan.leftOut == 1)
    #expect(plan.changes.first?.after == "  adjuvants: [mediatheque, habitants]")
  }

  /// The dry run's diff is a real unified diff: `patch` applied to another copy gives the
  /// bytes the fixer writes, CRLF and a last line without its line ending included.
  @Test func theDiffAppliedByPatchGivesWhatTheFixerWrites() async throws {
    let transform: (String) -> [UInt8] = {
      var text = $0.replacingOccurrences(of: "\n", with: "\r\n")
      while text.hasSuffix("\r\n") { text.removeLast() }
      return Array(text.utf8)
    }
    let fixed = try Copy(transform)
    let patched = try Copy(transform)
    let checked = try await fixed.checked()
    let last = checked[Self.amap]!.split(separator: "\n", omittingEmptySubsequences: false)
    let diagnostics = [
      Self.fix(Self.amap, line: 2, "Des habitants", "Les habitants", in: checked),
      Self.fix(Self.amap, line: 14, "bibliotheque", "mediatheque", in: checked),
      Self.fix(
        Self.amap, line: last.count, String(last.last!.prefix(2)), "«»", in: checked, column: 1),
    ]
    let fixer = Fixer(root: fixed.root)
    let plan = fixer.plan(diagnostics, checked: checked)
    #expect(plan.fixCount == 3)
    let diff = plan.unifiedDiff()
    #expect(diff.hasPrefix("--- a/\(Self.amap)\n+++ b/\(Self.amap)\n@@ -1,"))
    #expect(diff.contains("\\ No newline at end of file\n"))
    _ = fixer.apply(plan)
    let result = try ExternalTool.run(
      "patch", ["-p1", "-s", "-d", patched.root], input: Data(diff.utf8))
    #expect(result.status == 0, "\(result.output)")
    #expect(try patched.bytes(Self.amap) == fixed.bytes(Self.amap))
    #expect(try fixed.bytes(Self.amap).last != 0x0A)
  }
}
