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
    let number = NSDecimalNumber(decimal: value).doubleValue
    let unit = FigureInterval.unit(of: value)
    let hedges: Set<Qualifier> = [.approximate, .nearly, .justUnder, .over]
    if isExactCount, hedges.isDisjoint(with: qualifiers) {
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

  /// A double with up to `places` decimals, trailing zeros trimmed ("1.957", "20", "-14").
  static func text(_ value: Double, places: Int = 3) -> String {
    var text = String(format: "%.\(places)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// A figure's value with its unit: "31.5%", "£7,600,000", "942.01 FTE", "7 years".
  static func text(_ value: Decimal, unit: FigureUnit) -> String {
    let plain = value.description
    switch unit {
    case .percent: return plain + "%"
    case .gbp: return "£" + grouped(plain)
    case .count: return plain
    case .fte: return plain + " FTE"
    case .casesPerWorker: return plain + " cases per worker"
    case .years: return plain + " years"
    }
  }
}
