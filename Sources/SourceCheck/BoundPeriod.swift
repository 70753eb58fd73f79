import TrustMetricsCore

/// When a passage says a number applies, as the passage's structure reads it ("52% in 2015",
/// "As of September 2021, ...", "up from 14.9% the year before", "just under 14% currently").
enum BoundPeriod: Hashable, Sendable {
  /// A month: "September 2021", "as of January 2022".
  case month(year: Int, month: Int)
  /// A calendar year: "in 2015".
  case year(Int)
  /// Years written as a range ("2022-23", "2014-20"): calendar years `from` through `to`.
  case years(from: Int, to: Int)
  /// The time of writing: "currently", "now".
  case present

  /// The months covered, counted from year 0 (`year × 12 + month − 1`); `nil` for the present.
  var months: ClosedRange<Int>? {
    switch self {
    case .month(let year, let month): (year * 12 + month - 1)...(year * 12 + month - 1)
    case .year(let year): (year * 12)...(year * 12 + 11)
    case .years(let from, let to): (from * 12)...(to * 12 + 11)
    case .present: nil
    }
  }

  /// Whether a figure's period could be this one: their months overlap (`2021-09` is in 2021;
  /// `FY2022-23` is in "2022-23" and in 2023); `nil` for the present, which has no months.
  ///
  /// - Parameter period: A figure's period.
  /// - Returns: Whether the two share a month.
  func overlaps(_ period: Period) -> Bool? {
    guard let months else { return nil }
    return months.overlaps(period.months)
  }

  /// The same period a year earlier ("the year before"); the present has none.
  var yearEarlier: BoundPeriod? {
    switch self {
    case .month(let year, let month): .month(year: year - 1, month: month)
    case .year(let year): .year(year - 1)
    case .years(let from, let to): .years(from: from - 1, to: to - 1)
    case .present: nil
    }
  }

  /// The period as a figure writes it: a month, a year, a financial year for a two-year range
  /// when `financial` (else a span), `nil` for the present.
  ///
  /// - Parameter financial: Whether a range of two consecutive years is a financial year.
  /// - Returns: The period, or `nil` for the present.
  func period(financial: Bool) -> Period? {
    switch self {
    case .month(let year, let month): .month(year: year, month: month)
    case .year(let year): .year(year)
    case .years(let from, let to):
      financial && to == from + 1 ? .financialYear(startYear: from) : .span(from: from, to: to)
    case .present: nil
    }
  }
}

extension BoundPeriod: CustomStringConvertible {
  /// As details write it: `2015`, `2021-09`, `2022-23`, `the present`.
  var description: String {
    switch self {
    case .month(let year, let month): "\(year)-\(month < 10 ? "0" : "")\(month)"
    case .year(let year): String(year)
    case .years(let from, let to):
      to == from + 1 ? "\(from)-\(String(to).suffix(2))" : "\(from)–\(to)"
    case .present: "the present"
    }
  }
}

extension Period {
  /// The months the period covers, counted from year 0 (`year × 12 + month − 1`).
  var months: ClosedRange<Int> {
    switch self {
    case .year(let year): (year * 12)...(year * 12 + 11)
    case .month(let year, let month): (year * 12 + month - 1)...(year * 12 + month - 1)
    case .financialYear(let start): (start * 12 + 3)...(start * 12 + 14)
    case .span(let from, let to): (from * 12)...(to * 12 + 11)
    }
  }
}
