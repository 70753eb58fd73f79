import ArgumentParser
import TrustMetricsCore

/// Parses `--measure` for every command that takes it: the workforce rates (`agency`,
/// `vacancy`, `turnover`, `caseload`, or vocabulary names such as `agency_rate`) and the finance
/// measures (`spend_per_child`, ...).
enum MeasureOption {
  static let help = ArgumentHelp(
    "A measure: agency, vacancy, turnover, caseload (vocabulary names such as agency_rate work "
      + "too) or a finance measure: "
      + OfficialMeasure.finance.map(\.rawValue).joined(separator: ", ") + ".")

  /// Every name `--measure` accepts, for messages.
  static var names: String {
    OfficialMeasure.allCases.map(\.rawValue).joined(separator: ", ")
  }

  /// The measures chosen; the four workforce rates when none is given.
  static func measures(_ names: [String]) throws -> [OfficialMeasure] {
    guard !names.isEmpty else { return OfficialMeasure.workforce }
    return try names.map { name in
      if let measure = OfficialMeasure(rawValue: name) { return measure }
      if let measure = Measure(rawValue: name).flatMap(OfficialMeasure.init) { return measure }
      throw CommandErrors.usage(
        "--measure \"\(name)\" is not a measure; expected one of \(Self.names)")
    }
  }
}

/// Parses `--year`: a census year (`2025`), or for finance measures the year a financial year
/// starts (`2024`) or the financial year itself (`FY2024-25`), both April 2024 to March 2025.
enum YearOption {
  static let help = ArgumentHelp(
    "A year (repeatable; default the latest): a DfE census year such as 2025, or for finance "
      + "measures 2024 or FY2024-25 (April 2024 to March 2025).")

  /// The years given, checked against every measure chosen.
  ///
  /// - Returns: The years as integers (a financial year as the year it starts).
  static func years(
    _ texts: [String], measures: [OfficialMeasure], in statistics: OfficialStatistics
  )
    throws -> [Int]
  {
    try texts.map { text in
      let isFinancialYear = text.hasPrefix("FY") || text.contains("-")
      let year: Int
      if isFinancialYear {
        guard let financial = FinancialYear(parsing: text) else {
          throw CommandErrors.usage(
            "--year \"\(text)\" is not a year; expected a year such as 2025 or a financial year such as FY2024-25"
          )
        }
        if let workforce = measures.first(where: { !$0.isFinance }) {
          throw CommandErrors.usage(
            "--year \(text) is a financial year, but \(workforce.rawValue) is counted at the 30 September census; give a year such as 2024"
          )
        }
        year = financial.startYear
      } else {
        guard let plain = Int(text) else {
          throw CommandErrors.usage(
            "--year \"\(text)\" is not a year; expected a year such as 2025 or a financial year such as FY2024-25"
          )
        }
        year = plain
      }
      for measure in measures {
        let available = statistics.years(of: measure)
        guard available.contains(year) else {
          let first = available.first.map(measure.periodText) ?? "none"
          let last = available.last.map(measure.periodText) ?? "none"
          throw CommandErrors.usage(
            "--year \(text) is not in the statistics for \(measure.rawValue); expected \(first)–\(last)"
          )
        }
      }
      return year
    }
  }
}
