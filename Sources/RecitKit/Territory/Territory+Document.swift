import RecitModel

/// Where the territory's documents point: the HTML pages link files, the DocBook chapter
/// links the ids of its own sections.
public struct TerritoryLinks: Sendable {
  public var actor: @Sendable (String) -> String
  public var action: @Sendable (String) -> String

  /// The HTML pages of `html/territoire/`: actor pages beside them, action pages one level up.
  public static let html = TerritoryLinks(
    actor: { TerritoryLinks.actorPage($0) }, action: { "../" + URLPath.segment($0) + ".html" })

  /// The DocBook book: actions link to their chapter; actors to their section of the
  /// territory's chapter (`anchors`: actor id → the section's `xml:id`, see
  /// ``Territory/actorAnchors``), those without a section named without a link.
  public static func docbook(actorAnchors anchors: [String: String]) -> TerritoryLinks {
    TerritoryLinks(
      actor: { anchors[$0].map { "#" + $0 } ?? "" }, action: { "#" + Anchors.action($0) })
  }

  /// The Markdown export's territory page (`markdown/territoire/index.md`): actions link to
  /// their files one level up; actors are named without a link.
  public static let markdown = TerritoryLinks(
    actor: { _ in "" }, action: { "../" + URLPath.segment($0) + ".md" })

  /// The file name of an actor's page (the id percent-encoded: the file name holds no `/`).
  public static func actorFile(_ id: String) -> String { "acteur-" + URLPath.segment(id) + ".html" }

  /// The link to an actor's page from a page of the same folder.
  public static func actorPage(_ id: String) -> String { URLPath.segment(actorFile(id)) }
}

extension Territory {
  /// Beyond this many actions, the role matrix is a list per actor rather than a table with
  /// one column per action.
  public static let matrixColumnLimit = 40

  func t(_ text: LocalizedText) -> String { text.text(in: language) }

  func name(_ id: String) -> String { record(id)?.actor.displayName ?? id }

  /// The actor's name, linked when `links` gives it an address.
  func actorLink(_ id: String, _ links: TerritoryLinks) -> Inline {
    let address = links.actor(id)
    return address.isEmpty
      ? .text(name(id)) : .link(destination: address, title: "", [.text(name(id))])
  }

  /// The action's title, linked when `links` gives it an address.
  func actionLink(_ id: String, _ links: TerritoryLinks) -> Inline {
    let title = action(id)?.title?.value ?? id
    let address = links.action(id)
    return address.isEmpty ? .text(title) : .link(destination: address, title: "", [.text(title)])
  }

  func narrativeWords(_ ref: NarrativeRef) -> String {
    let stance = ref.stance.label.text(in: language)
    guard let narrator = ref.narratorID else { return "\(ref.name) (\(stance))" }
    return "\(name(narrator)) (\(stance))"
  }

  /// At most this many places of one narrative's mentions of an actor are listed; the rest
  /// are counted (a narrative may name the same actor thousands of times, in a table).
  static let mentionPlacesShown = 5

  /// The mentions grouped by narrative, in their order: one entry per narrative, with the
  /// places of its mentions in the text's order.
  static func byNarrative(_ mentions: [Mention]) -> [(NarrativeRef, [SourceLocation])] {
    var groups: [(NarrativeRef, [SourceLocation])] = []
    var index: [NarrativeRef: Int] = [:]
    for mention in mentions {
      if let known = index[mention.narrative] {
        groups[known].1.append(mention.location)
      } else {
        index[mention.narrative] = groups.count
        groups.append((mention.narrative, [mention.location]))
      }
    }
    return groups
  }

  /// "Action title — narrator (stance)", the action linked.
  func narrativeInlines(_ ref: NarrativeRef, _ links: TerritoryLinks) -> [Inline] {
    [actionLink(ref.actionID, links), .text(" — " + narrativeWords(ref))]
  }

  /// A step's label, with the narrative that tells it when it is that narrative's own quest:
  /// "2 — AMAP de Malaunay (contradictoire)".
  func stepWords(_ label: String, told narrative: NarrativeRef?) -> String {
    narrative.map { label + " — " + narrativeWords($0) } ?? label
  }

