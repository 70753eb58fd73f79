/// A quartile band as LAIT prints it: A is the best quarter of authorities, D the worst.
public enum QuartileBand: String, CaseIterable, Sendable, Comparable {
  /// The best quarter.
  case a = "A"
  /// The second quarter.
  case b = "B"
  /// The third quarter.
  case c = "C"
  /// The worst quarter.
  case d = "D"

  /// Orders bands from best (A) to worst (D).
  public static func < (lhs: QuartileBand, rhs: QuartileBand) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
