import Testing

@testable import TrustMetricsCore

@Suite struct WorkforceRatesTests {
  @Test(arguments: [
    // 25 ÷ (25 + 75) × 100 = 25
    (25.0, 75.0, 25.0 as Double?),
    // 10 ÷ (10 + 0) × 100 = 100, the upper bound
    (10.0, 0.0, 100.0),
    // 0 ÷ (0 + 40) × 100 = 0
    (0.0, 40.0, 0.0),
    // 0 + 0 = 0: undefined
    (0.0, 0.0, nil),
    // negative counts are invalid
    (-1.0, 40.0, nil),
    (Double.nan, 40.0, nil),
    (Double.infinity, 40.0, nil),
  ])
  func agencyRateIsAShareOfAllWorkers(agency: Double, inPost: Double, expected: Double?) {
    let rate = WorkforceRates.agencyRate(agency: agency, inPost: inPost)
    #expect(rate.isApproximatelyEqual(to: expected))
  }

  @Test(arguments: [
    // 15 ÷ (15 + 85) × 100 = 15
    (15.0, 85.0, 15.0 as Double?),
    // 3 ÷ (3 + 9) × 100 = 25
    (3.0, 9.0, 25.0),
    (0.0, 0.0, nil),
  ])
  func vacancyRateIsAShareOfAllPosts(vacancies: Double, inPost: Double, expected: Double?) {
    let rate = WorkforceRates.vacancyRate(vacancies: vacancies, inPost: inPost)
    #expect(rate.isApproximatelyEqual(to: expected))
  }

  @Test(arguments: [
    // 12 ÷ 80 × 100 = 15
    (12.0, 80.0, 15.0 as Double?),
    // 30 ÷ 20 × 100 = 150: turnover has no upper bound
    (30.0, 20.0, 150.0),
    // in post 0: undefined, not infinity
    (5.0, 0.0, nil),
    (0.0, 0.0, nil),
  ])
  func turnoverRateIsLeaversOverInPost(leavers: Double, inPost: Double, expected: Double?) {
    let rate = WorkforceRates.turnoverRate(leavers: leavers, inPost: inPost)
    #expect(rate.isApproximatelyEqual(to: expected))
  }

  @Test(arguments: [
    // 160 ÷ 10 = 16
    (160.0, 10.0, 16.0 as Double?),
    // 1,500 ÷ 75 = 20
    (1500.0, 75.0, 20.0),
    (5.0, 0.0, nil),
  ])
  func caseloadIsCasesPerCaseHolder(cases: Double, holders: Double, expected: Double?) {
    let caseload = WorkforceRates.caseload(cases: cases, caseHolders: holders)
    #expect(caseload.isApproximatelyEqual(to: expected))
  }

  static let countsRecord = WorkforceRecord(
    year: 2022, level: .localAuthority, regionName: "West Midlands", laCode: "871",
    name: "Example",
    values: [
      .inPostFTE: .number(80), .agencyFTE: .number(20), .vacancyFTE: .number(20),
      .leaversFTE: .number(12), .cases: .number(1500), .caseHoldersFTE: .number(75),
      .agencyRateFTE: .number(20.1), .vacancyRateFTE: .suppressed(.confidential),
      .turnoverRateFTE: .number(15.2), .caseloadFTE: .number(19.9),
    ], line: 7)

  @Test(arguments: [
    // agency 20 ÷ (20 + 80) × 100 = 20
    (OfficialMeasure.agency, 20.0 as Double?),
    // vacancies 20 ÷ (20 + 80) × 100 = 20
    (.vacancy, 20.0),
    // leavers 12 ÷ in post 80 × 100 = 15
    (.turnover, 15.0),
    // cases 1,500 ÷ case holders 75 = 20
    (.caseload, 20.0),
  ])
  func recomputesFromCountColumns(measure: OfficialMeasure, expected: Double?) {
    let rate = WorkforceRates.recomputedRate(of: measure, in: Self.countsRecord)
    #expect(rate.isApproximatelyEqual(to: expected))
  }

  @Test func suppressedCountGivesNoRecomputedRate() {
    var record = Self.countsRecord
    record.values[.inPostFTE] = .suppressed(.lowReliability)
    for measure in [OfficialMeasure.agency, .vacancy, .turnover] {
      #expect(WorkforceRates.recomputedRate(of: measure, in: record) == nil)
    }
    // Caseload does not use in-post FTE: 1,500 ÷ 75 = 20.
    #expect(WorkforceRates.recomputedRate(of: .caseload, in: record).isApproximatelyEqual(to: 20))
  }

  @Test(arguments: [
    (OfficialMeasure.agency, OfficialValue.number(20.1)),
    (.vacancy, .suppressed(.confidential)),
    (.turnover, .number(15.2)),
    (.caseload, .number(19.9)),
  ])
  func publishedValueReadsTheFTEColumn(measure: OfficialMeasure, expected: OfficialValue) {
    #expect(WorkforceRates.publishedValue(of: measure, in: Self.countsRecord) == expected)
  }

  @Test func absentPublishedColumnReadsAsNotAvailable() {
    let record = WorkforceRecord(
      year: 2022, level: .national, regionName: "", laCode: "", name: "England", values: [:],
      line: 1)
    #expect(WorkforceRates.publishedValue(of: .agency, in: record) == .suppressed(.notAvailable))
  }
}
