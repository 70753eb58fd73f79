public import TrustMetricsCore

/// Reads DfE's workforce indicators file by header name, typing every suppression marker.
public enum WorkforceParser {
  /// Columns that identify a row; all must be present.
  public static let identifyingColumns = [
    "time_period", "time_identifier", "geographic_level", "country_code", "country_name",
    "region_code", "region_name", "old_la_code", "new_la_code", "la_name",
  ]

  /// Parses the file; columns may come in any order, but every one must be known and present.
  ///
  /// - Throws: `DatasetError` for an unexpected or missing column, an unknown marker, an
  ///   unknown geographic level, or an area given twice for one year.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> WorkforceStatistics
  {
    let indicators = WorkforceIndicator.allCases.map { (column: $0.rawValue, indicator: $0) }
    let records = try read(
      bytes: bytes, file: file, indicators: indicators, what: "DfE's workforce indicators",
      columnsLabel: "DfE's columns", yearExample: "2025")
    return WorkforceStatistics(records: records)
  }

  /// Reads a workforce file whose indicator columns have the given names: the identifying
  /// columns, then one value per indicator, a number or a DfE marker.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - file: The path shown in messages.
  ///   - indicators: Each indicator's column name, in the order the row's values are checked.
  ///   - what: What the file is, for messages.
  ///   - columnsLabel: How a wrong header's message introduces the expected columns.
  ///   - yearExample: A reporting year for the message about a bad `time_period`.
  /// - Returns: The rows in file order.
  /// - Throws: `DatasetError` for an unexpected or missing column, a cell that is neither a
  ///   number nor a DfE marker, an unknown geographic level, or an area given twice for one year.
  static func read(
    bytes: some Collection<UInt8>, file: String,
    indicators: [(column: String, indicator: WorkforceIndicator)], what: String,
    columnsLabel: String? = nil, yearExample: String
  ) throws(DatasetError) -> [WorkforceRecord] {
    let columns = identifyingColumns + indicators.map(\.column)
    let timePeriod = NamedColumns.Column("time_period", in: columns)
    let geographicLevel = NamedColumns.Column("geographic_level", in: columns)
    let countryName = NamedColumns.Column("country_name", in: columns)
    let regionNameColumn = NamedColumns.Column("region_name", in: columns)
    let oldCode = NamedColumns.Column("old_la_code", in: columns)
    let laName = NamedColumns.Column("la_name", in: columns)
    let values = indicators.map { (NamedColumns.Column($0.column, in: columns), $0.indicator) }
    var result: [WorkforceRecord] = []
    var firstLineOfArea: [AreaKey: Int] = [:]
    var years = ByteInterner<Int>()
    var levels = ByteInterner<GeographicLevel>()
    var texts = ByteInterner<String>()
    try NamedColumns.read(
      bytes: bytes, file: file, columns: columns, what: what, columnsLabel: columnsLabel
    ) { row throws(DatasetError) in
      guard
        let year = row.interned(
          timePeriod, in: &years,
          { text in Int(text).flatMap { (1900...2099).contains($0) ? $0 : nil } })
      else {
        throw row.invalid(timePeriod, expected: "a reporting year such as \(yearExample)")
      }
      guard
        let level = row.interned(geographicLevel, in: &levels, GeographicLevel.init(rawValue:))
      else {
        throw row.invalid(geographicLevel, expected: "National, Regional or Local authority")
      }
      let code = row.internedString(oldCode, in: &texts)
      if level == .localAuthority, code.isEmpty {
        throw row.invalid(oldCode, expected: "an authority code on a Local authority row")
      }
      let regionName = row.internedString(regionNameColumn, in: &texts)
      if level == .regional, regionName.isEmpty {
        throw row.invalid(regionNameColumn, expected: "a region name on a Regional row")
      }
      var cells: [WorkforceIndicator: OfficialValue] = [:]
      cells.reserveCapacity(values.count)
      for (column, indicator) in values {
        guard let value = row.workforceValue(column) else {
          throw row.invalid(column, expected: "a number or a DfE marker (x, z, u, c, low, :)")
        }
        cells[indicator] = value
      }
      let name =
        level == .national
        ? row.internedString(countryName, in: &texts)
        : (level == .regional ? regionName : row.internedString(laName, in: &texts))
      let areaKey = AreaKey(year: year, level: level, area: level == .localAuthority ? code : name)
      if let first = firstLineOfArea.updateValue(row.line, forKey: areaKey) {
        throw .duplicate(
          file: file, line: row.line, field: "area and year", value: "\(name) \(year)",
          firstLine: first)
      }
      result.append(
        WorkforceRecord(
          year: year, level: level, regionName: regionName, laCode: code, name: name,
          values: cells, line: row.line))
    }
    return result
  }

  /// What makes a row unique: one row per year and area (an authority by code, England and a
  /// region by name).
  private struct AreaKey: Hashable {
    var year: Int
    var level: GeographicLevel
    var area: String
  }
}
