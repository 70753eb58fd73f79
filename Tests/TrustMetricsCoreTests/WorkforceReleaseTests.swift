import Testing
import TrustMetricsCore

@Suite struct WorkforceReleaseTests {
  @Test func aReportingYearIsPublishedTheFollowingFebruary() {
    let release = WorkforceRelease(
      reportingYear: 2022, file: "f.csv", statistics: WorkforceStatistics(records: []))
    #expect(release.published == PartialDate(year: 2023, month: 2))
    #expect(release.name == "reporting-year-2022 release")
  }

  @Test(arguments: [
    (PartialDate(year: 2023, month: 3, day: 1), true as Bool?),
    (PartialDate(year: 2024), true),
    (PartialDate(year: 2023, month: 1, day: 31), false),
    (PartialDate(year: 2022, month: 12), false),
    // February itself, and a year alone, cannot be told apart from the publication.
    (PartialDate(year: 2023, month: 2, day: 15), nil),
    (PartialDate(year: 2023), nil),
  ])
  func couldHaveSeenAFebruary2023Release(date: PartialDate, expected: Bool?) {
    #expect(WorkforceRelease.couldHaveSeen(PartialDate(year: 2023, month: 2), at: date) == expected)
  }
}
