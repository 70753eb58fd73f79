import Testing

@testable import TrustMetricsCore

@Suite struct QuartilesTests {
  static let quartiles = Quartiles(q1: 12.5, q2: 15.0, q3: 22.4)

  // LAIT: low is good → A if v ≤ Q1, B if v ≤ Q2, C if v ≤ Q3, else D; high is good reversed.
  @Test(arguments: [
    (12.5, Polarity.lowIsGood, QuartileBand.a as QuartileBand?),
    (12.6, .lowIsGood, .b),
    (15.0, .lowIsGood, .b),
    (22.4, .lowIsGood, .c),
    (22.5, .lowIsGood, .d),
    (22.4, .highIsGood, .a),
    (15.0, .highIsGood, .b),
    (14.9, .highIsGood, .c),
    (12.5, .highIsGood, .c),
    (12.4, .highIsGood, .d),
    (15.0, .neutral, nil),
  ])
  func bandsFollowLAITRule(value: Double, polarity: Polarity, expected: QuartileBand?) {
    #expect(Self.quartiles.band(of: value, polarity: polarity) == expected)
  }

  @Test func bandsOrderFromBestToWorst() {
    #expect(QuartileBand.allCases.sorted() == [.a, .b, .c, .d])
    #expect(QuartileBand.a < .d)
  }
}
