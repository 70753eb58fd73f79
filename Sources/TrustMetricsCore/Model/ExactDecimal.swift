public import Foundation

/// A decimal number held exactly as an integer significand and a power of ten, with the text it
/// was written as: how a figure's value is compared and written without Foundation's general
/// `Decimal` code (and without reading `Decimal`'s storage).
///
/// value = (isNegative ? −1 : 1) × significand × 10^exponent. Equality is numeric (25.3 equals
/// 25.30, −0 equals 0); ``canonicalText`` writes the value as `Decimal.description` does.
public struct ExactDecimal: Hashable, Sendable, CustomStringConvertible {
  /// Whether a minus sign was written (also for zero, whose value has no sign).
  public let isNegative: Bool
  /// The significant digits as an integer (at most 38 digits, the most a `Decimal` holds).
  public let significand: UInt128
  /// The power of ten the significand is scaled by (−2 for "942.01").
  public let exponent: Int
  /// The text the value was read from, such as "52" or "942.01".
  public let text: String

  /// Reads a plain decimal: an optional minus sign, digits, and at most one point with digits
  /// after it ("52", "-1200", "942.01", "0.50"); no exponent, separator, sign or space.
  ///
  /// `nil` when the text is not such a number or has more than 38 significant digits.
  ///
  /// - Parameter text: The written number.
  public init?(parsing text: String) {
    var isNegative = false
    var significand: UInt128 = 0
    var digits = 0
    var fractionDigits = 0
    var digitsBefore = 0
    var digitsAfter = 0
    var seenPoint = false
    for (index, byte) in text.utf8.enumerated() {
      if index == 0, byte == UInt8(ascii: "-") {
        isNegative = true
        continue
      }
      if byte == UInt8(ascii: ".") {
        guard !seenPoint else { return nil }
        seenPoint = true
        continue
      }
      guard byte &- 48 < 10 else { return nil }
      if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
      if seenPoint { fractionDigits += 1 }
      // Leading zeros are not significant.
      if significand == 0, byte == 48 { continue }
      digits += 1
      guard digits <= 38 else { return nil }
      significand = significand * 10 + UInt128(byte - 48)
    }
    guard digitsBefore > 0, !seenPoint || digitsAfter > 0 else { return nil }
    self.init(
      isNegative: isNegative, significand: significand, exponent: -fractionDigits, text: text)
  }

  /// A value from its parts, written as ``canonicalText`` writes it.
  ///
  /// - Parameters:
  ///   - isNegative: Whether the value is below zero (ignored for a zero significand).
  ///   - significand: The significant digits.
  ///   - exponent: The power of ten.
  public init(isNegative: Bool, significand: UInt128, exponent: Int) {
    let unwritten = ExactDecimal(
      isNegative: isNegative && significand != 0, significand: significand, exponent: exponent,
      text: "")
    self = ExactDecimal(
      isNegative: unwritten.isNegative, significand: significand, exponent: exponent,
      text: unwritten.canonicalText)
  }

  private init(isNegative: Bool, significand: UInt128, exponent: Int, text: String) {
    self.isNegative = isNegative
    self.significand = significand
    self.exponent = exponent
    self.text = text
  }

  /// A `Decimal`'s value, read from its description (public API): for values made in code;
  /// values read from files come through ``init(parsing:)``.
  ///
  /// `nil` for NaN.
  ///
  /// - Parameter value: A finite decimal.
  public init?(_ value: Decimal) {
    guard !value.isNaN, let parsed = ExactDecimal(parsing: value.description) else { return nil }
    self = parsed
  }

  /// Stands for a NaN `Decimal` (never read from a file): zero, written "NaN".
  static let notANumber = ExactDecimal(
    isNegative: false, significand: 0, exponent: 0, text: "NaN")

  /// The value as a Foundation `Decimal`, for arithmetic.
  public var decimal: Decimal {
    // significand = high × 2⁶⁴ + low.
    let high = UInt64(truncatingIfNeeded: significand >> 64)
    let low = UInt64(truncatingIfNeeded: significand)
    var whole = Decimal(low)
    if high != 0 { whole += Decimal(high) * Decimal(UInt64.max) + Decimal(high) }
    return Decimal(sign: isBelowZero ? .minus : .plus, exponent: exponent, significand: whole)
  }

  /// Whether the value is below zero.
  public var isBelowZero: Bool { isNegative && significand != 0 }

  /// The value in its shortest form, as `Decimal.description` writes it: the significand
  /// without trailing zeros, the exponent as zeros after it or a point within it, "0." before
  /// a value below one, "-" before a negative ("100.00" → "100", "0.50" → "0.5").
  public var canonicalText: String {
    let parts = reduced
    return Self.text(
      isNegative: parts.isNegative, significand: parts.significand, exponent: parts.exponent)
  }

  private static func text(isNegative: Bool, significand: UInt128, exponent: Int) -> String {
    if significand == 0 { return "0" }
    let digits = String(significand)
    var result = isNegative ? "-" : ""
    if exponent >= 0 {
      result += digits
      result += String(repeating: "0", count: exponent)
    } else {
      let decimals = -exponent
      if digits.utf8.count > decimals {
        let point = digits.index(digits.endIndex, offsetBy: -decimals)
        result += digits[..<point]
        result += "."
        result += digits[point...]
      } else {
        result += "0."
        result += String(repeating: "0", count: decimals - digits.utf8.count)
        result += digits
      }
    }
    return result
  }

  /// The value as ``canonicalText`` writes it (the written ``text`` may differ: "007").
  public var description: String { canonicalText }

  /// The significand and exponent with trailing zeros of the significand removed (zero as
  /// 0 × 10⁰), so that equal values have equal parts.
  private var reduced: (isNegative: Bool, significand: UInt128, exponent: Int) {
    guard significand != 0 else { return (false, 0, 0) }
    var significand = significand
    var exponent = exponent
    while significand % 10 == 0 {
      significand /= 10
      exponent += 1
    }
    return (isNegative, significand, exponent)
  }

  /// Whether two values are equal as numbers (25.3 equals 25.30).
  public static func == (left: ExactDecimal, right: ExactDecimal) -> Bool {
    // The common case first: the same parts.
    if left.significand == right.significand, left.exponent == right.exponent {
      return left.isBelowZero == right.isBelowZero
    }
    let (leftParts, rightParts) = (left.reduced, right.reduced)
    return leftParts == rightParts
  }

  /// Hashes the value as a number (equal values hash alike).
  public func hash(into hasher: inout Hasher) {
    let parts = reduced
    hasher.combine(parts.isNegative)
    hasher.combine(parts.significand)
    hasher.combine(parts.exponent)
  }
}
