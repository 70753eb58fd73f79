/// The lower quartile, median and upper quartile of a sample, by the type-7 rule.
public struct Quartiles: Hashable, Sendable {
  /// The 25th percentile.
  public var q1: Double
  /// The median.
  public var q2: Double
  /// The 75th percentile.
  public var q3: Double

  /// Creates quartiles from their three values.
  public init(q1: Double, q2: Double, q3: Double) {
    self.q1 = q1
    self.q2 = q2
    self.q3 = q3
  }

  /// The band a value falls in, by LAIT's rule.
  ///
  /// Low is good: A if v ≤ Q1, B if v ≤ Q2, C if v ≤ Q3, else D. High is good, reversed: A if
  /// v ≥ Q3, B if v ≥ Q2, C if v ≥ Q1, else D.
  ///
  /// - Parameters:
  ///   - value: The value to place.
  ///   - polarity: Which direction is better.
  /// - Returns: The band, or `nil` for a neutral measure (no direction is better) or a value that
  ///   is not finite.
  public func band(of value: Double, polarity: Polarity) -> QuartileBand? {
    guard value.isFinite else { return nil }
    switch polarity {
    case .lowIsGood:
      if value <= q1 { return .a }
      if value <= q2 { return .b }
      if value <= q3 { return .c }
      return .d
    case .highIsGood:
      if value >= q3 { return .a }
      if value >= q2 { return .b }
      if value >= q1 { return .c }
      return .d
    case .neutral:
      return nil
    }
  }
}
