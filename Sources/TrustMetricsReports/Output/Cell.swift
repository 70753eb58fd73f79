public import Foundation
public import TrustMetricsCore

/// One value of a listing, typed so each format can write it faithfully.
public enum Cell: Hashable, Sendable {
  /// Text.
  case text(String)
  /// An exact decimal, written as is (`942.01`).
  case decimal(Decimal)
  /// A computed number, rounded to `places` decimal places when written.
  case number(Double, places: Int)
  /// A whole number.
  case integer(Int)
  /// Pounds and pence.
  case money(Money)
  /// A DfE suppression marker in place of a number.
  case suppressed(SuppressionMarker)
  /// Nothing to show.
  case empty

  /// The cell as plain text, the same in text and CSV output.
  public var plainText: String {
    switch self {
    case .text(let text): text
    case .decimal(let value): value.description
    case .number(let value, let places): Cell.fixed(value, places: places)
    case .integer(let value): String(value)
    case .money(let money): money.plainText
    case .suppressed(let marker): marker.rawValue
    case .empty: ""
    }
  }

  /// Whether the cell holds a number (right-aligned in text tables).
  public var isNumeric: Bool {
    switch self {
    case .decimal, .number, .integer, .money, .suppressed: true
    case .text, .empty: false
    }
  }

  /// Formats a finite number with a fixed count of decimals, without binary noise.
  ///
  /// Non-finite values are never written: they give an empty string.
  public static func fixed(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "" }
    let scale = pow(10, Double(places))
    let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard rounded < 9e15 else { return String(format: "%.\(places)f", value) }
    let whole = Int64(rounded)
    let unitsScale = Int64(scale)
    let integerPart = whole / max(unitsScale, 1)
    let fraction = places > 0 ? whole % unitsScale : 0
    let sign = value < 0 && whole != 0 ? "-" : ""
    guard places > 0 else { return sign + String(integerPart) }
    var fractionText = String(fraction)
    while fractionText.count < places { fractionText = "0" + fractionText }
    return "\(sign)\(integerPart).\(fractionText)"
  }
}
