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
  /// Rows are read one at a time from the bytes; years, levels, codes and names are converted
  /// once per distinct text.
  ///
  /// - Throws: `DatasetError` for a missing or unexpected column, an estimate that is neither a
  ///   number of 0 or more nor a marker, or an area given twice for one year.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [PopulationRecord]
  {
    let timePeriod = NamedColumns.Column("time_period", in: columns)
    let geographicLevel = NamedColumns.Column("geographic_level", in: columns)
    let countryName = NamedColumns.Column("country_name", in: columns)
    let regionNameColumn = NamedColumns.Column("region_name", in: columns)
    let oldCode = NamedColumns.Column("old_la_code", in: columns)
    let newCode = NamedColumns.Column("new_la_code", in: columns)
    let laName = NamedColumns.Column("la_name", in: columns)
    let estimate = NamedColumns.Column("population_estimate", in: columns)
    var records: [PopulationRecord] = []
    var firstLine: [Key: Int] = [:]
    var years = ByteInterner<Int>()
    var levels = ByteInterner<GeographicLevel>()
    var texts = ByteInterner<String>()
    try NamedColumns.read(
      bytes: bytes, file: file, columns: columns, what: "ONS's mid-year population"
    ) { row throws(DatasetError) in
      guard
        let year = row.interned(
          timePeriod, in: &years,
          { text in Int(text).flatMap { (1900...2099).contains($0) ? $0 : nil } })
      else { throw row.invalid(timePeriod, expected: "a year such as 2024") }
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
      let children = try row.financeValue(estimate)
      if let number = children.number, number < 0 {
        throw row.invalid(estimate, expected: "a number of children, 0 or more")
      }
      let name =
        switch level {
        case .national: row.internedString(countryName, in: &texts)
        case .regional: regionName
        case .localAuthority: row.internedString(laName, in: &texts)
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
          onsCode: row.internedString(newCode, in: &texts), name: name, children: children,
          fileLine: row.line))
    }
    return records
  }
}
