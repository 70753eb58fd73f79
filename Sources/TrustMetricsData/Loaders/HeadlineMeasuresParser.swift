public import TrustMetricsCore

/// Reads an earlier release of DfE's workforce statistics in its older layout (the headline
/// measures file of the reporting-year-2022 release: `social_worker_fte`,
/// `agency_worker_rate_fte_%`, ...) by header name, typing every suppression marker.
///
/// Each of its columns is one of ``WorkforceIndicator``'s under an older name; the indicators it
/// does not publish (starters) read as not available.
public enum HeadlineMeasuresParser {
  /// The older column of each indicator the layout publishes.
  public static let columns: [(column: String, indicator: WorkforceIndicator)] = [
    ("social_worker_fte", .inPostFTE), ("leaver_fte", .leaversFTE),
    ("turnover_rate_fte_%", .turnoverRateFTE), ("working_days_lost_fte", .workingDaysLostFTE),
    ("absence_rate_fte_%", .absenceRateFTE), ("agency_fte", .agencyFTE),
    ("agency_worker_rate_fte_%", .agencyRateFTE), ("agency_cover_fte", .agencyCoverFTE),
    ("agency_cover_rate_fte_%", .agencyCoverRateFTE), ("vacancy_fte", .vacancyFTE),
    ("vacancy_rate_fte_%", .vacancyRateFTE),
    ("vacancy_agency_cover_rate_fte_%", .vacancyAgencyCoverRateFTE),
    ("case_holders_fte", .caseHoldersFTE), ("cases", .cases), ("caseload_fte", .caseloadFTE),
    ("social_worker_headcount", .inPostHeadcount), ("leaver_headcount", .leaversHeadcount),
    ("turnover_rate_headcount_%", .turnoverRateHeadcount), ("agency_headcount", .agencyHeadcount),
    ("agency_worker_rate_headcount_%", .agencyRateHeadcount),
  ]

  /// Parses the file; columns may come in any order, but every one must be known and present.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes (a leading byte-order mark is accepted).
  ///   - file: The path shown in messages.
  /// - Returns: The release's values, England, regions and authorities, every year it covers.
  /// - Throws: `DatasetError` for an unexpected or missing column, a field that is neither a
  ///   number nor a DfE marker, an unknown geographic level, or an area given twice for one year.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> WorkforceStatistics
  {
    let records = try WorkforceParser.read(
      bytes: bytes, file: file, indicators: columns, what: "DfE's headline-measures file",
      yearExample: "2022")
    return WorkforceStatistics(records: records)
  }
}