  func joined(_ parts: [[Inline]], _ separator: String = " ; ") -> [Inline] {
    guard !parts.isEmpty else { return [.text("—")] }
    var out: [Inline] = []
    for (index, part) in parts.enumerated() {
      if index > 0 { out.append(.text(separator)) }
      out += part
    }
    return out
  }

  func heading(_ level: Int, _ text: String, id: String? = nil) -> Block {
    Block(.heading(level: level, [.text(text)]), attributes: MarkupAttributes(id: id))
  }

  func roleWords(_ roles: [Comparison.PlayedRole]) -> String {
    roles.isEmpty
      ? t(TerritoryWording.narratorOnly) : roles.map { t($0.label) }.joined(separator: ", ")
  }

  // MARK: The map

  /// The map: the role matrix across the project, the actors that change side, the
  /// ecosystem's bonds (the text of the network diagram).
  public func mapDocument(_ links: TerritoryLinks, headingLevel level: Int = 1) -> [Block] {
    var blocks: [Block] = [
      .paragraph(t(TerritoryWording.mapIntro(actors: actors.count, actions: project.actions.count)))
    ]
    blocks.append(heading(level + 1, t(TerritoryWording.matrix), id: "territoire-matrice"))
    let named = actors.filter { !(matrix[$0.actor.id] ?? []).isEmpty }
    func words(_ cell: MatrixCell) -> [Inline] {
      let total = action(cell.actionID)?.narratives.count ?? 0
      return joined(
        cell.roles.map { entry in
          let role = t(entry.role.label)
          guard entry.narratives.count < total else { return [.text(role)] }
          let who = entry.narratives.map { ref in ref.narratorID.map(name) ?? ref.name }
          return [.text(t(TerritoryWording.roleAccording(role, who)))]
        })
    }
    if project.actions.count <= Self.matrixColumnLimit {
      blocks.append(
        .table(
          header: [t(TerritoryWording.actor)] + project.actions.map { $0.title?.value ?? $0.id },
          rows: named.map { record in
            let cells = Dictionary(
              (matrix[record.actor.id] ?? []).map { ($0.actionID, $0) },
              uniquingKeysWith: { first, _ in first })
            return MarkupTable.Row(
              [MarkupTable.Cell([actorLink(record.actor.id, links)], isRowHeader: true)]
                + project.actions.map { action in
                  MarkupTable.Cell(cells[action.id].map(words) ?? [.text("—")])
                })
          }))
    } else {
      // Too many actions for columns: each actor's row lists only the actions that name it,
      // so that the page grows with the roles played, not with actors × actions.
      blocks.append(.paragraph(t(TerritoryWording.matrixAsList(Self.matrixColumnLimit))))
      blocks.append(
        .table(
          header: [t(TerritoryWording.actor), t(TerritoryWording.rolesByAction)],
          rows: named.map { record in
            MarkupTable.Row([
              MarkupTable.Cell([actorLink(record.actor.id, links)], isRowHeader: true),
              MarkupTable.Cell(
                joined(
                  (matrix[record.actor.id] ?? []).map { cell in
                    [actionLink(cell.actionID, links), .text(" : ")] + words(cell)
                  }, " · ")),
            ])
          }))
    }
    blocks.append(heading(level + 1, t(TerritoryWording.sideChanges), id: "territoire-camps"))
    blocks += sideChangeBlocks(links)
    blocks.append(heading(level + 1, t(TerritoryWording.bonds), id: "territoire-liens"))
    if edges.isEmpty {
      blocks.append(.paragraph(t(TerritoryWording.noBond)))
    } else {
      let sorted = edges.sorted { ($0.weight, $1.from, $1.to) > ($1.weight, $0.from, $0.to) }
      blocks.append(
        .table(
          header: [
            t(TerritoryWording.actor), t(TerritoryWording.actor), t(TerritoryWording.bond),
            t(TerritoryWording.narratives),
          ],
          rows: sorted.map { edge in
            MarkupTable.Row([
              MarkupTable.Cell([actorLink(edge.from, links)], isRowHeader: true),
              MarkupTable.Cell([actorLink(edge.to, links)]),
              MarkupTable.Cell([.text(t(edge.bond.label))]),
              MarkupTable.Cell([.text("\(edge.weight)")]),
            ])
          }))
    }
    return blocks
  }

