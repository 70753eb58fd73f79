/// Why an official value is missing.
///
/// A marker published in place of a number, or a reason the value cannot be computed; never
/// zero.
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
  /// `-` (section 251): no value published.
  case noValue = "-"
  /// `[x]` (RO3): the return was not received.
  case notReceived = "[x]"
  /// `[n]` (RO3): not applicable.
  case notApplicableToReturn = "[n]"
  /// `[note 4]` (RO3): not applicable, see MHCLG's note 4.
  case noteFour = "[note 4]"
  /// An empty cell in a finance file.
  case blank = "blank"
  /// Computed, not published: an RO3 agency memorandum of 0 or below, which means "not
  /// reported".
  case notReported = "not_reported"
  /// Computed: a published unit cost cannot be summed over the two authorities of a joint row.
  case jointRow = "joint_row"
  /// Computed: no ONS population estimate (or no RO3 return) for the area that year.
  case noCounterpart = "no_counterpart"
  /// Computed: the denominator is zero, so the ratio is undefined.
  case undefined = "undefined"

  /// The markers DfE's workforce file may contain.
  public static let workforceMarkers: [SuppressionMarker] = [
    .notAvailable, .notApplicable, .lowReliability, .confidential, .belowPublishable, .missing,
  ]

  /// Reads a finance file's marker: `-`, `x`, `[x]`, `[n]`, `[note 4]` or an empty cell.
  ///
  /// - Parameter text: The cell.
  /// - Returns: The marker, or `nil` when the text is none of them.
  public static func finance(_ text: some StringProtocol) -> SuppressionMarker? {
    switch text {
    case "": .blank
    case "-": .noValue
    case "x": .notAvailable
    case "[x]": .notReceived
    case "[n]": .notApplicableToReturn
    case "[note 4]": .noteFour
    default: nil
    }
  }

  /// What the marker means, for legends.
  public var meaning: String {
    switch self {
    case .notAvailable: "not available"
    case .notApplicable: "not applicable"
    case .lowReliability: "low reliability"
    case .confidential: "confidential"
    case .belowPublishable: "below publishable level (rounds to 0)"
    case .missing: "not available"
    case .noValue: "no value in the section 251 outturn"
    case .notReceived: "RO3 return not received"
    case .notApplicableToReturn: "not applicable (RO3)"
    case .noteFour: "not applicable (RO3 note 4)"
    case .blank: "blank in the published file"
    case .notReported:
      "agency cost not reported (the RO3 memorandum is 0 or below; where a trust runs the service, the trust's agency spend is not in the council's return)"
    case .jointRow: "a published unit cost cannot be summed over a joint row"
    case .noCounterpart: "no population estimate or return for the area that year"
    case .undefined: "undefined (the denominator is zero)"
    }
  }
}
