import Testing

@testable import RecitKit

/// Dates and step labels as French territories write them.
@Suite struct DateAndStepLabelTests {
  @Test(arguments: [
    ("2024", PartialDate(year: 2024)),
    ("2024-09", PartialDate(year: 2024, month: 9)),
    ("2024-09-02", PartialDate(year: 2024, month: 9, day: 2)),
    ("02/09/2024", PartialDate(year: 2024, month: 9, day: 2)),
    ("2/9/2024", PartialDate(year: 2024, month: 9, day: 2)),
    ("09/2024", PartialDate(year: 2024, month: 9)),
    ("septembre 2024", PartialDate(year: 2024, month: 9)),
    ("Septembre 2024", PartialDate(year: 2024, month: 9)),
    ("sept. 2024", PartialDate(year: 2024, month: 9)),
    ("févr. 2024", PartialDate(year: 2024, month: 2)),
    ("aout 2024", PartialDate(year: 2024, month: 8)),
    ("2 septembre 2024", PartialDate(year: 2024, month: 9, day: 2)),
    ("1er septembre 2024", PartialDate(year: 2024, month: 9, day: 1)),
    ("29 février 2024", PartialDate(year: 2024, month: 2, day: 29)),
  ])
  func acceptedDates(_ written: String, _ date: PartialDate) {
    #expect(PartialDate(written) == date, "\(written)")
    #expect(PartialDate.nearMiss(written) == nil, "\(written)")
  }

  @Test(arguments: [
    "31/02/2024", "13/2024", "29 février 2023", "septembre", "2024-9", "34 mars 2024",
    "2024/09", "bientôt", "03-04",
  ])
  func refusedDates(_ written: String) {
    #expect(PartialDate(written) == nil, "\(written)")
  }

  @Test(arguments: [
    ("2024/09", "2024-09"), ("2024-9", "2024-09"), ("2024-9-2", "2024-09-02"),
    ("02-09-2024", "2024-09-02"), ("02.09.2024", "2024-09-02"), ("9.2024", "2024-09"),
  ])
  func nearMissDatesMapToOneDate(_ written: String, _ iso: String) {
    #expect(PartialDate.nearMiss(written)?.iso == iso, "\(written)")
  }

  @Test(arguments: ["03-04", "2024/13", "31-02-2024", "bientôt"])
  func ambiguousOrImpossibleDatesHaveNoFix(_ written: String) {
    #expect(PartialDate.nearMiss(written) == nil, "\(written)")
  }

  @Test(arguments: [
    ("2", "2"), ("2 bis", "2 bis"), ("2bis", "2 bis"), ("2 Bis", "2 bis"), ("2ter", "2 ter"),
    ("2  TER", "2 ter"), ("3quater", "3 quater"),
  ])
  func acceptedStepLabels(_ written: String, _ text: String) {
    let label = StepLabel(written)
    #expect(label.isValid, "\(written)")
    #expect(label.text == text)
    #expect(label.written == written)
    #expect(StepLabel.nearMiss(written) == nil)
  }

  @Test(arguments: [("2-bis", "2 bis"), ("2.ter", "2 ter"), ("2_bis", "2 bis")])
  func nearMissStepLabels(_ written: String, _ meant: String) {
    #expect(!StepLabel(written).isValid)
    #expect(StepLabel.nearMiss(written) == meant)
  }

  @Test(arguments: ["2b", "2.1", "étape 2", "1 bus", "bis"])
  func refusedStepLabelsWithoutAFix(_ written: String) {
    #expect(!StepLabel(written).isValid)
    #expect(StepLabel.nearMiss(written) == nil)
  }
}
