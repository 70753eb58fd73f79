import Testing

@testable import TrustMetricsCore

@Suite struct BudgetVarianceTests {
  func pounds(_ value: Double) -> Money { Money(pounds: value) ?? .zero }

  @Test func overspendIsOutturnMinusBudget() throws {
    // £52.3m − £48.1m = £4.2m; 4.2 ÷ 48.1 × 100 = 8.731808731808732%
    let change = BudgetVariance.overspend(outturn: pounds(52_300_000), budget: pounds(48_100_000))
    #expect(change.difference == pounds(4_200_000))
    #expect(change.difference.formatted == "£4,200,000.00")
    #expect(change.percentOfBase.isApproximatelyEqual(to: 8.731808731808732))
    #expect(change.direction == .up)
  }

  @Test func underspendIsNegative() {
    // £9m − £10m = −£1m; −1 ÷ 10 × 100 = −10%
    let change = BudgetVariance.overspend(outturn: pounds(9_000_000), budget: pounds(10_000_000))
    #expect(change.difference.formatted == "-£1,000,000.00")
    #expect(change.percentOfBase.isApproximatelyEqual(to: -10))
    #expect(change.direction == .down)
  }

  @Test func zeroBudgetHasNoPercentage() {
    let change = BudgetVariance.overspend(outturn: pounds(500), budget: .zero)
    #expect(change.difference == pounds(500))
    #expect(change.percentOfBase == nil)
  }

  @Test func forecastAgainstActual() {
    // £9.1m − £7.6m = £1.5m; 1.5 ÷ 7.6 × 100 = 19.736842105263158%
    let change = BudgetVariance.forecastError(
      forecast: pounds(7_600_000), actual: pounds(9_100_000))
    #expect(change.difference.formatted == "£1,500,000.00")
    #expect(change.percentOfBase.isApproximatelyEqual(to: 19.736842105263158))
  }

  @Test func yearOnYearFromAnUnderspend() {
    // £3m − (−£2m) = £5m; 5 ÷ |−2| × 100 = +250%
    let change = BudgetVariance.yearOnYear(previous: pounds(-2_000_000), current: pounds(3_000_000))
    #expect(change.difference.plainText == "5000000.00")
    #expect(change.percentOfBase.isApproximatelyEqual(to: 250))
  }
}
