import RecitModel

extension Territory {
  /// Links that a terminal does not follow: their text is shown.
  static let textLinks = TerritoryLinks(actor: { _ in "" }, action: { _ in "" })

  private func text(_ title: String, _ blocks: [Block], colors: Bool, width: Int) -> String {
    PlainTextBody(colors: colors, width: max(width, 40)).render(
      [Block(.heading(level: 1, [.text(title)]))] + blocks)
  }

  /// `recit acteurs`: every actor with its family and actions, then the actors who change side.
  public func actorsText(colors: Bool = false, width: Int = 120) -> String {
    let links = Self.textLinks
    let list = TerritoryPages(territory: self).actorList(links, language)
    var blocks = [list]
    blocks.append(Block(.heading(level: 2, [.text(t(TerritoryWording.sideChanges))])))
    blocks += sideChangeBlocks(links)
    return text(t(TerritoryWording.actorsTitle), blocks, colors: colors, width: width)
  }

  /// `recit acteurs ID`: one actor's page as text.
  public func actorText(_ record: ActorRecord, colors: Bool = false, width: Int = 120) -> String {
    text(
      record.actor.displayName, actorDocument(record, Self.textLinks), colors: colors, width: width)
  }

  /// `recit couverture`: the référentiel's coverage as text.
  public func coverageText(colors: Bool = false, width: Int = 120) -> String {
    text(
      t(TerritoryWording.coverageTitle), coverageDocument(Self.textLinks), colors: colors,
      width: width)
  }
}
