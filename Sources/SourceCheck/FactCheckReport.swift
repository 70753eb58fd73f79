public import TrustMetricsCore

/// What `trustmetrics fact-check` found in one text: its date and one row per number proposed.
public struct FactCheckReport: Sendable {
  /// Where the text's date came from.
  public enum DateOrigin: Hashable, Sendable {
    /// Given by the person (`--date`).
    case given
    /// Written on a line of the text.
    case line(Int)
    /// Neither: releases cannot be placed before or after the text.
    case unknown
  }

  /// The text's date, if known.
  public var date: PartialDate?
  /// Where the date came from.
  public var dateOrigin: DateOrigin
  /// One row per number proposed, in text order.
  public var rows: [FactCheckRow]

  /// Creates a report.
  public init(date: PartialDate?, dateOrigin: DateOrigin, rows: [FactCheckRow]) {
    self.date = date
    self.dateOrigin = dateOrigin
    self.rows = rows
  }

  /// How many rows have each verdict, every verdict listed (zero included), in
  /// ``CounterpartComparison/Verdict`` order.
  public var counts: [(verdict: CounterpartComparison.Verdict, count: Int)] {
    CounterpartComparison.Verdict.allCases.map { verdict in
      (verdict, rows.filter { $0.comparison.verdict == verdict }.count)
    }
  }
}
