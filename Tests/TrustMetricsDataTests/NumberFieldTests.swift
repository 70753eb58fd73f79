import Foundation
import Testing
import TrustMetricsData

@Suite struct NumberFieldTests {
  // Each text with its exact value as significand × 10^exponent.
  @Test(arguments: [
    ("52", 52 as Int64, 0),
    ("7600000", 7_600_000, 0),
    ("942.01", 94_201, -2),
    ("-1200", -1200, 0),
    ("0.5", 5, -1),
    ("0", 0, 0),
    ("-0", 0, 0),
    ("007", 7, 0),
    ("33.3", 333, -1),
    ("123456789012345678", 123_456_789_012_345_678, 0),
  ])
  func acceptsPlainDecimalsExactly(text: String, significand: Int64, exponent: Int) throws {
    let value = try #require(NumberField.decimal(text))
    let expected = Decimal(
      sign: significand < 0 ? .minus : .plus, exponent: exponent,
      significand: Decimal(significand.magnitude))
    #expect(value == expected)
  }

  @Test func keepsDecimalDigitsThatABinaryDoubleWouldRound() throws {
    let value = try #require(NumberField.decimal("942.01"))
    #expect(value.description == "942.01")
    let sum = try #require(NumberField.decimal("0.1")) + #require(NumberField.decimal("0.2"))
    #expect(sum == NumberField.decimal("0.3"))
  }

  @Test(arguments: [
    "", "-", "1e400", "1E5", "1,234", "£5", " 5", "5 ", "5.", ".5", "-.5", "+5", "nan", "NaN",
    "inf", "-inf", "1.2.3", "5%", "0x1F", "١٢", "1234567890123456789", "-1234567890123456789",
    "1.234567890123456789",
  ])
  func rejectsAnythingButAPlainDecimal(text: String) {
    #expect(NumberField.decimal(text) == nil)
    #expect(NumberField.double(text) == nil)
  }

  @Test(arguments: [("13", 13.0), ("11.8", 11.8), ("-2.5", -2.5), ("0", 0.0)])
  func readsStatisticsAsDoubles(text: String, expected: Double) {
    #expect(NumberField.double(text) == expected)
  }
}
