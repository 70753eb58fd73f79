import Foundation
import Testing
import TrustMetricsCore
import TrustMetricsData

/// A comparison worked out straight from the CSV text.
private struct OracleComparison {
  var laCode: String
  var name: String
  var authority: String
  var england: String
  var regionName: String
  var region: String
  var neighbourNumbers: [Double]
  var neighboursSuppressed: Int
  var neighboursMissing: Int
  var mean: Double
  var median: Double
  var rank: Int
  var rankedCount: Int
  var excluded: Int
  var q1: Double
  var q2: Double
  var q3: Double
  var band: String

  /// Type-7: h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]), 0-based.
  static func type7(_ sorted: [Double], _ p: Double) -> Double {
    let h = Double(sorted.count - 1) * p
    let low = Int(h)
    let high = Swift.min(low + 1, sorted.count - 1)
    return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
  }

  init(code: String, year: Int, column: String) throws {
    let rows = try RawOfficialTables.table("csww_indicators_2017_to_2025.csv")
    let model = try RawOfficialTables.table("sn_model_2025_wide.csv")
    let inYear = rows.filter { $0["time_period"] == String(year) }
    let authorities = inYear.filter { $0["geographic_level"] == "Local authority" }
    func members(_ row: [String: String]) -> [String] {
      (row["old_la_code"] ?? "").split(separator: "/").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
    }
    func row(of code: String) -> [String: String]? {
      authorities.first { members($0).contains(code) }
    }
    let own = try #require(row(of: code))
    laCode = own["old_la_code"] ?? ""
    name = own["la_name"] ?? ""
    authority = own[column] ?? ""
    let ownRegion = own["region_name"] ?? ""
    let comparatorRegion = ownRegion.hasSuffix(" London") ? "London" : ownRegion
    regionName = comparatorRegion
    let englandRow = try #require(inYear.first { $0["geographic_level"] == "National" })
    england = englandRow[column] ?? ""
    let regionRow = try #require(
      inYear.first {
        $0["geographic_level"] == "Regional" && $0["region_name"] == comparatorRegion
      })
    region = regionRow[column] ?? ""

    let modelRow = try #require(model.first { $0["old_la_code"] == code })
    neighbourNumbers = []
    neighboursSuppressed = 0
    neighboursMissing = 0
    var seen: Set<String> = [laCode]
    for index in 1...10 {
      let neighbour = modelRow["SN_\(index)"] ?? ""
      guard let found = row(of: neighbour), seen.insert(found["old_la_code"] ?? "").inserted
      else {
        neighboursMissing += 1
        continue
      }
      if let number = Double(found[column] ?? "") {
        neighbourNumbers.append(number)
      } else {
        neighboursSuppressed += 1
      }
    }
    mean = neighbourNumbers.reduce(0, +) / Double(neighbourNumbers.count)
    median = Self.type7(neighbourNumbers.sorted(), 0.5)

    let all = authorities.map { $0[column] ?? "" }
    let numbers = all.compactMap(Double.init).sorted()
    excluded = all.count - numbers.count
    rankedCount = numbers.count
    let value = try #require(Double(authority))
    rank = 1 + numbers.filter { $0 < value }.count
    q1 = Self.type7(numbers, 0.25)
    q2 = Self.type7(numbers, 0.5)
    q3 = Self.type7(numbers, 0.75)
    band = value <= q1 ? "A" : value <= q2 ? "B" : value <= q3 ? "C" : "D"
  }
}

/// `OfficialComparison.compare` checked field by field against a second computation made
/// straight from the CSV text, and against figures worked out by hand (and with numpy) below.
@Suite struct ComparisonOracleTests {
  struct Case: Sendable, CustomStringConvertible {
    var measure: OfficialMeasure
    var column: String
    var code: String
    var year: Int
    var name: String
    var authority: Double
    var england: Double
    var regionName: String
    var region: Double
    var neighbourCount: Int
    var neighboursSuppressed: Int
    var mean: Double
    var median: Double
    var rank: Int
    var rankedCount: Int
    var excluded: Int
    var quartiles: (Double, Double, Double)
    var band: QuartileBand
    var description: String { "\(name) \(year) \(measure.rawValue)" }
  }

