import TrustMetricsCore

/// The columns by which DfE's workforce files and ONS's population file (DfE's layout) name each
/// row's year and area, found once, and the areas met so far: every row's year, level, authority
/// code and region are checked the same way, and an area may appear once a year.
struct AreaColumns {
  /// A row's year and area, checked.
  struct Area {
    /// The year (`time_period`).
    var year: Int
    /// National, Regional or Local authority.
    var level: GeographicLevel
    /// `region_name`: a region's own name, an authority's region; may be empty for England.
    var regionName: String
    /// `old_la_code`: an authority's code, never empty on a Local authority row.
    var laCode: String
    /// The area's name: `country_name`, `region_name` or `la_name`, by level.
    var name: String
  }

  /// What a file holds once: a year of an area (an authority by code, England and a region by
  /// name).
  private struct Key: Hashable {
    var year: Int
    var level: GeographicLevel
    var area: String
  }

  private let table: NamedColumns
  private let timePeriod: NamedColumns.Column
  private let geographicLevel: NamedColumns.Column
  private let countryName: NamedColumns.Column
  private let regionName: NamedColumns.Column
  private let laCode: NamedColumns.Column
  private let laName: NamedColumns.Column
  /// What a message about a bad `time_period` expects (`a year such as 2024`).
  private let yearExpected: String
  /// The line each area and year was first met on.
  private var firstLines: [Key: Int] = [:]

  /// Finds the columns in a table that has them all.
  ///
  /// - Parameters:
  ///   - table: A table whose expected columns include `time_period`, `geographic_level`,
  ///     `country_name`, `region_name`, `old_la_code` and `la_name`.
  ///   - yearExpected: What a message about a bad `time_period` says was expected.
  init(_ table: NamedColumns, yearExpected: String) {
    self.table = table
    timePeriod = table.column("time_period")
    geographicLevel = table.column("geographic_level")
    countryName = table.column("country_name")
    regionName = table.column("region_name")
    laCode = table.column("old_la_code")
    laName = table.column("la_name")
    self.yearExpected = yearExpected
  }

  /// A row's year and area.
  ///
  /// - Throws: `DatasetError` for a year that is not 1900–2099, an unknown geographic level, a
  ///   Local authority row without a code or a Regional row without a region name.
  func area(of row: CSVRecord) throws(DatasetError) -> Area {
    guard let year = Int(table.field(timePeriod, of: row)), (1900...2099).contains(year) else {
      throw table.invalid(timePeriod, of: row, expected: yearExpected)
    }
    guard let level = GeographicLevel(rawValue: table.field(geographicLevel, of: row)) else {
      throw table.invalid(
        geographicLevel, of: row, expected: "National, Regional or Local authority")
    }
    let code = table.field(laCode, of: row)
    if level == .localAuthority, code.isEmpty {
      throw table.invalid(laCode, of: row, expected: "an authority code on a Local authority row")
    }
    let region = table.field(regionName, of: row)
    if level == .regional, region.isEmpty {
      throw table.invalid(regionName, of: row, expected: "a region name on a Regional row")
    }
    let name =
      switch level {
      case .national: table.field(countryName, of: row)
      case .regional: region
      case .localAuthority: table.field(laName, of: row)
      }
    return Area(year: year, level: level, regionName: region, laCode: code, name: name)
  }

  /// Notes that a row's area and year have been met, unless an earlier row had them.
  ///
  /// - Throws: `DatasetError.duplicate` naming the area, the year and the earlier row's line.
  mutating func requireFirst(_ area: Area, of row: CSVRecord) throws(DatasetError) {
    let key = Key(
      year: area.year, level: area.level,
      area: area.level == .localAuthority ? area.laCode : area.name)
    if let first = firstLines.updateValue(row.line, forKey: key) {
      throw .duplicate(
        file: table.file, line: row.line, field: "area and year",
        value: "\(area.name) \(area.year)", firstLine: first)
    }
  }
}
