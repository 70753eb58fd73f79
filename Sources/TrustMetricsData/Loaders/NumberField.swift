public import Foundation

/// Reads the plain decimal numbers the datasets use (`52`, `-1200`, `942.01`) exactly, without
/// Foundation's slow `Decimal(string:)`.
public enum NumberField {
  /// Parses an optional minus sign, digits, and at most one decimal point with digits after it.
  ///
  /// No exponent, thousands separator, currency sign or spaces; at most 18 significant digits.
  ///
  /// - Parameter text: The field.
  /// - Returns: The exact decimal value, or `nil` when the text is not such a number.
  public static func decimal(_ text: some StringProtocol) -> Decimal? {
    parts(text.utf8)?.decimal
  }

  /// Parses a published statistic: a plain decimal as above, read as a `Double`.
  public static func double(_ text: some StringProtocol) -> Double? {
    guard decimal(text) != nil, let value = Double(String(text)), value.isFinite else { return nil }
    return value
  }

  /// A plain decimal as an integer significand scaled by a power of ten.
  struct Parts {
    /// Whether a minus sign was written (also for zero, whose value has no sign).
    var isNegative: Bool
    /// The significant digits, at most 18.
    var significand: UInt64
    /// Digits after the point that count (`-exponent`).
    var fractionDigits: Int

    /// The exact value: `-0` is zero.
    var decimal: Decimal {
      Decimal(
        sign: isNegative && significand != 0 ? .minus : .plus, exponent: -fractionDigits,
        significand: Decimal(significand))
    }

    /// Whether the value is below zero (as `decimal < 0`).
    var isBelowZero: Bool { isNegative && significand != 0 }

    /// Whether the value is above `limit` (as `decimal > Decimal(limit)`).
    func isAbove(_ limit: UInt64) -> Bool {
      guard !isBelowZero else { return false }
      // significand / 10^fractionDigits > limit, in integers; significand < 10^18.
      var scaled = limit
      for _ in 0..<fractionDigits {
        let (product, overflow) = scaled.multipliedReportingOverflow(by: 10)
        if overflow { return false }
        scaled = product
      }
      return significand > scaled
    }
  }

  /// Parses the bytes of a plain decimal (see ``decimal(_:)``).
  static func parts(_ utf8: some Collection<UInt8>) -> Parts? {
    let bytes = Array(utf8)
    return parts(bytes.span)
  }

  /// Parses the bytes of a plain decimal (see ``decimal(_:)``).
  static func parts(_ bytes: Span<UInt8>) -> Parts? {
    var start = 0
    var isNegative = false
    if bytes.count > 0, bytes[0] == UInt8(ascii: "-") {
      isNegative = true
      start = 1
    }
    guard start < bytes.count else { return nil }
    var significand: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var seenPoint = false
    var digitsAfterPoint = 0
    var digitsBeforePoint = 0
    for index in start..<bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") {
        guard !seenPoint else { return nil }
        seenPoint = true
        continue
      }
      guard byte >= 48, byte <= 57 else { return nil }
      if seenPoint { digitsAfterPoint += 1 } else { digitsBeforePoint += 1 }
      if significand == 0, byte == 48, !seenPoint { continue }
      digits += 1
      guard digits <= 18 else { return nil }
      significand = significand * 10 + UInt64(byte - 48)
      if seenPoint { fractionDigits += 1 }
    }
    guard digitsBeforePoint > 0, !seenPoint || digitsAfterPoint > 0 else { return nil }
    return Parts(isNegative: isNegative, significand: significand, fractionDigits: fractionDigits)
  }
}
