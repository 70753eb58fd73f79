public import TrustMetricsCore

/// The measure proposed for a figure: one of the dataset's measures, or `other` when no word of
/// the documented vocabulary names one.
///
/// `other` is a proposal only: it is not a dataset measure, so a `figures.csv` row that keeps it
/// does not load. A person picks a measure before adding the row.
public enum MeasureProposal: Hashable, Sendable {
  /// A dataset measure, named by a word of the vocabulary near the number.
  case measure(Measure)
  /// No measure of the vocabulary: a person chooses one.
  case other

  /// The name written in the `measure` field: the measure's raw value, or `other`.
  public var name: String {
    switch self {
    case .measure(let measure): measure.rawValue
    case .other: "other"
    }
  }

  /// The dataset measure, or `nil` for `other`.
  public var measure: Measure? {
    switch self {
    case .measure(let measure): measure
    case .other: nil
    }
  }
}
