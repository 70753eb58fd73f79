import Testing

@testable import TrustMetricsCore

@Suite struct SampleStatisticsTests {
  static let sample = [12.5, 30.1, 8.0, 22.4, 15.0, 15.0, 40.2, 9.9, 18.3]

  // Oracle: numpy 2.4.6, np.quantile(sample, [0.25, 0.5, 0.75]) (default method "linear", which
  // is Hyndman–Fan type 7) gives 12.5, 15.0, 22.4; np.mean gives 19.044444444444444.
  @Test func quartilesMatchNumpyType7() throws {
    let quartiles = try #require(SampleStatistics.quartiles(Self.sample))
    #expect(quartiles.q1.isApproximatelyEqual(to: 12.5))
    #expect(quartiles.q2.isApproximatelyEqual(to: 15.0))
    #expect(quartiles.q3.isApproximatelyEqual(to: 22.4))
    #expect(SampleStatistics.mean(Self.sample).isApproximatelyEqual(to: 19.044444444444444))
  }

  // Type 7 on [1, 1.5, 3, 4] (sorted): h = 3p + 1.
  // p = 0.25: h = 1.75 → 1 + 0.75 × (1.5 − 1) = 1.375
  // p = 0.5:  h = 2.5  → 1.5 + 0.5 × (3 − 1.5) = 2.25
  // p = 0.75: h = 3.25 → 3 + 0.25 × (4 − 3) = 3.25
  // (numpy np.quantile([3, 1, 4, 1.5], [.25, .5, .75]) agrees: 1.375, 2.25, 3.25.)
  @Test(arguments: [(0.25, 1.375), (0.5, 2.25), (0.75, 3.25), (0.0, 1.0), (1.0, 4.0)])
  func interpolatesBetweenOrderStatistics(p: Double, expected: Double) {
    let value = SampleStatistics.quantile([3.0, 1.0, 4.0, 1.5], at: p)
    #expect(value.isApproximatelyEqual(to: expected))
  }

  @Test func medianOfOddAndEvenSamples() {
    // [8, 15, 15, 18.3, 22.4, 30.1]: (15 + 18.3) ÷ 2 = 16.65
    #expect(
      SampleStatistics.median([30.1, 8.0, 18.3, 15.0, 15.0, 22.4]).isApproximatelyEqual(
        to: 16.65))
    // [1, 2, 9]: the middle value, 2
    #expect(SampleStatistics.median([9, 1, 2]).isApproximatelyEqual(to: 2))
    // a single value is its own median
    #expect(SampleStatistics.median([7.5]).isApproximatelyEqual(to: 7.5))
  }

  @Test func emptySampleOrBadProbabilityGivesNil() {
    #expect(SampleStatistics.mean([]) == nil)
    #expect(SampleStatistics.median([]) == nil)
    #expect(SampleStatistics.quartiles([]) == nil)
    #expect(SampleStatistics.quantile([1, 2], at: 1.5) == nil)
    #expect(SampleStatistics.quantile([1, 2], at: -0.1) == nil)
  }
}
