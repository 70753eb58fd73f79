import Testing

@testable import TrustMetricsCore

@Suite struct OfficialComparisonTests {
  func compare(_ code: String) -> OfficialComparison? {
    OfficialComparison.compare(
      .agency, authority: code, year: 2022,
      statistics: OfficialStatistics(
        workforce: WorkforceFixtures.comparisonStatistics, finance: .empty),
      neighbours: WorkforceFixtures.comparisonNeighbours)
  }

  @Test func comparesWithEnglandLondonAndNeighbours() throws {
    let comparison = try #require(compare("201"))
    #expect(comparison.authority == .number(12.5))
    #expect(comparison.england == .number(17.6))
    // Inner London compares with London (20.0), not the Inner London row (25.0).
    #expect(comparison.regionName == "London")
    #expect(comparison.region == .number(20.0))
    // Neighbours 202 30.1, 203 8.0, 940 → "940 / 941" 18.3, 205 15.0, 206 15.0, 204 22.4;
    // 941 repeats the merged row and 999 has none (2 missing); 210 `low`, 211 `x` (2 suppressed).
    #expect(comparison.neighbourCount == 6)
    #expect(comparison.neighboursSuppressed == 2)
    #expect(comparison.neighboursMissing == 2)
    // mean = (30.1 + 8.0 + 18.3 + 15.0 + 15.0 + 22.4) ÷ 6 = 108.8 ÷ 6 = 18.1333…
    #expect(comparison.neighbourMean.isApproximatelyEqual(to: 108.8 / 6))
    // median of [8, 15, 15, 18.3, 22.4, 30.1] = (15 + 18.3) ÷ 2 = 16.65
    #expect(comparison.neighbourMedian.isApproximatelyEqual(to: 16.65))
    // Nine published authorities ranked; 210 and 211 left out.
    #expect(comparison.rankedCount == 9)
    #expect(comparison.excludedFromRanking == 2)
  }

  // Published: 12.5 (201), 30.1 (202), 8.0 (203), 22.4 (204), 15.0 (205), 15.0 (206),
  // 40.2 (207), 9.9 (208), 18.3 (940 / 941). Ranks: scipy rankdata(method="min") oracle
  // [3, 8, 1, 7, 4, 4, 9, 2, 6]. Quartiles (numpy type 7): Q1 12.5, Q2 15.0, Q3 22.4.
  @Test(arguments: [
    ("201", 3, QuartileBand.a),  // 12.5 ≤ Q1
    ("202", 8, .d),  // 30.1 > Q3
    ("203", 1, .a),
    ("204", 7, .c),  // 22.4 ≤ Q3
    ("205", 4, .b),  // 15.0 ≤ Q2, tied with 206
    ("206", 4, .b),
    ("207", 9, .d),
    ("208", 2, .a),
    ("941", 6, .c),  // resolves to "940 / 941", 18.3
  ])
  func ranksAndBandsAuthorities(code: String, rank: Int, band: QuartileBand) throws {
    let comparison = try #require(compare(code))
    #expect(comparison.rank == rank)
    #expect(comparison.band == band)
    #expect(comparison.quartiles == Quartiles(q1: 12.5, q2: 15.0, q3: 22.4))
  }

  @Test(arguments: [
    ("210", SuppressionMarker.belowPublishable),
    ("211", .notAvailable),
  ])
  func suppressedAuthorityHasNoRankOrBand(code: String, marker: SuppressionMarker) throws {
    let comparison = try #require(compare(code))
    #expect(comparison.authority == .suppressed(marker))
    #expect(comparison.rank == nil)
    #expect(comparison.band == nil)
    #expect(comparison.rankedCount == 9)
    #expect(comparison.excludedFromRanking == 2)
  }

  @Test func mergedCodeResolvesToTheMergedRow() throws {
    let comparison = try #require(compare("940"))
    #expect(comparison.laCode == "940 / 941")
    #expect(comparison.authority == .number(18.3))
    // No neighbours listed for 940: nothing to average.
    #expect(comparison.neighbourCount == 0)
    #expect(comparison.neighbourMean == nil)
    #expect(comparison.neighbourMedian == nil)
  }

  @Test func unknownAuthorityOrYearGivesNil() {
    #expect(compare("999") == nil)
    let otherYear = OfficialComparison.compare(
      .agency, authority: "201", year: 2021,
      statistics: OfficialStatistics(
        workforce: WorkforceFixtures.comparisonStatistics, finance: .empty),
      neighbours: WorkforceFixtures.comparisonNeighbours)
    #expect(otherYear == nil)
  }

  @Test func measureWithNoPublishedColumnIsUnrankedEverywhere() throws {
    let comparison = try #require(
      OfficialComparison.compare(
        .caseload, authority: "201", year: 2022,
        statistics: OfficialStatistics(
          workforce: WorkforceFixtures.comparisonStatistics, finance: .empty),
        neighbours: WorkforceFixtures.comparisonNeighbours))
    #expect(comparison.authority == .suppressed(.notAvailable))
    #expect(comparison.rank == nil)
    #expect(comparison.rankedCount == 0)
    #expect(comparison.excludedFromRanking == 11)
    #expect(comparison.quartiles == nil)
    // All 8 neighbour rows found (6 published for agency + 210 + 211) read as not available.
    #expect(comparison.neighboursSuppressed == 8)
    #expect(comparison.neighboursMissing == 2)
  }
}
