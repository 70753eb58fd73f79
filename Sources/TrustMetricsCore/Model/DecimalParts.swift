public import Foundation

/// A `Decimal`'s sign, significand and exponent read from its storage, for the two things done
/// with every figure's value (by the checks, and by the workbook's content hash): write it
/// (`description`) and compare it (`==`), both much faster than Foundation's general code.
///
/// The storage is read as swift-foundation lays it out (exponent, length and flags, mantissa
/// in 16-bit words); a self-test at first use compares with Foundation, and when it fails (a
/// different layout) or a value does not fit (a significand above 64 bits, NaN), Foundation
/// does the work.
public struct DecimalParts: Equatable {
  var significand: UInt64
  var exponent: Int
  var isNegative: Bool

  /// The parts of a value, or `nil` when it is NaN, has a significand wider than 64 bits, or
  /// the layout is not the one expected.
  init?(_ value: Decimal) {
    guard DecimalParts.layoutIsKnown, let parts = DecimalParts(reading: value) else { return nil }
    self = parts
  }

  private init?(reading value: Decimal) {
    guard MemoryLayout<Decimal>.size == 20 else { return nil }
    var value = value
    let parts = withUnsafeBytes(of: &value) { raw -> DecimalParts? in
      let exponent = Int(Int8(bitPattern: raw[0]))
      let flags = raw[1]
      let length = Int(flags >> 4)
      let isNegative = flags & 0x08 != 0
      // Length 0 is zero, or NaN when negative.
      guard length <= 4, !(length == 0 && isNegative) else { return nil }
      var significand: UInt64 = 0
      var word = length - 1
      while word >= 0 {
        let low = UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
        significand = significand << 16 | low
        word -= 1
      }
      return DecimalParts(significand: significand, exponent: exponent, isNegative: isNegative)
    }
    guard let parts else { return nil }
    self = parts
  }

  private init(significand: UInt64, exponent: Int, isNegative: Bool) {
    self.significand = significand
    self.exponent = exponent
    self.isNegative = isNegative
  }

  /// Whether reading the storage gives what Foundation says, on values of every shape.
  static let layoutIsKnown: Bool = {
    let samples: [Decimal] = [
      0, 1, 7, 10, 25.3, 0.05, -0.05, 3_755_000, 7_600_000, -14, 100, 0.5,
      Decimal(sign: .plus, exponent: -1, significand: 2530),
      Decimal(sign: .minus, exponent: 5, significand: 42),
      Decimal(sign: .plus, exponent: -20, significand: 123_456_789_012_345_678),
      Decimal(UInt64.max), Decimal(string: "1234567.891") ?? 0,
    ]
    guard let zero = DecimalParts(reading: 0) else { return false }
    for sample in samples {
      guard let parts = DecimalParts(reading: sample), parts.text == sample.description,
        parts.isEqual(to: parts), parts.isEqual(to: zero) == (sample == 0)
      else { return false }
    }
    return true
  }()

  /// The value as `Decimal.description` writes it: every digit of the significand, the
  /// exponent as trailing zeros or a point, "0." before a value below one, "-" before a
  /// negative.
  var text: String {
    if significand == 0 { return "0" }
    // At most 20 digits, a sign, "0." and the zeros of the exponent (at most 128).
    let capacity = 24 + abs(exponent)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24 + capacity) { buffer in
      let digits = UnsafeMutableBufferPointer(rebasing: buffer[..<24])
      let text = UnsafeMutableBufferPointer(rebasing: buffer[24...])
      // The digits, least significant first.
      var count = 0
      var remaining = significand
      while remaining > 0 {
        digits[count] = UInt8(truncatingIfNeeded: 48 + remaining % 10)
        remaining /= 10
        count += 1
      }
      // Written into the stack, then made a `String` (a short one is stored inline).
      do {
        var length = 0
        func append(_ byte: UInt8) {
          text[length] = byte
          length += 1
        }
        if isNegative { append(45) }
        if exponent >= 0 {
          for index in stride(from: count - 1, through: 0, by: -1) { append(digits[index]) }
          for _ in 0..<exponent { append(48) }
        } else {
          let decimals = -exponent
          if count > decimals {
            for index in stride(from: count - 1, through: decimals, by: -1) {
              append(digits[index])
            }
            append(46)
            for index in stride(from: decimals - 1, through: 0, by: -1) { append(digits[index]) }
          } else {
            append(48)
            append(46)
            for _ in 0..<(decimals - count) { append(48) }
            for index in stride(from: count - 1, through: 0, by: -1) { append(digits[index]) }
          }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: text[..<length]), as: UTF8.self)
      }
    }
  }

  /// Whether two values are equal as numbers (25.3 equals 25.30).
  func isEqual(to other: DecimalParts) -> Bool {
    if significand == 0 || other.significand == 0 {
      return significand == other.significand
    }
    guard isNegative == other.isNegative else { return false }
    // Scale the one with the larger exponent down to the other's exponent.
    let (high, low) = exponent >= other.exponent ? (self, other) : (other, self)
    var scaled = high.significand
    for _ in 0..<(high.exponent - low.exponent) {
      let (product, overflow) = scaled.multipliedReportingOverflow(by: 10)
      // Wider than 64 bits: larger than the other significand.
      if overflow { return false }
      scaled = product
    }
    return scaled == low.significand
  }

  /// `value.description`.
  public static func text(_ value: Decimal) -> String {
    DecimalParts(value)?.text ?? value.description
  }

  /// `left == right`.
  public static func equal(_ left: Decimal, _ right: Decimal) -> Bool {
    if let leftParts = DecimalParts(left), let rightParts = DecimalParts(right) {
      return leftParts.isEqual(to: rightParts)
    }
    return left == right
  }
}
