import RecitModel

extension Comparison {
  /// The comparison as an HTML fragment: one `<section>` with headings, captioned tables with
  /// `<th scope>` headers, lists and paragraphs; every text escaped, no script, no style.
  ///
  /// - Parameter headingLevel: the level of the section's heading (2 by default); sub-parts
  ///   use the next level.
  public func htmlFragment(in language: Language, headingLevel: Int = 2) -> String {
    func t(_ text: LocalizedText) -> String { text.text(in: language) }
    let level = min(max(headingLevel, 1), 5)
    let id = "points-de-vue-" + Slug.make(actionID)
    let xml = ComparisonXML(root: "section")
    let section = xml.root
    for (key, value) in [
      ("class", "recit-compare"), ("id", id), ("lang", language.rawValue),
      ("aria-labelledby", id + "-titre"),
    ] { xml.set(key, value, on: section) }
    xml.element(
      "h\(level)", in: section, ["id": id + "-titre"],
      text: "\(t(ComparisonWording.title)) — \(actionTitle ?? actionID)")
    xml.element("p", in: section, ["class": "recit-compare-headline"], text: t(summary.headline))
    guard !isSinglePointOfView else { return xml.fragmentText() }
    let sub = "h\(level + 1)"
    let headings = narratives.map { "\($0.heading) (\(t(ComparisonWording.stance($0.stance))))" }
    let matrix = Self.table(
      xml, in: section, caption: t(ComparisonWording.matrix),
      header: [t(ComparisonWording.actor)] + headings + [t(ComparisonWording.zone)])
    for row in rows {
      let tr = xml.element("tr", in: matrix, ["class": "zone-\(row.zone.rawValue)"])
      xml.element("th", in: tr, ["scope": "row"], text: row.actor.displayName)
      for cell in row.cells {
        xml.element("td", in: tr, text: ComparisonWording.cell(cell, in: language))
      }
      xml.element("td", in: tr, text: t(row.zone.label))
    }
    let sides = Self.table(
      xml, in: section, caption: t(ComparisonWording.sides),
      header: [
        t(ComparisonWording.narrative), t(ComparisonWording.subject), t(ComparisonWording.object),
      ])
    for (heading, column) in zip(headings, narratives) {
      let tr = xml.element("tr", in: sides)
      xml.element("th", in: tr, ["scope": "row"], text: heading)
      let subjects = column.subjects.map(\.displayName).joined(separator: ", ")
      xml.element("td", in: tr, text: subjects.isEmpty ? "—" : subjects)
      xml.element("td", in: tr, text: column.object ?? "—")
    }
    xml.element(
      "p", in: section,
      text: t(ComparisonWording.agreement(subjects: subjectsAgree, objects: objectsAgree)))
    xml.element(sub, in: section, text: t(ComparisonWording.disagreements))
    if disagreements.isEmpty {
      xml.element("p", in: section, text: t(ComparisonWording.noDisagreement))
    }
    let colon = language == .fr ? " : " : ": "
    let groups = disagreements.isEmpty ? nil : xml.element("ul", in: section)
    for group in disagreements {
      let list = xml.element("ul", in: xml.element("li", in: groups!, text: t(group.heading)))
      for item in group.items {
        let who = item.narrator?.displayName ?? item.file
        xml.element("li", in: list, text: who + colon + (item.text ?? t(ComparisonWording.missing)))
      }
    }
    if steps.isEmpty {
      xml.element("p", in: section, text: t(ComparisonWording.sameSteps))
    } else {
      let table = Self.table(
        xml, in: section, caption: t(ComparisonWording.steps),
        header: [t(ComparisonWording.step)] + headings)
      for step in steps {
        let tr = xml.element("tr", in: table)
        xml.element("th", in: tr, ["scope": "row"], text: step.label)
        for told in step.told {
          xml.element(
            "td", in: tr, text: t(told ? ComparisonWording.told : ComparisonWording.omitted))
        }
      }
    }
    xml.element(sub, in: section, text: t(ComparisonWording.summary))
    let categories = Self.table(
      xml, in: section, caption: t(ComparisonWording.categories),
      header: [
        t(ComparisonWording.category), t(ComparisonWording.actors),
        t(ComparisonWording.divergences), t(ComparisonWording.conflicts),
      ])
    for count in summary.categories {
      let tr = xml.element("tr", in: categories)
      xml.element("th", in: tr, ["scope": "row"], text: t(count.category.label))
      for number in [count.actors, count.divergences, count.conflicts] {
        xml.element("td", in: tr, text: "\(number)")
      }
    }
    xml.element(
      "p", in: section, ["class": "recit-compare-arbitration"],
      text: t(ComparisonWording.arbitration) + colon
        + (arbitration ?? t(ComparisonWording.noArbitration)))
    if !summary.sentences.isEmpty {
      let list = xml.element("ul", in: section, ["class": "recit-compare-zones"])
      for sentence in summary.sentences {
        xml.element(
          "li", in: list, ["class": "zone-\(sentence.zone.rawValue)"], text: t(sentence.text))
      }
    }
    return xml.fragmentText()
  }

  /// A table with a caption and a header row of `<th scope="col">`; returns its `<tbody>`.
  private static func table(
    _ xml: ComparisonXML, in parent: ComparisonXML.Node, caption: String, header: [String]
  ) -> ComparisonXML.Node {
    let table = xml.element("table", in: parent)
    xml.element("caption", in: table, text: caption)
    let tr = xml.element("tr", in: xml.element("thead", in: table))
    for cell in header { xml.element("th", in: tr, ["scope": "col"], text: cell) }
    return xml.element("tbody", in: table)
  }
}
