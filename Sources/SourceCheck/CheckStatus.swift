/// The outcome of one check.
public enum CheckStatus: String, CaseIterable, Sendable {
  /// The quote, value or claim holds.
  case verified
  /// The value or claim does not hold.
  case mismatch
  /// The quote is not in its source byte-exact.
  case notFound = "not_found"
  /// It cannot be decided from the data (no official counterpart, a hedge spanning the answer).
  case unverifiable
  /// The figure disagrees with DfE's official statistics: a finding about the sources.
  case disagreesWithOfficial = "disagrees_with_official"

  /// The status as people read it: `not found`, `disagrees with official` (the raw value with
  /// spaces for underscores).
  public var label: String {
    switch self {
    case .verified: "verified"
    case .mismatch: "mismatch"
    case .notFound: "not found"
    case .unverifiable: "unverifiable"
    case .disagreesWithOfficial: "disagrees with official"
    }
  }

  /// Whether the check failed: a quote, value or claim that does not hold.
  public var isFailure: Bool { self == .mismatch || self == .notFound }
}
