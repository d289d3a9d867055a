import Foundation
import RecitModel

/// Applies the ``FixIt``s that diagnostics carry: `recit check --corriger`.
///
/// A file is rewritten only when the fixer could read it whole, its text on disk is still the
/// text that was checked, and every edit meant for it finds the text it expects where it
/// expects it; otherwise the file is left untouched and the plan says why. Only the lines
/// concerned change: the byte order mark, line endings and the last line's ending stay as
/// they were. Each file is written atomically (``OutputWriter``), keeping its permissions.
public struct Fixer: Sendable {
  /// The project root that edits' paths are relative to.
  public let root: String

  public init(root: String) {
    self.root = root
  }

  /// One edit, placed: the Unicode scalar range it replaces on its line.
  private struct Placed {
    let file: String
    let line: Int
    let start: Int
    let length: Int
    let replacement: String
  }

  /// The fixes carried by `diagnostics`, planned against `checked` (the text each file had
  /// when it was checked, by relative path) and the files on disk. Writes nothing.
  public func plan(_ diagnostics: [Diagnostic], checked: [String: String]) -> FixPlan {
    var seen: Set<FixIt> = []
    let fixes = diagnostics.compactMap(\.fix).filter { seen.insert($0).inserted }
    var refusals: [FixPlan.Refusal] = []
    var refused: Set<String> = []
    var lines: [String: RawLines] = [:]
    var bytes: [String: [UInt8]] = [:]
    var paths: [String: String] = [:]
    let files = fixes.flatMap { $0.edits.map(\.file) }.reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    for file in files {
      switch read(file, checked: checked[file]) {
      case .failure(let problem):
        refused.insert(file)
        refusals.append(FixPlan.Refusal(file: file, reason: problem.reason))
      case .success(let read):
        (lines[file], bytes[file], paths[file]) = (read.lines, read.bytes, read.path)
      }
    }
    for fix in fixes {
      for edit in fix.edits where !refused.contains(edit.file) {
        if let reason = mismatch(edit, in: lines[edit.file]!) {
          refused.insert(edit.file)
          refusals.append(FixPlan.Refusal(file: edit.file, reason: reason))
        }
      }
    }
    // A fix is applied whole or not at all: one whose edits touch a refused file is left out,
    // and so is one that overlaps a fix already taken (the next check shows it again).
    var taken: [(fix: FixIt, placed: [Placed])] = []
    var ranges: [String: [Int: [(Int, Int)]]] = [:]
    var overlapping = 0
    for fix in fixes where !fix.edits.contains(where: { refused.contains($0.file) }) {
      let placed = fix.edits.map {
        Placed(
          file: $0.file, line: $0.line, start: $0.column - 1,
          length: $0.original.unicodeScalars.count, replacement: $0.replacement)
      }
      let clashes = placed.indices.contains { index in
        let edit = placed[index]
        let earlier = placed[..<index].contains {
          $0.file == edit.file && $0.line == edit.line
            && Self.overlap(($0.start, $0.length), (edit.start, edit.length))
        }
        return earlier
          || (ranges[edit.file]?[edit.line] ?? []).contains {
            Self.overlap($0, (edit.start, edit.length))
          }
      }
      if clashes {
        overlapping += 1
        continue
      }
      for edit in placed {
        ranges[edit.file, default: [:]][edit.line, default: []].append((edit.start, edit.length))
      }
      taken.append((fix, placed))
    }
    var edits: [FixPlan.FileEdit] = []
    for file in files where !refused.contains(file) {
      let mine = taken.filter { $0.placed.contains { $0.file == file } }
      guard !mine.isEmpty, let original = lines[file] else { continue }
      var fixed = original
      var changes: [FixPlan.Change] = []
      let touched = Set(mine.flatMap { $0.placed.filter { $0.file == file }.map(\.line) }).sorted()
      for line in touched {
        let onLine = mine.flatMap { $0.placed.filter { $0.file == file && $0.line == line } }
          .sorted { ($0.start, $0.length) > ($1.start, $1.length) }
        var scalars = Array(original.lines[line - 1].text.unicodeScalars)
        for edit in onLine {
          scalars.replaceSubrange(
            edit.start..<(edit.start + edit.length), with: edit.replacement.unicodeScalars)
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        fixed.lines[line - 1].text = String(text)
        let summaries = mine.filter { $0.placed.contains { $0.file == file && $0.line == line } }
          .map(\.fix.summary)
        changes.append(
          FixPlan.Change(
            file: file, line: line, summaries: summaries, before: original.lines[line - 1].text,
            after: fixed.lines[line - 1].text))
      }
      // Fixes that put back the text they replace change nothing: no file is rewritten for them.
      changes.removeAll { $0.before == $0.after }
      guard !changes.isEmpty else { continue }
      edits.append(
        FixPlan.FileEdit(
          file: file, path: paths[file]!, original: bytes[file]!, fixed: fixed.bytes,
          changes: changes, originalLines: original, fixedLines: fixed))
    }
    return FixPlan(
      files: edits, refusals: refusals, fixCount: taken.count, leftOut: overlapping)
  }

  /// Writes every file of `plan`, each through a temporary file renamed into place. A file
  /// whose bytes changed since the plan was made is left as it is and reported. Returns the
  /// files written (relative paths) and those refused.
  public func apply(_ plan: FixPlan) -> (written: [String], refusals: [FixPlan.Refusal]) {
    var written: [String] = []
    var refusals: [FixPlan.Refusal] = []
    for edit in plan.files {
      guard let now = FileManager.default.contents(atPath: edit.path), Array(now) == edit.original
      else {
        refusals.append(FixPlan.Refusal(file: edit.file, reason: Self.changedOnDisk))
        continue
      }
      let permissions =
        (try? FileManager.default.attributesOfItem(atPath: edit.path))?[.posixPermissions]
        as? NSNumber
      do {
        try OutputWriter().write(
          Data(edit.fixed), to: edit.path, permissions: permissions.map { mode_t($0.intValue) })
        written.append(edit.file)
      } catch {
        refusals.append(
          FixPlan.Refusal(
            file: edit.file,
            reason: LocalizedText(
              fr: "impossible de l'écrire (\(error.localizedDescription)) : il est resté tel quel",
              en: "cannot write it (\(error.localizedDescription)): it was left as it was")))
      }
    }
    return (written, refusals)
  }

  private struct Unfixable: Error {
    let reason: LocalizedText
  }

  private struct ReadFile {
    let path: String
    let bytes: [UInt8]
    let lines: RawLines
  }

  /// The file's bytes, when it can be read whole and still holds the text that was checked.
  private func read(_ file: String, checked: String?) -> Result<ReadFile, Unfixable> {
    let unreadable = LocalizedText(
      fr: "le fichier n'a pas pu être lu en entier : il n'est pas modifié",
      en: "the file could not be read whole: it is not changed")
    guard let checked, !file.isEmpty, !file.hasPrefix("/"),
      !file.split(separator: "/").contains("..")
    else { return .failure(Unfixable(reason: unreadable)) }
    let path = URL(fileURLWithPath: root + "/" + file).resolvingSymlinksInPath().path
    guard
      ProjectLocator.contains(
        resolving: path, in: URL(fileURLWithPath: root).resolvingSymlinksInPath().path),
      let data = FileManager.default.contents(atPath: path),
      data.count <= SourceText.maximumFileSize
    else { return .failure(Unfixable(reason: unreadable)) }
    let bytes = Array(data)
    guard case .success(let source) = SourceText.decode(bytes, relativePath: file),
      let lines = RawLines(bytes)
    else { return .failure(Unfixable(reason: unreadable)) }
    guard source.text == checked else { return .failure(Unfixable(reason: Self.changedOnDisk)) }
    return .success(ReadFile(path: path, bytes: bytes, lines: lines))
  }

  static let changedOnDisk = LocalizedText(
    fr:
      "le fichier a changé depuis la vérification : il n'est pas modifié ; relancez « recit check »",
    en: "the file changed since it was checked: it is not changed; run “recit check” again")

  /// Why an edit cannot be applied to `lines`, or nil when it finds what it expects.
  private func mismatch(_ edit: FixIt.Edit, in lines: RawLines) -> LocalizedText? {
    let place = "\(edit.line):\(edit.column)"
    guard !edit.original.contains(where: \.isNewline),
      !edit.replacement.contains(where: \.isNewline),
      edit.line >= 1, edit.line <= lines.lines.count, edit.column >= 1
    else {
      return LocalizedText(
        fr: "une correction vise \(place), hors du texte : le fichier n'est pas modifié",
        en: "a fix aims at \(place), outside the text: the file is not changed")
    }
    let scalars = Array(lines.lines[edit.line - 1].text.unicodeScalars)
    let expected = Array(edit.original.unicodeScalars)
    let start = edit.column - 1
    guard start + expected.count <= scalars.count,
      Array(scalars[start..<(start + expected.count)]) == expected
    else {
      return LocalizedText(
        fr:
          "en \(place), le texte n'est pas « \(edit.original) » comme la correction l'attend : le fichier n'est pas modifié",
        en:
          "at \(place), the text is not “\(edit.original)” as the fix expects: the file is not changed"
      )
    }
    return nil
  }

  /// Whether two scalar ranges `(start, length)` of one line overlap; an insertion (length 0)
  /// overlaps a range it falls strictly inside, or another insertion at the same place.
  static func overlap(_ a: (Int, Int), _ b: (Int, Int)) -> Bool {
    if a.1 == 0 && b.1 == 0 { return a.0 == b.0 }
    if a.1 == 0 { return a.0 > b.0 && a.0 < b.0 + b.1 }
    if b.1 == 0 { return b.0 > a.0 && b.0 < a.0 + a.1 }
    return a.0 < b.0 + b.1 && b.0 < a.0 + a.1
  }
}
