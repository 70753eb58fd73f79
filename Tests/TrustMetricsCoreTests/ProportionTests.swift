import Foundation
import Testing

@testable import TrustMetricsCore

@Suite struct ProportionTests {
  @Test(arguments: [
    // 31.5 ÷ 16.1 = 1.9565217391304346 ("double the regional average")
    (31.5, 16.1, 1.9565217391304346 as Double?),
    // 10 ÷ 4 = 2.5
    (10.0, 4.0, 2.5),
    (-3.0, 2.0, -1.5),
    (1.0, 0.0, nil),
    (Double.nan, 1.0, nil),
    (1.0, Double.infinity, nil),
  ])
  func ratioOfTwoValues(value: Double, reference: Double, expected: Double?) {
    #expect(Proportion.ratio(of: value, to: reference).isApproximatelyEqual(to: expected))
  }

  @Test(arguments: [
    // 3 ÷ 12 × 100 = 25
    (3.0, 12.0, 25.0 as Double?),
    // 24 ÷ 152 × 100 = 15.789473684210526
    (24.0, 152.0, 15.789473684210526),
    (5.0, 0.0, nil),
  ])
  func shareOfAWhole(part: Double, whole: Double, expected: Double?) {
    #expect(Proportion.share(of: part, in: whole).isApproximatelyEqual(to: expected))
  }

  @Test func ratioOfFigures() throws {
    func figure(_ value: String) throws -> Figure {
      Figure(
        id: "f-\(value)", entity: "Example", measure: .agencyRate, period: .year(2022),
        value: try #require(Decimal(string: value)),
        provenance: Provenance(source: "s.txt", quote: value))
    }
    // 31.5 ÷ 16.1 = 1.9565…; 16.1 ÷ 31.5 × 100 = 51.11111111111111
    #expect(
      Proportion.ratio(of: try figure("31.5"), to: try figure("16.1")).isApproximatelyEqual(
        to: 1.9565217391304346))
    #expect(
      Proportion.share(of: try figure("16.1"), in: try figure("31.5")).isApproximatelyEqual(
        to: 51.11111111111111))
    #expect(Proportion.ratio(of: try figure("1"), to: try figure("0")) == nil)
  }
}
