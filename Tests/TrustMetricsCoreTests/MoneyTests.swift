import Foundation
import Testing

@testable import TrustMetricsCore

@Suite struct MoneyTests {
  @Test(arguments: [
    // python3 NPV oracle 303010.47509414994 → 30,301,047.509… pence → 30,301,048
    (303010.47509414994, "£303,010.48", "303010.48"),
    (-1200, "-£1,200.00", "-1200.00"),
    (7_600_000, "£7,600,000.00", "7600000.00"),
    (0, "£0.00", "0.00"),
    (0.5, "£0.50", "0.50"),
    (100, "£100.00", "100.00"),
    (1234, "£1,234.00", "1234.00"),
    (123_456.789, "£123,456.79", "123456.79"),
    (12_345_678.9, "£12,345,678.90", "12345678.90"),
    // 999.999 → 99,999.9 pence → 100,000 pence
    (999.999, "£1,000.00", "1000.00"),
    // 0.1 + 0.2 = 0.30000000000000004 in binary: no noise printed
    (0.1 + 0.2, "£0.30", "0.30"),
    // half away from zero, on the decimal as written: 1.005 → 1.01, ±0.125 → ±0.13
    (1.005, "£1.01", "1.01"),
    (0.125, "£0.13", "0.13"),
    (-0.125, "-£0.13", "-0.13"),
    (-0.004, "£0.00", "0.00"),
    // far below a penny, even subnormal: zero
    (5e-324, "£0.00", "0.00"),
    (1e-7, "£0.00", "0.00"),
  ])
  func formatsPoundsWithoutNoise(pounds: Double, formatted: String, plain: String) throws {
    let money = try #require(Money(pounds: pounds))
    #expect(money.formatted == formatted)
    #expect(money.plainText == plain)
    #expect(money.description == formatted)
  }

  @Test(arguments: [
    ("2.675", 268 as Int64),  // half away from zero: 267.5 → 268
    ("-2.345", -235),  // −234.5 → −235
    ("7600000", 760_000_000),
    ("0.001", 0),
    ("-0.005", -1),
  ])
  func roundsDecimalsHalfAwayFromZero(text: String, pence: Int64) throws {
    let decimal = try #require(Decimal(string: text))
    #expect(Money(decimal)?.pence == pence)
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity, 1e20, -1e15])
  func rejectsNonFiniteAndHugeAmounts(pounds: Double) {
    #expect(Money(pounds: pounds) == nil)
  }

  @Test func penceAreExact() {
    let money = Money(pence: 30_301_048)
    #expect(money.decimal == Decimal(string: "303010.48"))
    #expect(money.pounds.isApproximatelyEqual(to: 303_010.48))
    #expect(Money(pence: 5).formatted == "£0.05")
    #expect(Money(pence: -5).plainText == "-0.05")
  }

  @Test func arithmeticIsExact() {
    // £0.10 + £0.20 = £0.30 exactly, unlike binary doubles
    let sum = Money(pence: 10) + Money(pence: 20)
    #expect(sum == Money(pence: 30))
    #expect(Money(pence: 30) - Money(pence: 100) == Money(pence: -70))
    #expect(-Money(pence: 70) == Money(pence: -70))
    #expect(Money(pence: -1) < Money.zero)
  }
}
