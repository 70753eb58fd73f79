/// The outcome of one check.
public enum CheckStatus: String, CaseIterable, Sendable {
  /// The quote, value or claim holds (a value: the quote attaches it to the figure's period and
  /// body, or states no other number of its kind).
  case verified
  /// The value is in the quote, but the quote states other numbers of its kind and which one is
  /// the figure's period's and body's cannot be read from its structure: not a failure, but
  /// counted, listed, and a failure under `--strict`.
  case verifiedUnbound = "verified_unbound"
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
    case .verifiedUnbound: "verified unbound"
    case .mismatch: "mismatch"
    case .notFound: "not found"
    case .unverifiable: "unverifiable"
    case .disagreesWithOfficial: "disagrees with official"
    }
  }

  /// Whether the check failed: a quote, value or claim that does not hold.
  public var isFailure: Bool { self == .mismatch || self == .notFound }

  /// Whether the check fails only under `--strict`: a disagreement with DfE, or a value whose
  /// binding to its period and body cannot be read.
  public var isStrictFailure: Bool { self == .disagreesWithOfficial || self == .verifiedUnbound }
}
