import Testing

@testable import RecitKit

/// How a row of the matrix is classified, from its cells alone.
@Suite struct CompareZoneTests {
  typealias R = Comparison.PlayedRole

  private func zone(_ cells: [[R]]) -> Comparison.Zone { Comparison.Row.zone(of: cells) }

  @Test func helperHereOpponentThereIsConflict() {
    #expect(zone([[.helper], [.opponent]]) == .conflit)
  }

  @Test func opponentHereSubjectOrSenderThereIsConflict() {
    #expect(zone([[.opponent], [.subject]]) == .conflit)
    #expect(zone([[.sender], [], [.opponent]]) == .conflit)
  }

  @Test func opponentHereReceiverThereIsOnlyDivergent() {
    #expect(zone([[.opponent], [.receiver]]) == .divergent)
  }

  @Test func ambivalenceInsideOneNarrativeIsNoConflictBetweenNarratives() {
    #expect(zone([[.helper, .opponent], []]) == .divergent)
    #expect(zone([[.helper, .opponent], [.helper, .opponent]]) == .stable)
  }

  @Test func helperOrReceiverEverywhereIsCooperation() {
    #expect(zone([[.helper], [.receiver], [.subject, .receiver]]) == .cooperation)
    #expect(zone([[.helper], [.helper]]) == .cooperation)
  }

  @Test func absentFromOneNarrativeIsNoCooperation() {
    #expect(zone([[.helper], []]) == .divergent)
  }

  @Test func sameRolesEverywhereIsStable() {
    #expect(zone([[.subject], [.subject]]) == .stable)
    #expect(zone([[.opponent], [.opponent]]) == .stable)
  }

  @Test func oneNarrativeIsAlwaysStable() {
    #expect(zone([[.helper]]) == .stable)
    #expect(zone([[.helper, .opponent]]) == .stable)
  }
}
