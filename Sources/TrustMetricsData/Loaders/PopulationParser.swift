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
    var records: [PopulationRecord] = []
    records.reserveCapacity(table.rows.count)
    var firstLine: [String: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      guard let year = Int(table.field("time_period", of: row)), (1900...2099).contains(year)
      else { throw table.invalid("time_period", of: row, expected: "a year such as 2024") }
      guard let level = GeographicLevel(rawValue: table.field("geographic_level", of: row)) else {
        throw table.invalid(
          "geographic_level", of: row, expected: "National, Regional or Local authority")
      }
      let code = table.field("old_la_code", of: row)
      if level == .localAuthority, code.isEmpty {
        throw table.invalid(
          "old_la_code", of: row, expected: "an authority code on a Local authority row")
      }
      let regionName = table.field("region_name", of: row)
      if level == .regional, regionName.isEmpty {
        throw table.invalid("region_name", of: row, expected: "a region name on a Regional row")
      }
      let children = try table.financeValue("population_estimate", of: row)
      if let number = children.number, number < 0 {
        throw table.invalid(
          "population_estimate", of: row, expected: "a number of children, 0 or more")
      }
      let name =
        switch level {
        case .national: table.field("country_name", of: row)
        case .regional: regionName
        case .localAuthority: table.field("la_name", of: row)
        }
      let key = "\(year)|\(level.rawValue)|\(level == .localAuthority ? code : name)"
      if let first = firstLine[key] {
        throw .duplicate(
          file: file, line: row.line, field: "area and year", value: "\(name) \(year)",
          firstLine: first)
      }
      firstLine[key] = row.line
      records.append(
        PopulationRecord(
          year: year, level: level, regionName: regionName, laCode: code,
          onsCode: table.field("new_la_code", of: row), name: name, children: children,
          fileLine: row.line))
    }
    return records
  }
}
