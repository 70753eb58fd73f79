public import Foundation

/// An amount of money in pounds sterling, held exactly as whole pence.
///
/// Printing goes through ``formatted`` or ``plainText``, so no binary floating-point noise
/// (`303010.48000000004`) ever reaches a reader.
public struct Money: Hashable, Sendable, Comparable {
  /// The amount in pence.
  public var pence: Int64

  /// Creates an amount from whole pence.
  public init(pence: Int64) { self.pence = pence }

  /// Creates an amount from pounds, rounded to the penny half away from zero; `nil` when `pounds`
  /// is not finite or beyond ±£90 trillion.
  ///
  /// The double is read as its shortest round-trip decimal (`1.005` as written, not the binary
  /// 1.00499999…), then rounded: pence = round(pounds × 100), halves away from zero, so £1.005 →
  /// £1.01 and −£0.125 → −£0.13.
  ///
  /// - Parameter pounds: The amount in pounds.
  public init?(pounds: Double) {
    guard pounds.isFinite else { return nil }
    // Far below half a penny (and below what `Decimal` parses, such as 5e-324): zero.
    guard abs(pounds) >= 1e-6 else {
      self.init(pence: 0)
      return
    }
    guard let decimal = Decimal(string: "\(pounds)") else { return nil }
    self.init(decimal)
  }

  /// Creates an amount from an exact decimal number of pounds, rounded to the penny half away
  /// from zero; `nil` when `pounds` is NaN or beyond ±£90 trillion.
  ///
  /// pence = round(pounds × 100), halves away from zero.
  ///
  /// - Parameter pounds: The amount in pounds.
  public init?(_ pounds: Decimal) {
    guard !pounds.isNaN, abs(pounds) <= Money.limit else { return nil }
    var scaled = pounds * 100
    var rounded = Decimal()
    NSDecimalRound(&rounded, &scaled, 0, .plain)
    let pence = NSDecimalNumber(decimal: rounded).int64Value
    guard Decimal(pence) == rounded else { return nil }
    self.pence = pence
  }

  private static let limit = Decimal(90_000_000_000_000)

  /// No money.
  public static let zero = Money(pence: 0)

  /// The amount in pounds as an exact decimal.
  public var decimal: Decimal { Decimal(pence) / 100 }

  /// The amount in pounds as a double, for arithmetic such as percentages.
  public var pounds: Double { Double(pence) / 100 }

  /// The amount as printed for people: `£303,010.48`, `-£1,200.00`, `£7,600,000.00`.
  public var formatted: String {
    let (whole, fraction) = parts
    var grouped = ""
    for (index, digit) in whole.enumerated() {
      if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return (pence < 0 ? "-£" : "£") + grouped + "." + fraction
  }

  /// The amount as written into CSV or JSON: `303010.48`, `-1200.00`, no symbol or separators.
  public var plainText: String {
    let (whole, fraction) = parts
    return (pence < 0 ? "-" : "") + whole + "." + fraction
  }

  private var parts: (whole: String, fraction: String) {
    let magnitude = pence.magnitude
    let cents = magnitude % 100
    return (String(magnitude / 100), (cents < 10 ? "0" : "") + String(cents))
  }

  /// Orders amounts by value.
  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

  /// The sum of two amounts.
  public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }

  /// The difference of two amounts.
  public static func - (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence - rhs.pence) }

  /// The amount with its sign changed.
  public static prefix func - (amount: Money) -> Money { Money(pence: -amount.pence) }
}

extension Money: CustomStringConvertible {
  /// The amount as ``formatted`` prints it.
  public var description: String { formatted }
}