  /// The actors who change side: a table, or a sentence when there is none.
  func sideChangeBlocks(_ links: TerritoryLinks) -> [Block] {
    var blocks: [Block] = []
    if sideChanges.isEmpty {
      blocks.append(.paragraph(t(TerritoryWording.noSideChange)))
    } else {
      blocks.append(
        .table(
          header: [
            t(TerritoryWording.actor), t(TerritoryWording.helperIn), t(TerritoryWording.opponentIn),
          ],
          rows: sideChanges.map { change in
            MarkupTable.Row(
              [
                MarkupTable.Cell([actorLink(change.actorID, links)], isRowHeader: true),
                MarkupTable.Cell(joined(change.helperIn.map { narrativeInlines($0, links) })),
                MarkupTable.Cell(joined(change.opponentIn.map { narrativeInlines($0, links) })),
              ], attributes: MarkupAttributes(classes: ["changement-de-camp"]))
          }))
    }
    return blocks
  }

  // MARK: The coverage

  /// The référentiel's coverage: the balises each invariant's actions claim, those none
  /// claims, and the families of actors of each action.
  public func coverageDocument(_ links: TerritoryLinks, headingLevel level: Int = 1) -> [Block] {
    let claimed = coverage.filter { !$0.actionIDs.isEmpty }.count
    var blocks: [Block] = [
      .paragraph(t(TerritoryWording.coverageIntro(claimed: claimed, total: coverage.count)))
    ]
    for invariant in Invariant.allCases {
      blocks.append(
        heading(
          level + 1, invariant.title.text(in: language), id: "couverture-" + invariant.rawValue))
      blocks.append(
        .table(
          header: [t(TerritoryWording.balise), t(TerritoryWording.actions)],
          rows: coverage.filter { $0.balise.invariant == invariant }.map { entry in
            let title = language == .fr ? entry.balise.title.fr : entry.balise.title.en
            return MarkupTable.Row(
              [
                MarkupTable.Cell([.code(entry.balise.id), .text(" " + title)], isRowHeader: true),
                MarkupTable.Cell(
                  entry.actionIDs.isEmpty
                    ? [.emphasis([.text(t(TerritoryWording.unclaimed))])]
                    : joined(entry.actionIDs.map { [actionLink($0, links)] }, ", ")),
              ],
              attributes: MarkupAttributes(classes: entry.actionIDs.isEmpty ? ["non-couverte"] : [])
            )
          }))
    }
    blocks.append(heading(level + 1, t(TerritoryWording.unclaimedTitle), id: "couverture-absentes"))
    let missing = unclaimed
    blocks.append(
      missing.isEmpty
        ? .paragraph(t(TerritoryWording.allClaimed))
        : .list(
          MarkupList(
            items: missing.map { balise in
              MarkupList.Item(blocks: [
                Block(
                  .paragraph([
                    .code(balise.id),
                    .text(" " + (language == .fr ? balise.title.fr : balise.title.en)),
                  ]))
              ])
            })))
    blocks.append(heading(level + 1, t(TerritoryWording.familiesTitle), id: "couverture-familles"))
    blocks.append(.paragraph(t(TerritoryWording.familiesIntro)))
    blocks.append(
      .table(
        header: [t(TerritoryWording.action)]
          + Territory.shownFamilies.map { Labels.category($0, language) },
        rows: families.map { presence in
          MarkupTable.Row(
            [MarkupTable.Cell([actionLink(presence.actionID, links)], isRowHeader: true)]
              + Territory.shownFamilies.map { family in
                MarkupTable.Cell([
                  .text(
                    presence.present.contains(family)
                      ? t(TerritoryWording.yes) : t(TerritoryWording.no))
                ])
              })
        }))
    return blocks
  }

  // MARK: The timeline

