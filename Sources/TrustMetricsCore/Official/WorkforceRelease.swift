/// One release of DfE's children's social work workforce statistics: the values as DfE published
/// them for one reporting year, earlier years included (DfE revises them in later releases).
///
/// DfE publishes each reporting year's statistics (census at 30 September) the following
/// February: the reporting-year-2022 release came out in February 2023.
public struct WorkforceRelease: Sendable {
  /// The latest reporting year the release covers (2022 for the release published early 2023).
  public var reportingYear: Int
  /// The file the values were read from, as citations name it
  /// (`official/csww_indicators_2017_to_2025.csv`); empty when not read from a file.
  public var file: String
  /// The values.
  public var statistics: WorkforceStatistics

  /// Creates a release.
  ///
  /// - Parameters:
  ///   - reportingYear: The latest reporting year it covers.
  ///   - file: The file it was read from, for citations.
  ///   - statistics: Its values.
  public init(reportingYear: Int, file: String, statistics: WorkforceStatistics) {
    self.reportingYear = reportingYear
    self.file = file
    self.statistics = statistics
  }

  /// The release of a set of statistics: its reporting year is the latest year they cover.
  ///
  /// - Parameters:
  ///   - statistics: The values.
  ///   - file: The file they were read from.
  public init(latestOf statistics: WorkforceStatistics, file: String) {
    self.init(reportingYear: statistics.years.last ?? 0, file: file, statistics: statistics)
  }

  /// The month DfE published it: February of the year after its reporting year.
  public var published: PartialDate { Self.publication(ofReportingYear: reportingYear) }

  /// How people name it: `reporting-year-2022 release`.
  public var name: String { "reporting-year-\(reportingYear) release" }

  /// The month DfE publishes a reporting year's statistics for the first time: February of the
  /// next year (census 30 September 2021, published February 2022).
  ///
  /// - Parameter year: The reporting (census) year.
  /// - Returns: The year and month of publication.
  public static func publication(ofReportingYear year: Int) -> PartialDate {
    PartialDate(year: year + 1, month: 2)
  }

  /// Whether someone writing at `date` could have seen a publication of `published`: `true` when
  /// the date is after its month, `false` when before it, `nil` when the date is too coarse to
  /// tell (the same year, month unknown) or falls in the month itself.
  ///
  /// - Parameters:
  ///   - published: The publication's year and month.
  ///   - date: When the text was written.
  /// - Returns: Whether it could have been seen, or `nil` when unknown.
  public static func couldHaveSeen(_ published: PartialDate, at date: PartialDate) -> Bool? {
    if date.year != published.year { return date.year > published.year }
    guard let month = date.month, let publishedMonth = published.month else { return nil }
    if month == publishedMonth { return nil }
    return month > publishedMonth
  }
}
