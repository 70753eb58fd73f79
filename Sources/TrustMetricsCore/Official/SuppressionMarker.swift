/// A marker DfE publishes in place of a number, keeping its meaning.
public enum SuppressionMarker: String, CaseIterable, Sendable {
  /// `x`: not available.
  case notAvailable = "x"
  /// `z`: not applicable.
  case notApplicable = "z"
  /// `u`: low reliability.
  case lowReliability = "u"
  /// `c`: confidential.
  case confidential = "c"
  /// `low`: a rate below the publishable level (rounds to 0).
  case belowPublishable = "low"
  /// `:`: not available.
  case missing = ":"

  /// What the marker means, for legends.
  public var meaning: String {
    switch self {
    case .notAvailable: "not available"
    case .notApplicable: "not applicable"
    case .lowReliability: "low reliability"
    case .confidential: "confidential"
    case .belowPublishable: "below publishable level (rounds to 0)"
    case .missing: "not available"
    }
  }
}
