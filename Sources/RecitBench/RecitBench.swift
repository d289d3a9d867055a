import ArgumentParser
import Foundation
import RecitKit

/// `recit-bench incremental PROJECT`: what `recit serve` pays after a save, measured through
/// the Workspace: one narrative changed on disk, then `update` and `build` in memory, several
/// times; prints the first build and the median, minimum and maximum of the changes, with the
/// work counters and the peak memory. The narrative is given back its bytes at the end.
@main
struct RecitBench: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recit-bench",
    abstract: "Measures an edit followed by a Workspace update and build (developer tool).")

  @Argument(help: "A project folder (it is changed, then restored).")
  var project: String

  @Option(help: "How many edits to time.")
  var changes = 20

  @Option(help: "Formats to build, comma-separated.")
  var format = "html"

  @Flag(help: "Print one JSON object instead of text.")
  var json = false

  mutating func run() async throws {
    let formats = try Set(
      format.split(separator: ",").map { name in
        guard let format = ExportFormat(rawValue: String(name)) else {
          throw ValidationError("unknown format \(name)")
        }
        return format
      })
    let request = BuildRequest(formats: formats, validate: formats.contains(.docbook))
    let clock = ContinuousClock()
    let opened = clock.now
    let workspace = try await Workspace(path: project)
    let first = await workspace.build(request)
    let firstBuild = clock.now - opened
    guard case .built = first.outcome else {
      throw ValidationError("the first build did not succeed: \(first.outcome)")
    }
    let actions = await workspace.project.actions
    guard let action = actions.dropFirst(actions.count / 2).first else {
      throw ValidationError("the project has no action")
    }
    let narrative = action.narratives.last!
    let path = workspace.root + "/" + narrative.file
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    defer { try? original.write(to: URL(fileURLWithPath: path), options: .atomic) }
    let before = await workspace.counters
    var times: [Duration] = []
    var updates: [Duration] = []
    for change in 1...max(1, changes) {
      var edited = original
      edited.append(Data("\nPhrase ajoutée pour la mesure n° \(change).\n".utf8))
      try edited.write(to: URL(fileURLWithPath: path), options: .atomic)
      let start = clock.now
      await workspace.update([path])
      updates.append(clock.now - start)
      let report = await workspace.build(request)
      times.append(clock.now - start)
      guard case .built = report.outcome else {
        throw ValidationError("build \(change) did not succeed: \(report.outcome)")
      }
    }
    let after = await workspace.counters
    let sorted = times.sorted()
    let milliseconds = { (duration: Duration) -> Double in
      Double(duration.components.seconds) * 1000
        + Double(duration.components.attoseconds) / 1e15
    }
    let median = milliseconds(sorted[sorted.count / 2])
    let perChange = { (value: Int) in Double(value) / Double(times.count) }
    let figures: [(String, Double)] = [
      ("actions", Double(actions.count)),
      ("first_build_ms", milliseconds(firstBuild)),
      ("changes", Double(times.count)),
      ("median_ms", median),
      ("min_ms", milliseconds(sorted.first!)),
      ("update_median_ms", milliseconds(updates.sorted()[updates.count / 2])),
      ("max_ms", milliseconds(sorted.last!)),
      ("files_read_per_change", perChange(after.filesRead - before.filesRead)),
      ("files_decoded_per_change", perChange(after.filesDecoded - before.filesDecoded)),
      ("actions_checked_per_change", perChange(after.actionsChecked - before.actionsChecked)),
      ("actions_rendered_per_change", perChange(after.actionsRendered - before.actionsRendered)),
      (
        "territories_rendered_per_change",
        perChange(after.territoriesRendered - before.territoriesRendered)
      ),
      ("peak_rss_mib", Double(Self.peakResidentKiB()) / 1024),
    ]
    if json {
      let members = figures.map { "\"\($0.0)\": \(Self.number($0.1))" }
      print("{" + members.joined(separator: ", ") + "}")
    } else {
      for (name, value) in figures { print("\(name): \(Self.number(value))") }
    }
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
  }

  /// The peak resident memory of this process (`VmHWM`), in KiB.
  static func peakResidentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }
}