  static let cases = [
    // Sandwell (333, West Midlands) 2021 agency_rate_fte = 31.5; England 15.5; West Midlands 16.1.
    // Neighbours (SN_1..SN_10): Wolverhampton 10, Hull 15.9, Stoke-on-Trent 15.6, Walsall 9.5,
    // Rochdale 19, Bradford 38.5, Middlesbrough 28.7, Coventry 18.1, Oldham 25, Luton 30.6;
    // none suppressed.
    // mean = (10 + 15.9 + 15.6 + 9.5 + 19 + 38.5 + 28.7 + 18.1 + 25 + 30.6) / 10 = 210.9 / 10
    //      = 21.09
    // median: sorted 9.5, 10, 15.6, 15.9, 18.1 | 19, 25, 28.7, 30.6, 38.5 → (18.1 + 19) / 2 = 18.55
    // All 150 authority rows in 2021: 149 numbers, 1 marker (x). 135 are below 31.5, none equal:
    // rank 136 of 149.
    // Type 7 over the 149 sorted numbers (0-based): Q1 h = 37 → 8.4; Q2 h = 74 → 14.2;
    // Q3 h = 111 → 22.4. 31.5 > Q3 → band D.
    Case(
      measure: .agency, column: "agency_rate_fte", code: "333", year: 2021, name: "Sandwell",
      authority: 31.5, england: 15.5, regionName: "West Midlands", region: 16.1,
      neighbourCount: 10, neighboursSuppressed: 0, mean: 21.09, median: 18.55, rank: 136,
      rankedCount: 149, excluded: 1, quartiles: (8.4, 14.2, 22.4), band: .d),
    // Camden (202, Inner London → compared with London) 2025 turnover_rate_fte = 19.5;
    // England 11.8; London 13.8.
    // Neighbours: Islington 6.1, Westminster x, Hammersmith and Fulham 8.6, Southwark 12.8,
    // Lambeth 9.7, Kensington and Chelsea x, Lewisham 17, Haringey 9.8, Hackney 10.5, Barnet 13.3;
    // 2 suppressed.
    // mean = (6.1 + 8.6 + 12.8 + 9.7 + 17 + 9.8 + 10.5 + 13.3) / 8 = 87.8 / 8 = 10.975
    // median: sorted 6.1, 8.6, 9.7, 9.8 | 10.5, 12.8, 13.3, 17 → (9.8 + 10.5) / 2 = 10.15
    // All 151 authority rows in 2025: 148 numbers, 3 markers (x, x, z). 132 below 19.5 and two
    // authorities at 19.5 share rank 133.
    // Type 7 over 148: Q1 h = 36.75 → 9.5 + 0.75 × (9.5 − 9.5) = 9.5;
    // Q2 h = 73.5 → 11.7 + 0.5 × (11.8 − 11.7) = 11.75; Q3 h = 110.25 → 15.2 + 0.25 × 0.2 = 15.25.
    // 19.5 > Q3 → band D.
    Case(
      measure: .turnover, column: "turnover_rate_fte", code: "202", year: 2025, name: "Camden",
      authority: 19.5, england: 11.8, regionName: "London", region: 13.8,
      neighbourCount: 8, neighboursSuppressed: 2, mean: 10.975, median: 10.15, rank: 133,
      rankedCount: 148, excluded: 3, quartiles: (9.5, 11.75, 15.25), band: .d),
    // Camden 2025 vacancy_rate_fte = 10.6; England 14.2; London 19.4.
    // Neighbours: Islington 25, Westminster x, Hammersmith and Fulham 3.3, Southwark 17.9,
    // Lambeth 29.3, Kensington and Chelsea x, Lewisham 20.9, Haringey 12.6, Hackney 25.5,
    // Barnet 14; 2 suppressed.
    // mean = (25 + 3.3 + 17.9 + 29.3 + 20.9 + 12.6 + 25.5 + 14) / 8 = 148.5 / 8 = 18.5625
    // median: sorted 3.3, 12.6, 14, 17.9 | 20.9, 25, 25.5, 29.3 → (17.9 + 20.9) / 2 = 19.4
    // 151 rows: 149 numbers, 2 markers (x, x); 55 below 10.6 → rank 56.
    // Type 7 over 149: Q1 h = 37 → 7.6; Q2 h = 74 → 14.4; Q3 h = 111 → 20.6.
    // 7.6 < 10.6 ≤ 14.4 → band B.
    Case(
      measure: .vacancy, column: "vacancy_rate_fte", code: "202", year: 2025, name: "Camden",
      authority: 10.6, england: 14.2, regionName: "London", region: 19.4,
      neighbourCount: 8, neighboursSuppressed: 2, mean: 18.5625, median: 19.4, rank: 56,
      rankedCount: 149, excluded: 2, quartiles: (7.6, 14.4, 20.6), band: .b),
  ]

