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
    let table = try NamedColumns(
      bytes: bytes, file: file,
      columns: identifyingColumns + WorkforceIndicator.allCases.map(\.rawValue),
      what: "DfE's workforce indicators", columnsLabel: "DfE's columns")
    return try statistics(
      of: table, columns: WorkforceIndicator.allCases.map { ($0.rawValue, $0) }, exampleYear: 2025)
  }

  /// Reads the rows of a workforce file in either of DfE's layouts: each row's year and area
  /// (``AreaColumns``), then its value columns, typing every suppression marker.
  ///
  /// - Parameters:
  ///   - table: The file, with ``identifyingColumns`` and each of `columns` found.
  ///   - columns: The column of each indicator the layout publishes, in the order they are
  ///     checked.
  ///   - exampleYear: The reporting year a message about a bad `time_period` gives as an example.
  /// - Returns: Every row's values: England, regions and authorities, every year.
  /// - Throws: `DatasetError` for a row with the wrong number of fields, a year, level, code or
  ///   region that is missing or not one DfE writes, a field that is neither a number nor a DfE
  ///   marker, or an area given twice for one year.
  static func statistics(
    of table: NamedColumns, columns: [(column: String, indicator: WorkforceIndicator)],
    exampleYear: Int
  ) throws(DatasetError) -> WorkforceStatistics {
    var areas = AreaColumns(table, yearExpected: "a reporting year such as \(exampleYear)")
    let valueColumns = columns.map { (column: table.column($0.column), indicator: $0.indicator) }
    var result: [WorkforceRecord] = []
    result.reserveCapacity(table.rows.count)
    for row in table.rows {
      try table.requireFieldCount(row)
      let area = try areas.area(of: row)
      var values: [WorkforceIndicator: OfficialValue] = [:]
      for (column, indicator) in valueColumns {
        let text = table.field(column, of: row)
        if let number = NumberField.double(text) {
          values[indicator] = .number(number)
        } else if let marker = SuppressionMarker(rawValue: text),
          SuppressionMarker.workforceMarkers.contains(marker)
        {
          values[indicator] = .suppressed(marker)
        } else {
          throw table.invalid(
            column, of: row, expected: "a number or a DfE marker (x, z, u, c, low, :)")
        }
      }
      try areas.requireFirst(area, of: row)
      result.append(
        WorkforceRecord(
          year: area.year, level: area.level, regionName: area.regionName, laCode: area.laCode,
          name: area.name, values: values, line: row.line))
    }
    return WorkforceStatistics(records: result)
  }
}
