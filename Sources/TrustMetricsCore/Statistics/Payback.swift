/// When savings repay a one-off cost.
public enum Payback: Hashable, Sendable {
  /// Repaid after this many years (fractional, interpolated within the year).
  case years(Double)
  /// Not repaid within the years searched.
  case never

  /// The number of years, or `nil` when never repaid.
  public var years: Double? {
    if case .years(let years) = self { return years }
    return nil
  }
}
