import RecitModel

extension Comparison {
  /// The comparison as one document tree, the source of its text, Markdown, HTML and DocBook:
  /// a division headed at `headingLevel`, whose parts (roles, subjects and objects,
  /// disagreements, steps, summary) are headed one level below, in that order.
  ///
  /// Categories of actors that no row belongs to are left out of the summary table in every
  /// format (the JSON keeps them all, with zeros).
  public func document(in language: Language, headingLevel: Int = 2) -> Block {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    let level = min(max(headingLevel, 1), 5)
    let id = "points-de-vue-" + Slug.make(actionID)
    var blocks = [
      Block(
        .heading(
          level: level, [.text("\(t(ComparisonWording.title)) — \(actionTitle ?? actionID)")]),
        attributes: MarkupAttributes(id: id + "-titre")),
      Block(
        .paragraph([.text(t(summary.headline))]),
        attributes: MarkupAttributes(classes: ["recit-compare-headline"])),
    ]
    if !isSinglePointOfView {
      let colon = LocalizedText(fr: " : ", en: ": ").text(in: language)
      func part(_ title: LocalizedText) -> Block {
        Block(.heading(level: level + 1, [.text(t(title))]))
      }
      blocks += [part(ComparisonWording.matrix), matrixTable(language)]
      blocks += [part(ComparisonWording.sides), sidesTable(language)]
      blocks.append(
        .paragraph(t(ComparisonWording.agreement(subjects: subjectsAgree, objects: objectsAgree))))
      blocks.append(part(ComparisonWording.disagreements))
      blocks.append(
        disagreements.isEmpty
          ? .paragraph(t(ComparisonWording.noDisagreement)) : disagreementList(language))
      blocks.append(part(ComparisonWording.steps))
      blocks.append(
        steps.isEmpty ? .paragraph(t(ComparisonWording.sameSteps)) : stepTable(language))
      blocks += [part(ComparisonWording.summary), categoryTable(language)]
      blocks.append(
        Block(
          .paragraph([
            .strong([.text(t(ComparisonWording.arbitration) + colon.dropLast())]),
            .text(" " + (arbitration ?? t(ComparisonWording.noArbitration))),
          ]), attributes: MarkupAttributes(classes: ["recit-compare-arbitration"])))
      if !summary.sentences.isEmpty {
        let items = summary.sentences.map { sentence in
          MarkupList.Item(
            blocks: [.paragraph(t(sentence.text))],
            attributes: MarkupAttributes(classes: ["zone-\(sentence.zone.rawValue)"]))
        }
        blocks.append(
          Block(
            .list(MarkupList(items: items)),
            attributes: MarkupAttributes(classes: ["recit-compare-zones"])))
      }
    }
    return Block(
      .division(blocks),
      attributes: MarkupAttributes(id: id, classes: ["recit-compare"], language: language.rawValue))
  }

  /// Column headings: each narrative's name and stance.
  private func headings(_ language: Language) -> [String] {
    narratives.map {
      "\($0.heading) (\(ComparisonWording.stance($0.stance).text(in: language)))"
    }
  }

  private func matrixTable(_ language: Language) -> Block {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    return .table(
      header: [t(ComparisonWording.actor)] + headings(language) + [t(ComparisonWording.zone)],
      rows: rows.map { row in
        let zone: Inline = .text(t(row.zone.label))
        return MarkupTable.Row(
          [.rowHeader(row.actor.displayName)]
            + row.cells.map { .init([.text(ComparisonWording.cell($0, in: language))]) }
            + [.init([Self.emphasized(row.zone) ? .strong([zone]) : zone])],
          attributes: MarkupAttributes(classes: ["zone-\(row.zone.rawValue)"]))
      })
  }

  private func sidesTable(_ language: Language) -> Block {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    return .table(
      header: [
        t(ComparisonWording.narrative), t(ComparisonWording.subject), t(ComparisonWording.object),
        t(ComparisonWording.untold),
      ],
      rows: zip(headings(language), narratives).map { heading, column in
        let subjects = column.subjects.map(\.displayName).joined(separator: ", ")
        let untold = column.untold.map { $0.label.text(in: language) }.joined(separator: ", ")
        return MarkupTable.Row([
          .rowHeader(heading), .init([.text(subjects.isEmpty ? "—" : subjects)]),
          .init([.text(column.object ?? "—")]), .init([.text(untold.isEmpty ? "—" : untold)]),
        ])
      })
  }

  private func disagreementList(_ language: Language) -> Block {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    let colon = LocalizedText(fr: " : ", en: ": ").text(in: language)
    return .list(
      MarkupList(
        items: disagreements.map { group in
          let items = group.items.map { item in
            let who = item.narrator?.displayName ?? item.file
            return MarkupList.Item(
              blocks: [.paragraph(who + colon + (item.text ?? t(ComparisonWording.missing)))])
          }
          return MarkupList.Item(blocks: [
            Block(.paragraph([.strong([.text(t(group.heading))])])),
            .list(MarkupList(items: items)),
          ])
        }))
  }

  private func stepTable(_ language: Language) -> Block {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    return .table(
      header: [t(ComparisonWording.step)] + headings(language),
      rows: steps.map { step in
        MarkupTable.Row(
          [.rowHeader(step.label)]
            + step.told.map {
              .init([.text(t($0 ? ComparisonWording.told : ComparisonWording.omitted))])
            })
      })
  }

  private func categoryTable(_ language: Language) -> Block {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    return .table(
      caption: [.text(t(ComparisonWording.categories))],
      header: [
        t(ComparisonWording.category), t(ComparisonWording.actors),
        t(ComparisonWording.divergences), t(ComparisonWording.conflicts),
      ],
      rows: summary.categories.filter { $0.actors > 0 }.map { count in
        MarkupTable.Row(
          [.rowHeader(t(count.category.label))]
            + [count.actors, count.divergences, count.conflicts].map { .init([.text("\($0)")]) })
      })
  }

  /// Zones of conflict and cooperation stand out in bold.
  static func emphasized(_ zone: Zone) -> Bool { zone == .conflit || zone == .cooperation }
}

extension Block {
  /// A paragraph of plain text.
  static func paragraph(_ text: String) -> Block { Block(.paragraph([.text(text)])) }

  static func list(_ list: MarkupList) -> Block { Block(.list(list)) }

  /// A table whose header cells are plain text.
  static func table(
    caption: [Inline]? = nil, header: [String], rows: [MarkupTable.Row]
  ) -> Block {
    Block(
      .table(
        MarkupTable(
          caption: caption, header: MarkupTable.Row(header.map { .init([.text($0)]) }),
          rows: rows)))
  }
}

extension MarkupTable.Cell {
  /// A cell of plain text that heads its row.
  static func rowHeader(_ text: String) -> Self { Self([.text(text)], isRowHeader: true) }
}