  /// The timeline as a table: dates, actions and their dated steps; then the undated actions.
  public func timelineDocument(_ links: TerritoryLinks, headingLevel level: Int = 1) -> [Block] {
    var blocks: [Block] = [.paragraph(t(TerritoryWording.timelineIntro))]
    if timeline.isEmpty {
      blocks.append(.paragraph(t(TerritoryWording.noDate)))
    } else {
      blocks.append(
        .table(
          header: [
            t(TerritoryWording.date), t(TerritoryWording.action), t(TerritoryWording.step),
            t(TerritoryWording.what),
          ],
          rows: timeline.map { entry in
            MarkupTable.Row([
              MarkupTable.Cell([.text(DateWords.text(entry.date, language))], isRowHeader: true),
              MarkupTable.Cell([actionLink(entry.actionID, links)]),
              MarkupTable.Cell([
                .text(entry.stepLabel.map { stepWords($0, told: entry.narrative) } ?? "—")
              ]),
              MarkupTable.Cell([.text(entry.text ?? "—")]),
            ])
          }))
    }
    if !undated.isEmpty {
      blocks.append(heading(level + 1, t(TerritoryWording.undated), id: "chronologie-sans-date"))
      blocks.append(
        .list(
          MarkupList(
            items: undated.map {
              MarkupList.Item(blocks: [Block(.paragraph([actionLink($0, links)]))])
            })))
    }
    return blocks
  }

  // MARK: One actor

  /// An actor's page: who it is, its part in each narrative (with what each leaves unsaid),
  /// the narratives it tells and those that contest it, its mentions and its quest steps.
  public func actorDocument(
    _ record: ActorRecord, _ links: TerritoryLinks, headingLevel level: Int = 1
  ) -> [Block] {
    let actor = record.actor
    var facts = [
      actor.category.map { Labels.category($0, language) } ?? t(TerritoryWording.noCategory),
      t(TerritoryWording.nature(actor.nature)),
    ]
    if actor.scope == .action, let first = record.actionIDs.first {
      facts.append(t(TerritoryWording.declaredIn(action(first)?.title?.value ?? first)))
    }
    var blocks: [Block] = [.paragraph(facts.joined(separator: " · "))]
    if let description = actor.description?.value { blocks.append(.paragraph(description)) }
    blocks.append(heading(level + 1, t(TerritoryWording.roles), id: nil))
    if record.appearances.isEmpty {
      blocks.append(.paragraph(t(TerritoryWording.noRole)))
    } else {
      blocks.append(
        .table(
          header: [
            t(TerritoryWording.action), t(TerritoryWording.narrative), t(TerritoryWording.role),
            t(TerritoryWording.untold),
          ],
          rows: record.appearances.map { appearance in
            let ref = appearance.narrative
            let untold = appearance.untold.map { $0.label.text(in: language) }
            return MarkupTable.Row([
              MarkupTable.Cell([actionLink(ref.actionID, links)], isRowHeader: true),
              MarkupTable.Cell([.text(narrativeWords(ref))]),
              MarkupTable.Cell([
                .text(
                  roleWords(appearance.roles)
                    + (appearance.isNarrator && !appearance.roles.isEmpty
                      ? " · " + t(TerritoryWording.narrator) : ""))
              ]),
              MarkupTable.Cell([.text(untold.isEmpty ? "—" : untold.joined(separator: ", "))]),
            ])
          }))
    }
    func narrativeList(_ title: LocalizedText, _ list: [NarrativeRef], empty: LocalizedText) {
      blocks.append(heading(level + 1, t(title)))
      blocks.append(
        list.isEmpty
          ? .paragraph(t(empty))
          : .list(
            MarkupList(
              items: list.map {
                MarkupList.Item(blocks: [Block(.paragraph(narrativeInlines($0, links)))])
              })))
    }
    narrativeList(TerritoryWording.carries, record.carries, empty: TerritoryWording.carriesNone)
    narrativeList(
      TerritoryWording.contested, record.contestedBy, empty: TerritoryWording.contestedNone)
    blocks.append(heading(level + 1, t(TerritoryWording.mentions)))
    blocks.append(
      record.mentions.isEmpty
        ? .paragraph(t(TerritoryWording.mentionsNone))
        : .list(
          MarkupList(
            items: Self.byNarrative(record.mentions).map { narrative, places in
              var inlines = narrativeInlines(narrative, links) + [.text(" · ")]
              for (index, place) in places.prefix(Self.mentionPlacesShown).enumerated() {
                if index > 0 { inlines.append(.text(", ")) }
                inlines.append(.code("\(place.file):\(place.line):\(place.column)"))
              }
              if places.count > Self.mentionPlacesShown {
                inlines.append(
                  .text(t(TerritoryWording.moreMentions(places.count - Self.mentionPlacesShown))))
              }
              return MarkupList.Item(blocks: [Block(.paragraph(inlines))])
            })))
    blocks.append(heading(level + 1, t(TerritoryWording.steps)))
    blocks.append(
      record.steps.isEmpty
        ? .paragraph(t(TerritoryWording.stepsNone))
        : .table(
          header: [
            t(TerritoryWording.date), t(TerritoryWording.action), t(TerritoryWording.step),
            t(TerritoryWording.what),
          ],
          rows: record.steps.map { step in
            MarkupTable.Row([
              MarkupTable.Cell(
                [.text(step.date.map { DateWords.text($0, language) } ?? "—")], isRowHeader: true),
              MarkupTable.Cell([actionLink(step.actionID, links)]),
              MarkupTable.Cell([
                .text(
                  stepWords(step.label, told: step.narrative)
                    + (step.acts ? "" : " (" + t(TerritoryWording.influenced) + ")"))
              ]),
              MarkupTable.Cell([.text(step.text ?? "—")]),
            ])
          }))
    return blocks
  }
}

