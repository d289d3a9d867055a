import Testing

@testable import RecitKit

/// How a row of the matrix is classified, from its cells alone.
@Suite struct CompareZoneTests {
  typealias R = Comparison.PlayedRole

  private func zone(_ cells: [[R]]) -> Comparison.Zone { Comparison.Row.zone(of: cells) }

  @Test func helperHereOpponentThereIsConflict() {
    #expect(zone([[.adjuvant], [.opposant]]) == .conflit)
  }

  @Test func opponentHereSubjectOrSenderThereIsConflict() {
    #expect(zone([[.opposant], [.sujet]]) == .conflit)
    #expect(zone([[.destinateur], [], [.opposant]]) == .conflit)
  }

  @Test func opponentHereReceiverThereIsOnlyDivergent() {
    #expect(zone([[.opposant], [.destinataire]]) == .divergent)
  }

  @Test func ambivalenceInsideOneNarrativeIsNoConflictBetweenNarratives() {
    #expect(zone([[.adjuvant, .opposant], []]) == .divergent)
    #expect(zone([[.adjuvant, .opposant], [.adjuvant, .opposant]]) == .stable)
  }

  @Test func helperOrReceiverEverywhereIsCooperation() {
    #expect(zone([[.adjuvant], [.destinataire], [.sujet, .destinataire]]) == .cooperation)
    #expect(zone([[.adjuvant], [.adjuvant]]) == .cooperation)
  }

  @Test func absentFromOneNarrativeIsNoCooperation() {
    #expect(zone([[.adjuvant], []]) == .divergent)
  }

  @Test func sameRolesEverywhereIsStable() {
    #expect(zone([[.sujet], [.sujet]]) == .stable)
    #expect(zone([[.opposant], [.opposant]]) == .stable)
  }

  @Test func oneNarrativeIsAlwaysStable() {
    #expect(zone([[.adjuvant]]) == .stable)
    #expect(zone([[.adjuvant, .opposant]]) == .stable)
  }
}
