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

  /// The cell as people read it in text tables: money with £ and thousands separators.
  public var displayText: String {
    if case .money(let money) = self { return money.formatted }
    return plainText
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
  /// Rounds the number's shortest decimal form (what `description` prints) half away from zero,
  /// so 2.675 gives 2.68 although its binary value lies just below. Non-finite values are never
  /// written: they give an empty string.
  public static func fixed(_ value: Double, places: Int) -> String {
    guard value.isFinite, var decimal = Decimal(string: value.description) else { return "" }
    var rounded = Decimal()
    NSDecimalRound(&rounded, &decimal, max(0, places), .plain)
    if rounded.isZero { rounded = 0 }
    var text = rounded.description
    guard places > 0 else { return text }
    if let point = text.firstIndex(of: ".") {
      let decimals = text.distance(from: point, to: text.endIndex) - 1
      text += String(repeating: "0", count: max(0, places - decimals))
    } else {
      text += "." + String(repeating: "0", count: places)
    }
    return text
  }
}
