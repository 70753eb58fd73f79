import Foundation
import Testing
import TrustMetricsCore

@Suite struct ExactDecimalTests {
  /// Written text → significand and exponent, worked by hand: "942.01" is 94201 × 10⁻²,
  /// "0.50" is 50 × 10⁻² (leading zeros dropped, trailing ones kept), "-1200" is −1200 × 10⁰,
  /// "007" is 7 × 10⁰.
  @Test(
    arguments: [
      ("942.01", false, UInt128(94201), -2), ("0.50", false, 50, -2), ("-1200", true, 1200, 0),
      ("007", false, 7, 0), ("52", false, 52, 0), ("0", false, 0, 0),
    ] as [(String, Bool, UInt128, Int)])
  func readsTheDigitsAndThePoint(
    text: String, isNegative: Bool, significand: UInt128, exponent: Int
  )
    throws
  {
    let value = try #require(ExactDecimal(parsing: text))
    #expect(value.isNegative == isNegative)
    #expect(value.significand == significand)
    #expect(value.exponent == exponent)
    #expect(value.text == text)
  }

  @Test(arguments: ["", "-", ".5", "5.", "1.2.3", "1e5", "£5", " 5", "5 ", "1,000", "+5", "--5"])
  func refusesAnythingButAPlainNumber(text: String) {
    #expect(ExactDecimal(parsing: text) == nil)
  }

  /// 38 nines fit (10³⁸ − 1 < 2¹²⁸ ≈ 3.4 × 10³⁸); 39 significant digits do not.
  @Test func holdsThirtyEightDigits() throws {
    let nines = String(repeating: "9", count: 38)
    let value = try #require(ExactDecimal(parsing: nines))
    #expect(value.canonicalText == nines)
    #expect(ExactDecimal(parsing: nines + "9") == nil)
  }

  /// 25.3 = 253 × 10⁻¹ and 25.30 = 2530 × 10⁻², the same number; −0 is 0; 7600000 = 76 × 10⁵.
  @Test func equalityIsNumeric() throws {
    let pairs: [(String, String, Bool)] = [
      ("25.3", "25.30", true), ("-0", "0", true), ("0.0", "0", true),
      ("7600000", "7600000.00", true),
      ("25.3", "25.03", false), ("-5", "5", false), ("0.1", "1", false), ("100", "10", false),
    ]
    for (left, right, equal) in pairs {
      let leftValue = try #require(ExactDecimal(parsing: left))
      let rightValue = try #require(ExactDecimal(parsing: right))
      #expect((leftValue == rightValue) == equal, "\(left) vs \(right)")
      if equal { #expect(leftValue.hashValue == rightValue.hashValue, "\(left) vs \(right)") }
    }
  }

  /// The canonical text drops the significand's trailing zeros and writes the exponent as zeros
  /// or a point: 76 × 10⁵ → "7600000", 5 × 10⁻³ → "0.005", −14 → "-14", 2530 × 10⁻¹ = 253 →
  /// "253", 10000 × 10⁻² = 100 → "100", 50 × 10⁻² = 0.5 → "0.5".
  @Test func canonicalTextWritesEveryDigit() {
    let cases: [(Bool, UInt128, Int, String)] = [
      (false, 76, 5, "7600000"), (false, 5, -3, "0.005"), (true, 14, 0, "-14"),
      (false, 2530, -1, "253"), (false, 0, 4, "0"), (true, 0, 0, "0"), (false, 25, -2, "0.25"),
      (false, 10000, -2, "100"), (false, 50, -2, "0.5"),
    ]
    for (isNegative, significand, exponent, text) in cases {
      let value = ExactDecimal(isNegative: isNegative, significand: significand, exponent: exponent)
      #expect(value.canonicalText == text)
      #expect(value.text == text)
    }
  }

  /// Foundation is the independent oracle for the conversions both ways.
  @Test(arguments: [
    "52", "942.01", "0.05", "-0.05", "3755000", "25.3", "100", "-14", "0.5", "100.00", "0.50",
    "253.0", "7600000",
  ])
  func agreesWithFoundation(text: String) throws {
    let value = try #require(ExactDecimal(parsing: text))
    let foundation = try #require(Decimal(string: text))
    #expect(value.decimal == foundation)
    #expect(ExactDecimal(foundation) == value)
    #expect(value.canonicalText == foundation.description)
    #expect(value.canonicalText == value.decimal.description)
  }

  /// A figure made from a `Decimal` and one made from the written text hold the same value.
  @Test func aFigureKeepsItsWrittenValue() throws {
    let exact = try #require(ExactDecimal(parsing: "31.50"))
    let provenance = Provenance(source: "a.txt", quote: "31.50%")
    let written = Figure(
      id: "a", entity: "E", measure: .agencyRate, period: .year(2020), exactValue: exact,
      provenance: provenance)
    #expect(written.exactValue.text == "31.50")
    #expect(written.value == Decimal(string: "31.5"))
    var changed = written
    changed.value = 12
    #expect(changed.exactValue.canonicalText == "12")
  }
}
