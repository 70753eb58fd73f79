public import TrustMetricsCore

/// Reads ONS's mid-year estimates of children aged 0–17 (DfE's layout) by header name.
public enum PopulationParser {
  /// The columns of the file.
  public static let columns = [
    "time_period", "time_identifier", "geographic_level", "country_code", "country_name",
    "region_code", "region_name", "old_la_code", "new_la_code", "la_name", "age_group",
    "population_estimate",
  ]

  /// What makes a row unique: one estimate per year and area (an authority by code, England and
  /// a region by name).
  private struct Key: Hashable {
    var year: Int
    var level: GeographicLevel
    var area: String
  }

  /// Parses the file.
  ///
  /// - Throws: `DatasetError` for a missing or unexpected column, an estimate that is neither a
  ///   number of 0 or more nor a marker, or an area given twice for one year.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [PopulationRecord]
  {
    let table = try NamedColumns(
      bytes: bytes, file: file, columns: columns, what: "ONS's mid-year population")
    let timePeriod = table.column("time_period")
    let geographicLevel = table.column("geographic_level")
    let countryName = table.column("country_name")
    let regionNameColumn = table.column("region_name")
    let oldCode = table.column("old_la_code")
    let newCode = table.column("new_la_code")
    let laName = table.column("la_name")
    let estimate = table.column("population_estimate")
    var records: [PopulationRecord] = []
    records.reserveCapacity(table.rows.count)
    var firstLine: [Key: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      guard let year = Int(table.field(timePeriod, of: row)), (1900...2099).contains(year)
      else { throw table.invalid(timePeriod, of: row, expected: "a year such as 2024") }
      guard let level = GeographicLevel(rawValue: table.field(geographicLevel, of: row)) else {
        throw table.invalid(
          geographicLevel, of: row, expected: "National, Regional or Local authority")
      }
      let code = table.field(oldCode, of: row)
      if level == .localAuthority, code.isEmpty {
        throw table.invalid(
          oldCode, of: row, expected: "an authority code on a Local authority row")
      }
      let regionName = table.field(regionNameColumn, of: row)
      if level == .regional, regionName.isEmpty {
        throw table.invalid(
          regionNameColumn, of: row, expected: "a region name on a Regional row")
      }
      let children = try table.financeValue(estimate, of: row)
      if let number = children.number, number < 0 {
        throw table.invalid(estimate, of: row, expected: "a number of children, 0 or more")
      }
      let name =
        switch level {
        case .national: table.field(countryName, of: row)
        case .regional: regionName
        case .localAuthority: table.field(laName, of: row)
        }
      let key = Key(year: year, level: level, area: level == .localAuthority ? code : name)
      if let first = firstLine.updateValue(row.line, forKey: key) {
        throw .duplicate(
          file: file, line: row.line, field: "area and year", value: "\(name) \(year)",
          firstLine: first)
      }
      records.append(
        PopulationRecord(
          year: year, level: level, regionName: regionName, laCode: code,
          onsCode: table.field(newCode, of: row), name: name, children: children,
          fileLine: row.line))
    }
    return records
  }
}
