/// Why an insourcing appraisal cannot be computed from its inputs.
public enum AppraisalError: Error, Equatable, CustomStringConvertible {
  /// An input is NaN or infinite; the associated value names it.
  case notFinite(input: String)
  /// The one-off cost is zero or negative.
  case nonPositiveCost(Double)
  /// An annual saving is zero or negative.
  case nonPositiveSaving(Double)
  /// The horizon is outside 1–100 years.
  case horizonOutOfRange(Int)
  /// The discount rate is outside 0–1 (0–100%).
  case discountRateOutOfRange(Double)
  /// The high end of the saving range is below the low end.
  case savingRangeReversed(low: Double, high: Double)

  /// One actionable sentence.
  public var description: String {
    switch self {
    case .notFinite(let input):
      "The \(input) is not a finite number; give a number of pounds or a rate."
    case .nonPositiveCost(let cost):
      "The one-off cost is \(AppraisalError.pounds(cost)); give a cost greater than £0."
    case .nonPositiveSaving(let saving):
      "The annual saving is \(AppraisalError.pounds(saving)); give a saving greater than £0 a year."
    case .horizonOutOfRange(let years):
      "The horizon is \(years) years; give a horizon of 1 to 100 years."
    case .discountRateOutOfRange(let rate):
      "The discount rate is \(rate); give a rate from 0 to 1 (0.035 for 3.5%)."
    case .savingRangeReversed(let low, let high):
      "The high saving \(AppraisalError.pounds(high)) is below the low saving "
        + "\(AppraisalError.pounds(low)); swap them."
    }
  }

  private static func pounds(_ value: Double) -> String {
    Money(pounds: value)?.formatted ?? String(value)
  }
}