  static let tolerance = 1e-9

  @Test(arguments: cases)
  func theRawTextGivesTheHandCheckedFigures(expected: Case) throws {
    let oracle = try OracleComparison(
      code: expected.code, year: expected.year, column: expected.column)
    #expect(oracle.laCode == expected.code)
    #expect(oracle.name == expected.name)
    #expect(Double(oracle.authority) == expected.authority)
    #expect(Double(oracle.england) == expected.england)
    #expect(oracle.regionName == expected.regionName)
    #expect(Double(oracle.region) == expected.region)
    #expect(oracle.neighbourNumbers.count == expected.neighbourCount)
    #expect(oracle.neighboursSuppressed == expected.neighboursSuppressed)
    #expect(oracle.neighboursMissing == 0)
    #expect(abs(oracle.mean - expected.mean) < Self.tolerance)
    #expect(abs(oracle.median - expected.median) < Self.tolerance)
    #expect(oracle.rank == expected.rank)
    #expect(oracle.rankedCount == expected.rankedCount)
    #expect(oracle.excluded == expected.excluded)
    #expect(abs(oracle.q1 - expected.quartiles.0) < Self.tolerance)
    #expect(abs(oracle.q2 - expected.quartiles.1) < Self.tolerance)
    #expect(abs(oracle.q3 - expected.quartiles.2) < Self.tolerance)
    #expect(oracle.band == expected.band.rawValue)
  }

  @Test(arguments: cases)
  func compareAgreesWithTheRawTextFieldByField(expected: Case) throws {
    let oracle = try OracleComparison(
      code: expected.code, year: expected.year, column: expected.column)
    let workforceFile = "csww_indicators_2017_to_2025.csv"
    let statistics = try WorkforceParser.parse(
      bytes: try RawOfficialTables.bytes(workforceFile), file: workforceFile)
    let neighbours = try NeighbourParser.parse(
      bytes: try RawOfficialTables.bytes("sn_model_2025_wide.csv"),
      file: "sn_model_2025_wide.csv", workforce: statistics)
    let comparison = try #require(
      OfficialComparison.compare(
        expected.measure, authority: expected.code, year: expected.year,
        statistics: OfficialStatistics(workforce: statistics, finance: .empty),
        neighbours: neighbours))

    #expect(comparison.measure == expected.measure)
    #expect(comparison.year == expected.year)
    #expect(comparison.laCode == oracle.laCode)
    #expect(comparison.authorityName == oracle.name)
    #expect(comparison.authority == .number(try #require(Double(oracle.authority))))
    #expect(comparison.england == .number(try #require(Double(oracle.england))))
    #expect(comparison.regionName == oracle.regionName)
    #expect(comparison.region == .number(try #require(Double(oracle.region))))
    let mean = try #require(comparison.neighbourMean)
    let median = try #require(comparison.neighbourMedian)
    #expect(abs(mean - oracle.mean) < Self.tolerance)
    #expect(abs(median - oracle.median) < Self.tolerance)
    #expect(comparison.neighbourCount == oracle.neighbourNumbers.count)
    #expect(comparison.neighboursSuppressed == oracle.neighboursSuppressed)
    #expect(comparison.neighboursMissing == oracle.neighboursMissing)
    #expect(comparison.rank == oracle.rank)
    #expect(comparison.rankedCount == oracle.rankedCount)
    #expect(comparison.excludedFromRanking == oracle.excluded)
    let quartiles = try #require(comparison.quartiles)
    #expect(abs(quartiles.q1 - oracle.q1) < Self.tolerance)
    #expect(abs(quartiles.q2 - oracle.q2) < Self.tolerance)
    #expect(abs(quartiles.q3 - oracle.q3) < Self.tolerance)
    #expect(comparison.band?.rawValue == oracle.band)
  }
}
