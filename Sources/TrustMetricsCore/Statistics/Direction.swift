/// Which way a value moved between two points.
public enum Direction: String, Sendable {
  /// It rose.
  case up
  /// It fell.
  case down
  /// It stayed within the flat threshold.
  case flat

  /// The direction of a difference.
  ///
  /// `up` when d > threshold, `down` when d < −threshold, else `flat`.
  ///
  /// - Parameters:
  ///   - difference: The later value minus the earlier one.
  ///   - threshold: The largest movement still called flat, at least 0.
  public init(of difference: Double, flatThreshold threshold: Double = 0) {
    if difference > threshold {
      self = .up
    } else if difference < -threshold {
      self = .down
    } else {
      self = .flat
    }
  }
}
