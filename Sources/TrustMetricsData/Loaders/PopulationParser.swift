public import TrustMetricsCore

/// Reads ONS's mid-year estimates of children aged 0–17 (DfE's layout) by header name.
public enum PopulationParser {
  /// The columns of the file.
  public static let columns = [
    "time_period", "time_identifier", "geographic_level", "country_code", "country_name",
    "region_code", "region_name", "old_la_code", "new_la_code", "la_name", "age_group",
    "population_estimate",
  ]

  /// Parses the file.
  ///
  /// - Throws: `DatasetError` for a missing or unexpected column, an estimate that is neither a
  ///   number of 0 or more nor a marker, or an area given twice for one year.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [PopulationRecord]
  {
    let table = try NamedColumns(
      bytes: bytes, file: file, columns: columns, what: "ONS's mid-year population")
    var areas = AreaColumns(table, yearExpected: "a year such as 2024")
    let newCode = table.column("new_la_code")
    let estimate = table.column("population_estimate")
    var records: [PopulationRecord] = []
    records.reserveCapacity(table.rows.count)
    for row in table.rows {
      try table.requireFieldCount(row)
      let area = try areas.area(of: row)
      let children = try table.financeValue(estimate, of: row)
      if let number = children.number, number < 0 {
        throw table.invalid(estimate, of: row, expected: "a number of children, 0 or more")
      }
      try areas.requireFirst(area, of: row)
      records.append(
        PopulationRecord(
          year: area.year, level: area.level, regionName: area.regionName, laCode: area.laCode,
          onsCode: table.field(newCode, of: row), name: area.name, children: children,
          fileLine: row.line))
    }
    return records
  }
}
