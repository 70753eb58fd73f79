import PropertyBased
import Testing
import TrustMetricsCore

/// Properties of the workforce rates over random valid and extreme counts.
@Suite struct WorkforceRatesPropertyTests {
  /// Counts of staff from none to ten million FTE, to a tenth.
  static let counts = Gen.int(in: 0...100_000_000).map { Double($0) / 10 }
  /// Any finite non-negative double, the extremes included.
  static let extremes = Gen.double(in: 0...Double.greatestFiniteMagnitude)

  @Test func agencyAndVacancyRatesLieWithinZeroToHundred() async {
    await propertyCheck(count: 1_000, input: Self.counts, Self.counts) { part, inPost in
      let agency = WorkforceRates.agencyRate(agency: part, inPost: inPost)
      let vacancy = WorkforceRates.vacancyRate(vacancies: part, inPost: inPost)
      if part + inPost == 0 {
        #expect(agency == nil && vacancy == nil)
      } else {
        let agency = try #require(agency)
        let vacancy = try #require(vacancy)
        #expect((0...100).contains(agency))
        #expect((0...100).contains(vacancy))
      }
    }
  }

  @Test func turnoverIsAtLeastZeroAndOnlyMissingWithNoneInPost() async {
    await propertyCheck(count: 1_000, input: Self.counts, Self.counts) { leavers, inPost in
      let turnover = WorkforceRates.turnoverRate(leavers: leavers, inPost: inPost)
      if inPost == 0 {
        #expect(turnover == nil)
      } else {
        let turnover = try #require(turnover)
        #expect(turnover >= 0)
      }
    }
  }

  @Test func extremeCountsNeverGiveAnOutOfRangeOrNonFiniteRate() async {
    await propertyCheck(count: 1_000, input: Self.extremes, Self.extremes) { part, whole in
      for rate in [
        WorkforceRates.agencyRate(agency: part, inPost: whole),
        WorkforceRates.vacancyRate(vacancies: part, inPost: whole),
      ] {
        if let rate { #expect((0...100).contains(rate)) }
      }
      if let turnover = WorkforceRates.turnoverRate(leavers: part, inPost: whole) {
        #expect(turnover.isFinite && turnover >= 0)
      }
      if let caseload = WorkforceRates.caseload(cases: part, caseHolders: whole) {
        #expect(caseload.isFinite && caseload >= 0)
      }
    }
  }

  @Test(arguments: [-1.0, -.infinity, .infinity, .nan])
  func aNegativeOrNonFiniteCountGivesNoRate(bad: Double) {
    #expect(WorkforceRates.agencyRate(agency: bad, inPost: 10) == nil)
    #expect(WorkforceRates.agencyRate(agency: 10, inPost: bad) == nil)
    #expect(WorkforceRates.vacancyRate(vacancies: bad, inPost: 10) == nil)
    #expect(WorkforceRates.turnoverRate(leavers: bad, inPost: 10) == nil)
    #expect(WorkforceRates.turnoverRate(leavers: 10, inPost: bad) == nil)
  }
}
