import RecitModel

extension Comparison {
  /// The comparison as GitHub-flavoured Markdown: a level-2 heading, GFM tables for the role
  /// matrix, subjects and objects, steps and categories, and lists for the rest.
  public func markdown(in language: Language) -> String {
    func t(_ text: LocalizedText) -> String { Self.escapeMarkdown(text.text(in: language)) }
    let colon = language == .fr ? " :" : ":"
    var out = "## \(t(ComparisonWording.title)) — \(Self.escapeMarkdown(actionTitle ?? actionID))"
    out += "\n\n\(t(summary.headline))\n"
    guard !isSinglePointOfView else { return out }
    let headings = narratives.map {
      Self.escapeMarkdown($0.heading) + " (\(t(ComparisonWording.stance($0.stance))))"
    }
    out += "\n### \(t(ComparisonWording.matrix))\n\n"
    out += Self.table(
      [t(ComparisonWording.actor)] + headings + [t(ComparisonWording.zone)],
      rows.map { row in
        [Self.escapeMarkdown(row.actor.displayName)]
          + row.cells.map { ComparisonWording.cell($0, in: language) }
          + [Self.emphasized(row.zone) ? "**\(t(row.zone.label))**" : t(row.zone.label)]
      })
    out += "\n### \(t(ComparisonWording.sides))\n\n"
    out += Self.table(
      [t(ComparisonWording.narrative), t(ComparisonWording.subject), t(ComparisonWording.object)],
      zip(headings, narratives).map { heading, column in
        let subjects = column.subjects.map { Self.escapeMarkdown($0.displayName) }
        return [
          heading, subjects.isEmpty ? "—" : subjects.joined(separator: ", "),
          column.object.map(Self.escapeMarkdown) ?? "—",
        ]
      })
    out += "\n\(t(ComparisonWording.agreement(subjects: subjectsAgree, objects: objectsAgree)))\n"
    out += "\n### \(t(ComparisonWording.disagreements))\n\n"
    if disagreements.isEmpty { out += "\(t(ComparisonWording.noDisagreement))\n" }
    for group in disagreements {
      out += "- **\(t(group.heading))**\n"
      for item in group.items {
        let who = Self.escapeMarkdown(item.narrator?.displayName ?? item.file)
        out +=
          "  - \(who)\(colon) \(item.text.map(Self.escapeMarkdown) ?? t(ComparisonWording.missing))\n"
      }
    }
    out += "\n### \(t(ComparisonWording.steps))\n\n"
    if steps.isEmpty {
      out += "\(t(ComparisonWording.sameSteps))\n"
    } else {
      out += Self.table(
        [t(ComparisonWording.step)] + headings,
        steps.map { step in
          [step.label]
            + step.told.map { t($0 ? ComparisonWording.told : ComparisonWording.omitted) }
        })
    }
    out += "\n### \(t(ComparisonWording.summary))\n\n"
    out += Self.table(
      [
        t(ComparisonWording.category), t(ComparisonWording.actors),
        t(ComparisonWording.divergences), t(ComparisonWording.conflicts),
      ],
      summary.categories.map {
        [t($0.category.label), "\($0.actors)", "\($0.divergences)", "\($0.conflicts)"]
      })
    out += "\n**\(t(ComparisonWording.arbitration))\(colon)** "
    out += (arbitration.map(Self.escapeMarkdown) ?? t(ComparisonWording.noArbitration)) + "\n"
    if !summary.sentences.isEmpty { out += "\n" }
    for sentence in summary.sentences { out += "- \(t(sentence.text))\n" }
    return out
  }

  /// Zones of conflict and cooperation stand out in bold.
  static func emphasized(_ zone: Zone) -> Bool { zone == .conflit || zone == .cooperation }

  /// A GFM table; cells are already escaped.
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
    return line(header) + line(header.map { _ in "---" }) + rows.map(line).joined()
  }

  /// User text made inert in Markdown and kept on one line: the characters that could start
  /// emphasis, code, links, HTML or a table cell are backslash-escaped.
  static func escapeMarkdown(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#": out += "\\\(character)"
      case "\n", "\r": out += " "
      default: out.append(character)
      }
    }
    return out
  }
}
