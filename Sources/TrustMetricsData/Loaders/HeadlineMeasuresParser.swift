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
    let table = try NamedColumns(
      bytes: bytes, file: file,
      columns: WorkforceParser.identifyingColumns + columns.map(\.column),
      what: "DfE's headline-measures file")
    var result: [WorkforceRecord] = []
    result.reserveCapacity(table.rows.count)
    var firstLineOfArea: [String: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      func field(_ name: String) -> String { table.field(table.column(name), of: row) }
      func invalid(_ name: String, _ expected: String) -> DatasetError {
        .invalidField(
          file: file, line: row.line, field: name, value: field(name), expected: expected)
      }
      guard let year = Int(field("time_period")), (1900...2099).contains(year) else {
        throw invalid("time_period", "a reporting year such as 2022")
      }
      guard let level = GeographicLevel(rawValue: field("geographic_level")) else {
        throw invalid("geographic_level", "National, Regional or Local authority")
      }
      let code = field("old_la_code")
      if level == .localAuthority, code.isEmpty {
        throw invalid("old_la_code", "an authority code on a Local authority row")
      }
      let regionName = field("region_name")
      if level == .regional, regionName.isEmpty {
        throw invalid("region_name", "a region name on a Regional row")
      }
      var values: [WorkforceIndicator: OfficialValue] = [:]
      for (column, indicator) in columns {
        let text = field(column)
        if let number = NumberField.double(text) {
          values[indicator] = .number(number)
        } else if let marker = SuppressionMarker(rawValue: text),
          SuppressionMarker.workforceMarkers.contains(marker)
        {
          values[indicator] = .suppressed(marker)
        } else {
          throw invalid(column, "a number or a DfE marker (x, z, u, c, low, :)")
        }
      }
      let name =
        level == .national
        ? field("country_name") : (level == .regional ? regionName : field("la_name"))
      let areaKey = "\(year)|\(level.rawValue)|\(level == .localAuthority ? code : name)"
      if let first = firstLineOfArea[areaKey] {
        throw .duplicate(
          file: file, line: row.line, field: "area and year", value: "\(name) \(year)",
          firstLine: first)
      }
      firstLineOfArea[areaKey] = row.line
      result.append(
        WorkforceRecord(
          year: year, level: level, regionName: regionName, laCode: code, name: name,
          values: values, line: row.line))
    }
    return WorkforceStatistics(records: result)
  }
}
