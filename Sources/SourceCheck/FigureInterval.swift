import Foundation
import TrustMetricsCore

/// The values a figure's written number allows, given the rounding of its last digit and its
/// hedge.
///
/// With `u` one unit of the last written digit (1 for "19%", 0.1 for "31.5%"): plain or
/// "about" N is [N − u/2, N + u/2]; "nearly" or "just under" N is [N − u, N]; "over" N is
/// [N, N + u]. An unhedged count is exactly N.
struct FigureInterval: Hashable, Sendable {
  var lower: Double
  var upper: Double

  init(value: Decimal, qualifiers: [Qualifier], isExactCount: Bool = false) {
    self.init(
      value: value, number: NSDecimalNumber(decimal: value).doubleValue, qualifiers: qualifiers,
      isExactCount: isExactCount)
  }

  /// The interval of `value`, given as a double too (`number`), so that callers that already
  /// converted it do not convert it again.
  init(value: Decimal, number: Double, qualifiers: [Qualifier], isExactCount: Bool = false) {
    let unit = FigureInterval.unit(of: value)
    let isHedged = qualifiers.contains { qualifier in
      qualifier == .approximate || qualifier == .nearly || qualifier == .justUnder
        || qualifier == .over
    }
    if isExactCount, !isHedged {
      lower = number
      upper = number
    } else if qualifiers.contains(.nearly) || qualifiers.contains(.justUnder) {
      lower = number - unit
      upper = number
    } else if qualifiers.contains(.over) {
      lower = number
      upper = number + unit
    } else {
      lower = number - unit / 2
      upper = number + unit / 2
    }
  }

  /// The interval of a figure; an unhedged count is exact.
  init(_ figure: Figure) {
    self.init(
      value: figure.value, qualifiers: figure.qualifiers, isExactCount: figure.unit == .count)
  }

  /// The interval of a figure whose value was already converted to a double.
  init(_ figure: borrowing Figure, number: Double) {
    self.init(
      value: figure.value, number: number, qualifiers: figure.qualifiers,
      isExactCount: figure.unit == .count)
  }

  func contains(_ value: Double) -> Bool {
    value >= lower - 1e-9 && value <= upper + 1e-9
  }

  /// One unit of the last written digit: 10^−(decimal places).
  static func unit(of value: Decimal) -> Double {
    pow(10, -Double(decimalPlaces(of: value)))
  }

  /// The decimal places a value is written with.
  static func decimalPlaces(of value: Decimal) -> Int { max(0, -Int(value.exponent)) }
}

/// Formats numbers for details without floating-point noise.
enum Numbers {
  /// Digits grouped in thousands with commas: "7600000" gives "7,600,000".
  static func grouped(_ plain: String) -> String {
    if let fast = groupedDigits(plain) { return fast }
    let parts = plain.split(separator: ".", maxSplits: 1)
    var integer = String(parts.first ?? "")
    let sign = integer.hasPrefix("-") ? "-" : ""
    if !sign.isEmpty { integer.removeFirst() }
    var groups: [String] = []
    while integer.count > 3 {
      groups.insert(String(integer.suffix(3)), at: 0)
      integer.removeLast(3)
    }
    groups.insert(integer, at: 0)
    return sign + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
  }

  /// ``grouped(_:)`` for a plain number (`-?[0-9]+(\.[0-9]+)?`), byte by byte; `nil` for
  /// anything else.
  private static func groupedDigits(_ plain: String) -> String? {
    let bytes = Array(plain.utf8)
    do {
      var start = 0
      if bytes.first == 45 { start = 1 }
      var point = start
      while point < bytes.count, bytes[point] &- 48 < 10 { point += 1 }
      let integerDigits = point - start
      guard integerDigits > 0 else { return nil }
      if point < bytes.count {
        guard bytes[point] == 46, point + 1 < bytes.count,
          bytes[(point + 1)...].allSatisfy({ $0 &- 48 < 10 })
        else { return nil }
      }
      guard integerDigits > 3 else { return plain }
      let capacity = bytes.count + integerDigits / 3
      var text: [UInt8] = []
      text.reserveCapacity(capacity)
      for index in 0..<bytes.count {
        let offset = index - start
        if index > start, index < point, (integerDigits - offset) % 3 == 0 { text.append(44) }
        text.append(bytes[index])
      }
      return String(decoding: text, as: UTF8.self)
    }
  }

