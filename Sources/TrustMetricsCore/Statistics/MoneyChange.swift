/// The change from one amount of money to another, exact in pence, with its percentage.
public struct MoneyChange: Hashable, Sendable {
  /// The earlier or reference amount (budget, forecast, previous year).
  public var base: Money
  /// The later or actual amount (outturn, actual, this year).
  public var value: Money

  /// Creates a change from a base amount to a value.
  public init(from base: Money, to value: Money) {
    self.base = base
    self.value = value
  }

  /// The difference, exact: `value − base`.
  public var difference: Money { value - base }

  /// The difference as a percentage of the base.
  ///
  /// `(value − base) ÷ |base| × 100`; dividing by the magnitude keeps the sign of the
  /// difference when the base is negative (an underspend). `nil` when the base is 0.
  public var percentOfBase: Double? {
    guard base.pence != 0 else { return nil }
    return Double(difference.pence) / Double(base.pence.magnitude) * 100
  }

  /// Which way the amount moved.
  public var direction: Direction { Direction(of: Double(difference.pence)) }
}
