public import Foundation
public import TrustMetricsCore

/// A number as a text writes it ("£7.6m", "nearly 19%", "a third", "seven-year"), read into a
/// value at its natural scale.
public struct WrittenNumber: Hashable, Sendable {
  /// What kind of quantity the writing makes it.
  public enum Kind: String, Hashable, Sendable {
    /// A bare number: a count, a number of years, FTE, a caseload.
    case plain
    /// A percentage: "52%", "60 per cent", "Forty-eight per cent" (value 52, 60, 48).
    case percent
    /// An amount in pounds: "£7.6m" (value 7,600,000).
    case pounds
    /// A share written as a fraction: "a third" (33.33...), "nine out of 10" (90), in percent.
    case fraction
    /// A multiple: "twice", "double" (2).
    case multiple
  }

  /// The value: pounds for money, percent for percentages and fractions.
  public var value: Decimal
  /// The high end when the text gives a range ("£200,000 – £300,000"); `value` is the low end.
  public var upperValue: Decimal?
  /// What kind of quantity it is.
  public var kind: Kind
  /// Whether it was written in words ("seven", "a third") rather than digits.
  public var isWords: Bool
  /// Whether it is a year standing alone (1900–2099, no sign, unit or separator) or a year range
  /// ("2022-23").
  public var isYear: Bool
  /// The hedge written before it ("about", "nearly", "just under", "over"), if any.
  public var hedge: Qualifier?
  /// The word after a hyphen or "per" that names what is counted or the rate's period ("year" in
  /// "seven-year", "week" in "£12,000 per week"), if any.
  public var unitWord: String?
  /// The exact text of the number, unit and range as written.
  public var text: String
  /// Where the text stands in the scanned string, in UTF-8 bytes from its start.
  public var utf8Offsets: Range<Int>

  /// Creates a written number.
  public init(
    value: Decimal, upperValue: Decimal? = nil, kind: Kind, isWords: Bool = false,
    isYear: Bool = false, hedge: Qualifier? = nil, unitWord: String? = nil, text: String,
    utf8Offsets: Range<Int>
  ) {
    self.value = value
    self.upperValue = upperValue
    self.kind = kind
    self.isWords = isWords
    self.isYear = isYear
    self.hedge = hedge
    self.unitWord = unitWord
    self.text = text
    self.utf8Offsets = utf8Offsets
  }

  /// Whether the text gives a range of two values.
  public var isRange: Bool { upperValue != nil }

  /// Whether the written kind can state a figure of this unit: a percentage or a fraction for
  /// `percent`, pounds for `GBP`, a plain number for counts, FTE, caseloads and years.
  ///
  /// - Parameter unit: The figure's unit.
  /// - Returns: `true` when the kinds agree.
  public func canState(_ unit: FigureUnit) -> Bool {
    switch unit {
    case .percent: kind == .percent || kind == .fraction
    case .gbp, .gbpPerChild, .gbpPerWeek, .gbpPerFTE: kind == .pounds
    case .count, .fte, .casesPerWorker, .years: kind == .plain && !isYear
    }
  }

  /// Whether the written number states exactly this value.
  ///
  /// Digits must be equal exactly; a fraction word stands for its value rounded to one decimal
  /// place, so it matches within 0.05 ("a third" is 33.3).
  ///
  /// - Parameters:
  ///   - candidate: The value the written number is compared with (one end, for a range).
  ///   - kind: The written number's kind.
  ///   - figureValue: The value it should state.
  /// - Returns: `true` when they agree.
  public static func agrees(_ candidate: Decimal, kind: Kind, with figureValue: Decimal) -> Bool {
    if kind == .fraction {
      let difference = candidate - figureValue
      let tolerance = Decimal(sign: .plus, exponent: -2, significand: 5)
      return difference <= tolerance && difference >= -tolerance
    }
    return candidate == figureValue
  }
}
