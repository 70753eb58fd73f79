@testable import TrustMetricsCore

/// Small in-memory workforce statistics for the comparison and spell tests.
enum WorkforceFixtures {
  /// An authority row with only the published agency rate (number or marker).
  static func authority(
    _ code: String, year: Int, region: String = "Inner London", agency: OfficialValue
  ) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: .localAuthority, regionName: region, laCode: code, name: "LA \(code)",
      values: [.agencyRateFTE: agency], line: 0)
  }

  /// A regional row.
  static func region(_ name: String, year: Int, agency: Double) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: .regional, regionName: name, laCode: "", name: name,
      values: [.agencyRateFTE: .number(agency)], line: 0)
  }

  /// England's row.
  static func england(year: Int, agency: Double) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: .national, regionName: "", laCode: "", name: "England",
      values: [.agencyRateFTE: .number(agency)], line: 0)
  }

  /// One year (2022) of nine published authorities, two suppressed, and a merged row.
  ///
  /// Published numbers: 12.5 (201), 30.1 (202), 8.0 (203), 22.4 (204), 15.0 (205), 15.0 (206),
  /// 40.2 (207), 9.9 (208), 18.3 ("940 / 941"); 210 is `low`, 211 is `x`.
  static let comparisonStatistics = WorkforceStatistics(records: [
    england(year: 2022, agency: 17.6),
    region("London", year: 2022, agency: 20.0),
    region("Inner London", year: 2022, agency: 25.0),
    authority("201", year: 2022, agency: .number(12.5)),
    authority("202", year: 2022, agency: .number(30.1)),
    authority("203", year: 2022, agency: .number(8.0)),
    authority("204", year: 2022, agency: .number(22.4)),
    authority("205", year: 2022, agency: .number(15.0)),
    authority("206", year: 2022, agency: .number(15.0)),
    authority("207", year: 2022, agency: .number(40.2)),
    authority("208", year: 2022, agency: .number(9.9)),
    authority("940 / 941", year: 2022, agency: .number(18.3)),
    authority("210", year: 2022, agency: .suppressed(.belowPublishable)),
    authority("211", year: 2022, agency: .suppressed(.notAvailable)),
  ])

  /// 201's neighbours: 940 and 941 share one row, 999 has none, 210 and 211 are suppressed.
  static let comparisonNeighbours = StatisticalNeighbours(neighboursByCode: [
    "201": ["202", "203", "940", "941", "210", "205", "206", "999", "211", "204"]
  ])

  /// Five years (2018–2022) for authority 301 in the West Midlands and its three neighbours.
  static let spellStatistics: WorkforceStatistics = {
    let years = [2018, 2019, 2020, 2021, 2022]
    let own = [30.0, 28.0, 25.0, 22.0, 20.0]
    let englandValues = [16.0, 15.8, 15.4, 15.5, 17.6]
    let regionValues = [18.0, 17.5, 17.0, 18.0, 19.0]
    let n302: [OfficialValue] = [10.0, 10.5, 11.0, 11.5, 12.0].map { .number($0) }
    let n303: [OfficialValue] = [20.0, 21.0, 22.0, 24.0, 26.0].map { .number($0) }
    let n304: [OfficialValue] = [
      .suppressed(.belowPublishable), .number(28.0), .suppressed(.belowPublishable),
      .number(29.0), .number(30.0),
    ]
    var records: [WorkforceRecord] = []
    for (index, year) in years.enumerated() {
      records.append(england(year: year, agency: englandValues[index]))
      records.append(region("West Midlands", year: year, agency: regionValues[index]))
      records.append(
        authority("301", year: year, region: "West Midlands", agency: .number(own[index])))
      records.append(authority("302", year: year, region: "West Midlands", agency: n302[index]))
      records.append(authority("303", year: year, region: "North West", agency: n303[index]))
      records.append(authority("304", year: year, region: "North West", agency: n304[index]))
    }
    return WorkforceStatistics(records: records)
  }()

  /// 301's neighbours.
  static let spellNeighbours = StatisticalNeighbours(neighboursByCode: [
    "301": ["302", "303", "304"]
  ])
}