  /// A double with up to `places` decimals, trailing zeros trimmed ("1.957", "20", "-14").
  ///
  /// As `String(format: "%.3f")` writes it and then trimmed: exact integer arithmetic for
  /// finite values below 2⁵³ and up to 3 places (the C library's rounding: to nearest, ties to
  /// even), `String(format:)` for anything else.
  static func text(_ value: Double, places: Int = 3) -> String {
    if let text = fixedText(value, places: places) { return text }
    var text = String(format: "%.\(places)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  private static let powersOfTen: [UInt64] = [1, 10, 100, 1000]

  /// ``text(_:places:)`` without `String(format:)`, or `nil` outside its range.
  static func fixedText(_ value: Double, places: Int) -> String? {
    guard value.isFinite, places >= 0, places <= 3, value.magnitude < 0x1p53 else { return nil }
    let scale = powersOfTen[places]
    // value = significand × 2^exponent exactly, with an integer significand below 2⁵³.
    var significand = value.significandBitPattern
    var exponent = Int(value.exponentBitPattern)
    if exponent == 0 {
      exponent = -1074
    } else {
      significand |= 1 << 52
      exponent -= 1075
    }
    let scaled = significand * scale
    var quotient: UInt64
    if exponent >= 0 {
      quotient = scaled << UInt64(exponent)
    } else if -exponent >= 64 {
      // Below half a unit of the last place: rounds to zero.
      quotient = 0
    } else {
      let shift = UInt64(-exponent)
      quotient = scaled >> shift
      let remainder = scaled & ((1 << shift) - 1)
      let half: UInt64 = 1 << (shift - 1)
      if remainder > half || (remainder == half && quotient & 1 == 1) { quotient += 1 }
    }
    var integer = quotient / scale
    var fraction = quotient % scale
    var decimals = places
    while decimals > 0, fraction % 10 == 0 {
      fraction /= 10
      decimals -= 1
    }
    if integer == 0, decimals == 0 { return "0" }
    // Written backwards from the end of a buffer: the decimals, the point, the integer part,
    // the sign.
    var text: [UInt8] = []
    text.reserveCapacity(24)
    for _ in 0..<decimals {
      text.append(UInt8(truncatingIfNeeded: 48 + fraction % 10))
      fraction /= 10
    }
    if decimals > 0 { text.append(46) }
    repeat {
      text.append(UInt8(truncatingIfNeeded: 48 + integer % 10))
      integer /= 10
    } while integer > 0
    if value.sign == .minus { text.append(45) }
    // Written backwards: the decimals, the point, the integer part, the sign.
    return String(decoding: text.reversed(), as: UTF8.self)
  }

  /// A figure's value with its unit: "31.5%", "£7,600,000", "942.01 FTE", "7 years".
  static func text(_ value: Decimal, unit: FigureUnit) -> String {
    text(plain: value.description, unit: unit)
  }

  /// A figure's value as written, with its unit (as ``text(_:unit:)-(Decimal,_)`` writes it).
  static func text(_ value: ExactDecimal, unit: FigureUnit) -> String {
    text(plain: value.canonicalText, unit: unit)
  }

  private static func text(plain: String, unit: FigureUnit) -> String {
    switch unit {
    case .percent: return plain + "%"
    case .gbp: return "£" + grouped(plain)
    case .count: return plain
    case .fte: return plain + " FTE"
    case .casesPerWorker: return plain + " cases per worker"
    case .years: return plain + " years"
    case .gbpPerChild: return "£" + grouped(plain) + " per child"
    case .gbpPerWeek: return "£" + grouped(plain) + " per week"
    case .gbpPerFTE: return "£" + grouped(plain) + " per FTE"
    }
  }
}
