/// The unit a figure's value is expressed in, at its natural scale.
///
/// `percent` holds 52 for 52%; `gbp` holds pounds (7,600,000 for £7.6m); `fte` holds full-time
/// equivalents; `casesPerWorker` holds an average caseload; `years` a duration; the three money
/// rates hold pounds per child, per week or per full-time-equivalent worker.
public enum FigureUnit: String, CaseIterable, Sendable {
  case percent
  case gbp = "GBP"
  case count
  case fte = "FTE"
  case casesPerWorker = "cases_per_worker"
  case years
  /// Pounds per child (aged 0–17).
  case gbpPerChild = "GBP_per_child"
  /// Pounds per week (a weekly unit cost).
  case gbpPerWeek = "GBP_per_week"
  /// Pounds per full-time-equivalent worker.
  case gbpPerFTE = "GBP_per_FTE"

  /// The unit as printed after a value: `%`, `cases`, `£ per child`, ...
  public var label: String {
    switch self {
    case .percent: "%"
    case .gbp: "£"
    case .count: "count"
    case .fte: "FTE"
    case .casesPerWorker: "cases"
    case .years: "years"
    case .gbpPerChild: "£ per child"
    case .gbpPerWeek: "£ per week"
    case .gbpPerFTE: "£ per FTE"
    }
  }

  /// Whether the unit is an amount of money per something (shown in whole pounds).
  public var isMoneyRate: Bool { self == .gbpPerChild || self == .gbpPerWeek || self == .gbpPerFTE }
}
