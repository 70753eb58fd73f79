/// One of the four social-work workforce rates DfE publishes on a full-time-equivalent basis.
///
/// Each measure has a published column in the workforce indicators file and can also be
/// recomputed from that file's count columns (see ``WorkforceRates``).
public enum WorkforceMeasure: String, CaseIterable, Sendable {
  /// Agency rate: agency FTE ÷ (agency FTE + in-post FTE) × 100, in percent.
  case agency
  /// Vacancy rate: vacancy FTE ÷ (vacancy FTE + in-post FTE) × 100, in percent.
  case vacancy
  /// Turnover rate: leavers FTE ÷ in-post FTE at 30 September × 100, in percent.
  case turnover
  /// Average caseload: cases ÷ case-holder FTE, in cases per worker.
  case caseload

  /// Creates the workforce measure a figure measure corresponds to, or `nil` when the measure is
  /// not one of the four rates.
  ///
  /// - Parameter measure: A figure measure such as ``Measure/agencyRate``.
  public init?(_ measure: Measure) {
    guard let found = WorkforceMeasure.allCases.first(where: { $0.measure == measure }) else {
      return nil
    }
    self = found
  }

  /// The figure measure with the same definition.
  public var measure: Measure {
    switch self {
    case .agency: .agencyRate
    case .vacancy: .vacancyRate
    case .turnover: .turnoverRate
    case .caseload: .caseloadAverage
    }
  }

  /// Whether a lower or a higher value is better: lower, for all four.
  public var polarity: Polarity { .lowIsGood }

  /// The unit of the value: percent for the three rates, cases per worker for caseload.
  public var unit: FigureUnit { measure.unit }

  /// The column DfE publishes the value in, on the FTE basis.
  public var publishedIndicator: WorkforceIndicator {
    switch self {
    case .agency: .agencyRateFTE
    case .vacancy: .vacancyRateFTE
    case .turnover: .turnoverRateFTE
    case .caseload: .caseloadFTE
    }
  }

  /// A short name for headings, such as `Agency rate`.
  public var displayName: String {
    switch self {
    case .agency: "Agency rate"
    case .vacancy: "Vacancy rate"
    case .turnover: "Turnover rate"
    case .caseload: "Average caseload"
    }
  }

  /// The unit as printed after a value: `%` for the rates, `cases` for caseload.
  public var unitLabel: String {
    switch unit {
    case .percent: "%"
    default: "cases"
    }
  }

  /// What a change in the value is counted in: `percentage points` or `cases`.
  public var changeUnitLabel: String {
    switch unit {
    case .percent: "percentage points"
    default: "cases"
    }
  }

  /// Whether the value is a share that must lie in 0–100 (agency and vacancy rates).
  public var isBoundedShare: Bool { measure.isBoundedShare }
}
