/// The unit a figure's value is expressed in, at its natural scale.
///
/// `percent` holds 52 for 52%; `gbp` holds pounds (7,600,000 for £7.6m); `fte` holds full-time
/// equivalents; `casesPerWorker` holds an average caseload; `years` a duration.
public enum FigureUnit: String, CaseIterable, Sendable {
  case percent
  case gbp = "GBP"
  case count
  case fte = "FTE"
  case casesPerWorker = "cases_per_worker"
  case years
}
