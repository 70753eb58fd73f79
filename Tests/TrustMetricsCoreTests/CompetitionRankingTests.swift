import Testing

@testable import TrustMetricsCore

@Suite struct CompetitionRankingTests {
  // Oracle: scipy 1.17.1, rankdata(sample, method="min") gives [3, 8, 1, 7, 4, 4, 9, 2, 6];
  // rankdata(-sample, method="min") gives [7, 2, 9, 3, 5, 5, 1, 8, 4].
  @Test func tiesShareTheSmallerRank() {
    let sample = SampleStatisticsTests.sample
    #expect(
      CompetitionRanking.ranks(of: sample, polarity: .lowIsGood) == [3, 8, 1, 7, 4, 4, 9, 2, 6])
    #expect(
      CompetitionRanking.ranks(of: sample, polarity: .highIsGood) == [7, 2, 9, 3, 5, 5, 1, 8, 4])
  }

  @Test(arguments: [
    // 1 + #{1, 2, 2} below 5 = 4 (competition ranking 1, 2, 2, 4)
    (5.0, Polarity.lowIsGood, 4 as Int?),
    // 1 + #{1} below 2 = 2
    (2.0, .lowIsGood, 2),
    // 1 + #{5} above 2 = 2
    (2.0, .highIsGood, 2),
    (2.0, .neutral, nil),
    (Double.nan, .lowIsGood, nil),
  ])
  func ranksAValueAmongOthers(value: Double, polarity: Polarity, expected: Int?) {
    #expect(
      CompetitionRanking.rank(of: value, among: [1, 2, 2, 5], polarity: polarity) == expected)
  }

  @Test func neutralMeasuresAreNotRanked() {
    #expect(CompetitionRanking.ranks(of: [1, 2], polarity: .neutral) == nil)
  }
}
