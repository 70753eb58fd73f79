import Testing

@testable import TrustMetricsCore

@Suite struct YearSeriesTests {
  // 2018 20, 2019 22, 2020 missing, 2021 18, 2022 18.
  static let series = YearSeries(values: [2018: 20, 2019: 22, 2021: 18, 2022: 18])

  @Test func alignsEveryYearAndKeepsGaps() {
    #expect(Self.series.points.map(\.year) == [2018, 2019, 2020, 2021, 2022])
    #expect(Self.series.points.map(\.value) == [20, 22, nil, 18, 18])
    #expect(Self.series.value(in: 2020) == nil)
    #expect(Self.series.value(in: 2021) == 18)
  }

  // Previous: 2019 22 − 20 = +2 (+2 ÷ 20 = +10%); 2020 gap; 2021 nil across the gap;
  // 2022 18 − 18 = 0 (flat).
  @Test(arguments: [
    (2018, nil as Double?, nil as Double?, nil as Direction?),
    (2019, 2.0, 10.0, .up),
    (2020, nil, nil, nil),
    (2021, nil, nil, nil),
    (2022, 0.0, 0.0, .flat),
  ])
  func changeFromPreviousIsNilAcrossGaps(
    year: Int, difference: Double?, relative: Double?, direction: Direction?
  ) throws {
    let point = try #require(Self.series.points.first { $0.year == year })
    #expect(point.changeFromPrevious.map(\.difference).isApproximatelyEqual(to: difference))
    #expect(point.changeFromPrevious.flatMap(\.relativePercent).isApproximatelyEqual(to: relative))
    #expect(point.changeFromPrevious?.direction == direction)
  }

  // From first (20): 2018 0 (flat), 2019 +2 (+10%), 2020 gap, 2021 −2 (−2 ÷ 20 = −10%),
  // 2022 −2 (−10%).
  @Test(arguments: [
    (2018, 0.0 as Double?, 0.0 as Double?, Direction.flat as Direction?),
    (2019, 2.0, 10.0, .up),
    (2020, nil, nil, nil),
    (2021, -2.0, -10.0, .down),
    (2022, -2.0, -10.0, .down),
  ])
  func changeFromFirstIsComputedForEveryPresentPoint(
    year: Int, difference: Double?, relative: Double?, direction: Direction?
  ) throws {
    let point = try #require(Self.series.points.first { $0.year == year })
    #expect(point.changeFromFirst.map(\.difference).isApproximatelyEqual(to: difference))
    #expect(point.changeFromFirst.flatMap(\.relativePercent).isApproximatelyEqual(to: relative))
    #expect(point.changeFromFirst?.direction == direction)
  }

  @Test func compoundAnnualRateBetweenPresentEnds() {
    // (18 ÷ 20)^(1/4) − 1 = 0.9^0.25 − 1; python3: (0.9 ** 0.25 − 1) × 100 = −2.5996253574703254
    #expect(Self.series.compoundAnnualRate.isApproximatelyEqual(to: -2.5996253574703254))
    // Padding with empty years does not move the ends: still 2018 and 2022.
    let padded = YearSeries(values: [2018: 20, 2019: 22, 2021: 18, 2022: 18], years: 2016...2024)
    #expect(padded.points.count == 9)
    #expect(padded.firstPresent?.year == 2018)
    #expect(padded.lastPresent?.year == 2022)
    #expect(padded.compoundAnnualRate.isApproximatelyEqual(to: -2.5996253574703254))
    // 10 → 40 over 2 years: (4)^(1/2) − 1 = 1 → 100%
    #expect(
      YearSeries(values: [2020: 10, 2022: 40]).compoundAnnualRate.isApproximatelyEqual(to: 100))
  }

  @Test(arguments: [
    [2018: 0.0, 2020: 5.0],  // starts at 0
    [2018: 5.0, 2020: 0.0],  // ends at 0
    [2018: -2.0, 2020: 5.0],  // negative end
    [2018: 5.0],  // one point
    [:],  // nothing
  ])
  func compoundAnnualRateNeedsPositiveEndsInDifferentYears(values: [Int: Double]) {
    #expect(YearSeries(values: values).compoundAnnualRate == nil)
  }

  @Test func relativeChangeFromZeroIsNil() throws {
    let series = YearSeries(values: [2020: 0, 2021: 3])
    let point = try #require(series.points.last)
    // 3 − 0 = +3 points, but no relative change from 0.
    #expect(point.changeFromPrevious?.difference == 3)
    #expect(point.changeFromPrevious?.relativePercent == nil)
    #expect(point.changeFromPrevious?.direction == .up)
  }

  @Test func relativeChangeFromNegativeKeepsTheSign() {
    // (−2 − (−4)) ÷ |−4| × 100 = +50
    #expect(Change(from: -4, to: -2).relativePercent.isApproximatelyEqual(to: 50))
  }

  @Test(arguments: [
    // |10.05 − 10| = 0.05 ≤ 0.1 → flat
    (10.0, 10.05, 0.1, Direction.flat),
    (10.0, 10.2, 0.1, .up),
    (10.0, 9.8, 0.1, .down),
    (10.0, 10.0, 0.0, .flat),
  ])
  func flatThresholdDecidesDirection(
    from: Double, to: Double, threshold: Double, expected: Direction
  ) {
    #expect(Change(from: from, to: to, flatThreshold: threshold).direction == expected)
  }

  @Test func alignedSeriesShareOneSpan() {
    let aligned = YearSeries.aligned([[2018: 1], [2020: 2, 2019: 3]])
    #expect(aligned.count == 2)
    #expect(aligned[0].points.map(\.year) == [2018, 2019, 2020])
    #expect(aligned[0].points.map(\.value) == [1, nil, nil])
    #expect(aligned[1].points.map(\.value) == [nil, 3, 2])
  }

  @Test func nonFiniteValuesAreGaps() {
    let series = YearSeries(values: [2018: 1, 2019: .nan, 2020: 2])
    #expect(series.points.map(\.value) == [1, nil, 2])
    #expect(series.points[2].changeFromPrevious == nil)
  }

  @Test func publishedSeriesReadsTheStatistics() {
    let series = YearSeries(
      published: .agency, authority: "304", statistics: WorkforceFixtures.spellStatistics)
    // 304: 2018 low, 2019 28, 2020 low, 2021 29, 2022 30.
    #expect(series.points.map(\.year) == [2018, 2019, 2020, 2021, 2022])
    #expect(series.points.map(\.value) == [nil, 28, nil, 29, 30])
    // 2022 − 2021 = 30 − 29 = +1; 2021 follows a gap.
    #expect(series.points[4].changeFromPrevious?.difference.isApproximatelyEqual(to: 1) == true)
    #expect(series.points[3].changeFromPrevious == nil)
    // From the first present (2019, 28): 2022 is +2.
    #expect(series.points[4].changeFromFirst?.difference.isApproximatelyEqual(to: 2) == true)
  }
}
