import ArgumentParser
import TrustMetricsCore

/// Parses `--measure` for workforce commands: `agency`, `agency_rate`, `vacancy`, `turnover`,
/// `caseload` (or their vocabulary names).
enum WorkforceMeasureOption {
  static let help = ArgumentHelp(
    "agency, vacancy, turnover or caseload (vocabulary names such as agency_rate work too).")

  /// The measures chosen; all four when none is given.
  static func measures(_ names: [String]) throws -> [WorkforceMeasure] {
    guard !names.isEmpty else { return WorkforceMeasure.allCases }
    return try names.map { name in
      if let measure = WorkforceMeasure(rawValue: name) { return measure }
      if let measure = Measure(rawValue: name).flatMap(WorkforceMeasure.init) { return measure }
      throw CommandErrors.usage(
        "--measure \"\(name)\" is not a workforce measure; expected agency, vacancy, turnover or caseload"
      )
    }
  }
}
