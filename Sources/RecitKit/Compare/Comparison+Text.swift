import RecitModel

extension Comparison {
  /// The comparison as terminal text: the role matrix as an aligned table, then subjects and
  /// objects, disagreements, steps and the summary.
  ///
  /// - Parameters:
  ///   - colors: ANSI colours for headings and zones; pass true only for a terminal.
  ///   - width: the line width to fit in (a terminal's columns); table cells and long texts
  ///     wrap at word boundaries to fit.
  public func text(in language: Language, colors: Bool = false, width: Int = 120) -> String {
    let words = TextWords(language: language, colors: colors, width: max(width, 40))
    var out = words.bold("\(words[ComparisonWording.title]) — \(actionTitle ?? actionID)")
    out += " (\(actionID))\n\(summary.headline.text(in: language))\n"
    guard !isSinglePointOfView else { return out }
    out += "\n" + words.bold(words[ComparisonWording.matrix]) + "\n" + matrixTable(words)
    out += "\n" + words.bold(words[ComparisonWording.sides]) + "\n"
    for column in narratives {
      out += "  \(column.heading) (\(words[ComparisonWording.stance(column.stance)]))\n"
      let subjects = column.subjects.map(\.displayName).joined(separator: ", ")
      out += words.wrap(
        words[ComparisonWording.subject] + words.colon + (subjects.isEmpty ? "—" : subjects), "    "
      )
      out += words.wrap(
        words[ComparisonWording.object] + words.colon + (column.object ?? "—"), "    ")
    }
    out += "  " + words[ComparisonWording.agreement(subjects: subjectsAgree, objects: objectsAgree)]
    out += "\n\n" + words.bold(words[ComparisonWording.disagreements]) + "\n"
    if disagreements.isEmpty { out += "  \(words[ComparisonWording.noDisagreement])\n" }
    for group in disagreements {
      out += "  \(words[group.heading])\n"
      for item in group.items {
        let who = item.narrator?.displayName ?? item.file
        out += words.wrap(
          "\(who)\(words.colon)\(item.text ?? words[ComparisonWording.missing])", "    ")
      }
    }
    out += "\n" + words.bold(words[ComparisonWording.steps]) + "\n"
    if steps.isEmpty { out += "  \(words[ComparisonWording.sameSteps])\n" }
    for step in steps {
      let told = zip(narratives, step.told).filter(\.1).map(\.0.heading)
      let omitted = zip(narratives, step.told).filter { !$0.1 }.map(\.0.heading)
      out += words.wrap(
        "\(step.label) — \(words[ComparisonWording.told])\(words.colon)"
          + told.joined(separator: ", ") + words.semicolon + words[ComparisonWording.omitted]
          + words.colon + omitted.joined(separator: ", "), "  ")
    }
    out += "\n" + words.bold(words[ComparisonWording.summary]) + "\n"
    let counts = summary.categories.filter { $0.actors > 0 }.map { words.count($0) }
    out += words.wrap(
      words[ComparisonWording.categories] + words.colon + counts.joined(separator: ", "), "  ")
    out += words.wrap(
      words[ComparisonWording.arbitration] + words.colon
        + (arbitration ?? words[ComparisonWording.noArbitration]), "  ")
    for sentence in summary.sentences {
      let lines = words.wrap(sentence.text.text(in: language), "  • ", "    ")
      out += words.zone(sentence.zone, String(lines.dropLast())) + "\n"
    }
    return out
  }

  /// The role matrix, fitted in the width where words allow.
  private func matrixTable(_ words: TextWords) -> String {
    let table = ComparisonTextTable(
      header: [
        [words[ComparisonWording.actor]] + narratives.map(\.heading) + [
          words[ComparisonWording.zone]
        ],
        [""] + narratives.map { words[ComparisonWording.stance($0.stance)] } + [""],
      ],
      rows: rows.map { row in
        [row.actor.displayName]
          + row.cells.map { ComparisonWording.cell($0, in: words.language) }
          + [words[row.zone.label]]
      }, width: words.width)
    return table.render(indent: "  ") { row, column, text in
      column == narratives.count + 1 ? words.zone(rows[row].zone, text) : text
    }
  }
}

/// Words in one language, and colour when asked.
private struct TextWords {
  let language: Language
  let colors: Bool
  let width: Int

  subscript(_ text: LocalizedText) -> String { text.text(in: language) }

  /// French puts a space before a colon and a semicolon; English does not.
  var colon: String { language == .fr ? " : " : ": " }
  var semicolon: String { language == .fr ? " ; " : "; " }

  /// `élus 2 sur 3 (1 conflit)`: divergent actors out of all, with conflicts.
  func count(_ count: Comparison.CategoryCount) -> String {
    let label = self[count.category.label]
    let conflicts = ComparisonWording.plural(
      count.conflicts, language == .fr ? "conflit" : "conflict",
      language == .fr ? "conflits" : "conflicts", french: language == .fr)
    let base = "\(label) \(count.divergences) \(language == .fr ? "sur" : "of") \(count.actors)"
    return count.conflicts > 0 ? base + " (\(conflicts))" : base
  }

  /// Words wrapped at the width, the first line after `first`, the others after `rest`.
  func wrap(_ text: String, _ first: String, _ rest: String? = nil) -> String {
    let rest = rest ?? first + "  "
    var out = ""
    var line = first
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > width, line.count > rest.count {
        out += line + "\n"
        line = rest
      }
      line += (line == first || line == rest ? "" : " ") + word
    }
    return out + line + "\n"
  }

  func bold(_ text: String) -> String { colors ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

  func zone(_ zone: Comparison.Zone, _ text: String) -> String {
    guard colors else { return text }
    let code =
      switch zone {
      case .conflit: "31"
      case .cooperation: "32"
      case .divergent: "33"
      case .stable: "0"
      }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