extension Territory {
  /// The DocBook chapter's body: the map, the coverage, the timeline and one section per
  /// actor, headed from level 1 (each heading opens a section).
  public func bookDocument() -> [Block] {
    let anchors = actorAnchors
    let targets = anchors.mapValues { Self.bookIDPrefix + $0 }
    return wholeDocument(TerritoryLinks.docbook(actorAnchors: targets), actorIDs: anchors, level: 1)
  }

  /// Prepended to every id of the book's territory chapter (its `DocBookBody`'s `idPrefix`).
  public static let bookIDPrefix = "territoire-"

  /// The Markdown export's page of the territory (`markdown/territoire/index.md`): its title,
  /// then the same parts as the book's chapter; actions link to their Markdown files, actors
  /// are named (Markdown has no portable heading ids to link them to).
  public func markdownDocument() -> [Block] {
    [heading(1, t(TerritoryWording.territory))]
      + wholeDocument(TerritoryLinks.markdown, actorIDs: [:], level: 2)
  }

  /// The map, the coverage, the timeline and one part per actor, the parts headed at `level`;
  /// `actorIDs` gives the actors' headings their ids.
  func wholeDocument(_ links: TerritoryLinks, actorIDs: [String: String], level: Int) -> [Block] {
    var blocks =
      [heading(level, t(TerritoryWording.mapTitle))] + mapDocument(links, headingLevel: level)
    blocks +=
      [heading(level, t(TerritoryWording.coverageTitle))]
      + coverageDocument(links, headingLevel: level)
    blocks +=
      [heading(level, t(TerritoryWording.timelineTitle))]
      + timelineDocument(links, headingLevel: level)
    blocks.append(heading(level, t(TerritoryWording.actorsTitle)))
    for record in actors {
      blocks.append(heading(level + 1, record.actor.displayName, id: actorIDs[record.actor.id]))
      // Under the actor's heading, its parts are one level further down.
      blocks += actorDocument(record, links, headingLevel: level + 1)
    }
    return blocks
  }
}

extension Territory {
  /// Actor id → the id of its heading in the territory's documents: `acteur-` and the id's
  /// slug, a number added when two slugs meet (in the book, after ``bookIDPrefix``).
  public var actorAnchors: [String: String] {
    var anchors: [String: String] = [:]
    var taken: Set<String> = []
    for record in actors {
      let base = "acteur-" + Slug.make(record.actor.id)
      var anchor = base
      var count = 1
      while !taken.insert(anchor).inserted {
        count += 1
        anchor = "\(base)-\(count)"
      }
      anchors[record.actor.id] = anchor
    }
    return anchors
  }
}
