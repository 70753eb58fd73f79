/// The change between two values of a measure.
public struct Change: Hashable, Sendable {
  /// The earlier value.
  public var from: Double
  /// The later value.
  public var to: Double
  /// How it moved, by the flat threshold in force when it was computed.
  public var direction: Direction

  /// Creates a change between two values.
  ///
  /// - Parameters:
  ///   - from: The earlier value.
  ///   - to: The later value.
  ///   - flatThreshold: The largest movement still called flat (0: only equal values are flat).
  public init(from: Double, to: Double, flatThreshold: Double = 0) {
    self.from = from
    self.to = to
    self.direction = Direction(of: to - from, flatThreshold: flatThreshold)
  }

  /// The difference in the measure's own unit: percentage points for rates.
  ///
  /// `to − from`.
  public var difference: Double { to - from }

  /// The relative change, in percent.
  ///
  /// `(to − from) ÷ |from| × 100`; dividing by the magnitude keeps the sign of the difference.
  /// `nil` when `from` is 0.
  public var relativePercent: Double? {
    guard from != 0 else { return nil }
    let relative = (to - from) / abs(from) * 100
    return relative.isFinite ? relative : nil
  }
}
