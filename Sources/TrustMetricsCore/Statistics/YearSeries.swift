import Foundation

/// Values of one measure over consecutive reporting years, gaps kept as gaps.
///
/// Each point carries its change from the previous year (nil across a gap) and from the first
/// year present (computed for every present point).
public struct YearSeries: Hashable, Sendable {
  /// One reporting year of a series.
  public struct Point: Hashable, Sendable {
    /// The reporting year.
    public var year: Int
    /// The value, or `nil` when the year is missing or suppressed.
    public var value: Double?
    /// The change from the year before; `nil` when either year has no value.
    public var changeFromPrevious: Change?
    /// The change from the series' first present value; `nil` when this year has no value
    /// (and for the first present point itself, a flat change of 0).
    public var changeFromFirst: Change?

    /// Creates a point from its parts.
    public init(year: Int, value: Double?, changeFromPrevious: Change?, changeFromFirst: Change?) {
      self.year = year
      self.value = value
      self.changeFromPrevious = changeFromPrevious
      self.changeFromFirst = changeFromFirst
    }
  }

  /// One point per year, ascending, with no year skipped.
  public let points: [Point]

  /// Builds a series over a range of years, aligning values by year.
  ///
  /// - Parameters:
  ///   - values: Values by reporting year; years outside `years` are ignored; a non-finite value
  ///     is treated as missing.
  ///   - years: The years to cover; by default from the earliest to the latest key of `values`.
  ///   - flatThreshold: The largest movement still called flat (0: only equal values are flat).
  public init(values: [Int: Double], years: ClosedRange<Int>? = nil, flatThreshold: Double = 0) {
    let clean = values.filter { $0.value.isFinite }
    guard let span = years ?? YearSeries.span(of: [clean]) else {
      points = []
      return
    }
    var built: [Point] = []
    var first: Double?
    var previous: Double?
    for year in span {
      let value = clean[year]
      if first == nil { first = value }
      let fromPrevious = both(previous, value).map {
        Change(from: $0, to: $1, flatThreshold: flatThreshold)
      }
      let fromFirst = both(first, value).map {
        Change(from: $0, to: $1, flatThreshold: flatThreshold)
      }
      built.append(
        Point(
          year: year, value: value, changeFromPrevious: fromPrevious, changeFromFirst: fromFirst))
      previous = value
    }
    points = built
  }

  /// Builds series over one common span of years, so that their points line up.
  ///
  /// - Parameters:
  ///   - values: Each series' values by year.
  ///   - flatThreshold: The largest movement still called flat.
  /// - Returns: One series per input, each from the earliest to the latest year of any input.
  public static func aligned(_ values: [[Int: Double]], flatThreshold: Double = 0) -> [YearSeries] {
    let span = YearSeries.span(of: values.map { $0.filter { $0.value.isFinite } })
    return values.map { YearSeries(values: $0, years: span, flatThreshold: flatThreshold) }
  }

  /// The series of a measure's published values for an authority, over every year of the
  /// statistics; suppressed values and missing rows are gaps.
  ///
  /// - Parameters:
  ///   - measure: The measure read.
  ///   - code: The authority's `old_la_code`, alone or merged.
  ///   - statistics: DfE's workforce indicators.
  ///   - flatThreshold: The largest movement still called flat.
  public init(
    published measure: OfficialMeasure, authority code: String, statistics: WorkforceStatistics,
    flatThreshold: Double = 0
  ) {
    var values: [Int: Double] = [:]
    for year in statistics.years {
      if let row = statistics.authority(code: code, year: year),
        let number = WorkforceRates.publishedValue(of: measure, in: row).number
      {
        values[year] = number
      }
    }
    let years = statistics.years
    let span = both(years.first, years.last).map { $0...$1 }
    self.init(values: values, years: span, flatThreshold: flatThreshold)
  }

  /// The value for a year, or `nil` when the year is outside the series or has no value.
  public func value(in year: Int) -> Double? { points.first { $0.year == year }?.value }

  /// The first point with a value.
  public var firstPresent: Point? { points.first { $0.value != nil } }

  /// The last point with a value.
  public var lastPresent: Point? { points.last { $0.value != nil } }

  /// The compound annual rate of change between the first and last present values, in percent.
  ///
  /// `((last ÷ first)^(1 ÷ (lastYear − firstYear)) − 1) × 100`; `nil` unless both ends are
  /// greater than 0 and lie in different years.
  public var compoundAnnualRate: Double? {
    guard let first = firstPresent, let last = lastPresent, let start = first.value,
      let end = last.value, start > 0, end > 0, last.year > first.year
    else { return nil }
    let rate = (pow(end / start, 1 / Double(last.year - first.year)) - 1) * 100
    return rate.isFinite ? rate : nil
  }

  private static func span(of values: [[Int: Double]]) -> ClosedRange<Int>? {
    let years = values.flatMap(\.keys)
    guard let low = years.min(), let high = years.max() else { return nil }
    return low...high
  }
}

private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}
