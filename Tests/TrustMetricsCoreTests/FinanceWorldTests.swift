import Testing
import TrustMetricsCore

/// A small finance world (FY2024-25) built in memory, every value worked by hand.
///
/// Authorities: 100 (North East); 940 and 941, published jointly as `940 / 941` by the workforce
/// file (East Midlands); 300 with 0 children; 400 whose children ONS gives as `x`.
///
/// | code | children | C&YP £ | TotalLAC £ | LACFinance £/wk | RO3 C3 £k | memorandum £k | agency FTE |
/// | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
/// | 100 | 100 | 150,000 | 60,000 | 1,200 | 200 | 30 | 10 |
/// | 940 | 60 | 70,000 | 30,000 | 1,000 | 90 | 12 | 8 (joint) |
/// | 941 | 40 | 50,000 | 20,000 | 1,100 | 50 | 0 | |
/// | 300 | 0 | 10,000 | 5,000 | 900 | 20 | 5 | 2 |
/// | 400 | x | 10,000 | 5,000 | 950 | 20 | 5 | 2 |
///
/// England: s251 C&YP 2,000,000, TotalLAC 900,000, ONS 1,000 children; North East: s251 C&YP
/// 600,000, ONS 300.
enum FinanceWorld {
  static let year = 2024

  static func s251(_ line: Section251Line, _ code: String, _ value: OfficialValue)
    -> Section251Record
  {
    let isArea = code == "970" || code == "980"
    return Section251Record(
      line: line, year: year, laCode: code,
      area: code == "970" ? "England" : code == "980" ? "North East" : "LA \(code)",
      regionName: isArea ? "" : region(of: code), value: value, fileLine: 0)
  }

  static func region(of code: String) -> String {
    code.hasPrefix("94") ? "East Midlands" : "North East"
  }

  static func ro3(_ column: RevenueOutturnRecord.Column, _ code: String, _ thousands: Double)
    -> RevenueOutturnRecord
  {
    RevenueOutturnRecord(
      year: year, onsCode: "E06000\(code)", name: "LA \(code)",
      serviceLine: RevenueOutturnRecord.totalServiceLine, column: column, isCertified: true,
      thousands: .number(thousands), fileLine: 0)
  }

  static func children(_ code: String, _ value: OfficialValue) -> PopulationRecord {
    PopulationRecord(
      year: year, level: .localAuthority, regionName: region(of: code), laCode: code,
      onsCode: "E06000\(code)", name: "LA \(code)", children: value, fileLine: 0)
  }

  static func workforceRow(_ code: String, agencyFTE: Double) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: .localAuthority, regionName: region(of: code), laCode: code,
      name: "LA \(code)", values: [.agencyFTE: .number(agencyFTE)], line: 0)
  }

  static let rows: [(String, Double, Double, Double, Double, Double)] = [
    // code, C&YP, TotalLAC, LACFinance, RO3 C3 (£k), memorandum (£k)
    ("100", 150_000, 60_000, 1200, 200, 30),
    ("940", 70_000, 30_000, 1000, 90, 12),
    ("941", 50_000, 20_000, 1100, 50, 0),
    ("300", 10_000, 5000, 900, 20, 5),
    ("400", 10_000, 5000, 950, 20, 5),
  ]

  static let statistics: OfficialStatistics = {
    var section251: [Section251Record] = [
      s251(.childrenAndYoungPeople, "970", .number(2_000_000)),
      s251(.lookedAfter, "970", .number(900_000)),
      s251(.childrenAndYoungPeople, "980", .number(600_000)),
    ]
    var revenueOutturn: [RevenueOutturnRecord] = []
    for (code, total, lookedAfter, unitCost, expenditure, memorandum) in rows {
      section251 += [
        s251(.childrenAndYoungPeople, code, .number(total)),
        s251(.lookedAfter, code, .number(lookedAfter)),
        s251(.lookedAfterUnitCost, code, .number(unitCost)),
      ]
      revenueOutturn += [
        ro3(.totalExpenditure, code, expenditure), ro3(.agencyStaffCost, code, memorandum),
      ]
    }
    let population = [
      PopulationRecord(
        year: year, level: .national, regionName: "", laCode: "", onsCode: "", name: "England",
        children: .number(1000), fileLine: 0),
      PopulationRecord(
        year: year, level: .regional, regionName: "North East", laCode: "", onsCode: "",
        name: "North East", children: .number(300), fileLine: 0),
      children("100", .number(100)), children("940", .number(60)), children("941", .number(40)),
      children("300", .number(0)), children("400", .suppressed(.notAvailable)),
    ]
    let workforce = WorkforceStatistics(records: [
      workforceRow("100", agencyFTE: 10), workforceRow("940 / 941", agencyFTE: 8),
      workforceRow("300", agencyFTE: 2), workforceRow("400", agencyFTE: 2),
    ])
    return OfficialStatistics(
      workforce: workforce,
      finance: FinanceStatistics(
        section251: section251, revenueOutturn: revenueOutturn, population: population,
        workforce: workforce))
  }()

  static func value(_ measure: OfficialMeasure, _ code: String) throws -> AreaValue {
    try #require(statistics.authority(measure, code: code, year: year))
  }
}

@Suite struct FinanceWorldTests {
  static let tolerance = 1e-9

  @Test(arguments: [
    // 150,000 ÷ 100 = 1,500
    (OfficialMeasure.spendPerChild, "100", 1500.0, 150_000.0, 100.0),
    // (70,000 + 50,000) ÷ (60 + 40) = 120,000 ÷ 100 = 1,200
    (.spendPerChild, "940 / 941", 1200, 120_000, 100),
    // 60,000 ÷ 100 = 600
    (.lookedAfterSpendPerChild, "100", 600, 60_000, 100),
    // 60,000 ÷ 150,000 × 100 = 40
    (.lookedAfterShare, "100", 40, 60_000, 150_000),
    // (30,000 + 20,000) ÷ (70,000 + 50,000) × 100 = 50,000 ÷ 120,000 × 100 = 41.666…
    (.lookedAfterShare, "940 / 941", 50_000.0 / 120_000 * 100, 50_000, 120_000),
    // 200 × 1000 ÷ 100 = 2,000
    (.cscSpendPerChild, "100", 2000, 200_000, 100),
    // (90 + 50) × 1000 ÷ (60 + 40) = 140,000 ÷ 100 = 1,400
    (.cscSpendPerChild, "940 / 941", 1400, 140_000, 100),
    // 30 × 1000 ÷ 10 agency FTE = 3,000
    (.agencyCostPerAgencyFTE, "100", 3000, 30_000, 10),
  ])
  func computesEachMeasureFromItsParts(
    measure: OfficialMeasure, code: String, expected: Double, numerator: Double,
    denominator: Double
  ) throws {
    let area = try FinanceWorld.value(measure, code)
    #expect(area.code == code)
    #expect(abs(try #require(area.value.number) - expected) < Self.tolerance)
    #expect(area.numerator == numerator)
    #expect(area.denominator == denominator)
  }

  @Test func aJointRowAddsItsTwoAuthorities() throws {
    let joint = try FinanceWorld.value(.spendPerChild, "940 / 941")
    #expect(joint.isJointRow)
    #expect(joint.memberCount == 2)
    #expect(joint.name == "LA 940 / LA 941")
    #expect(joint.regionName == "East Midlands")
  }

  @Test(arguments: ["940", "941"])
  func eitherMemberCodeFindsTheJointRow(code: String) throws {
    #expect(try FinanceWorld.value(.spendPerChild, code).code == "940 / 941")
  }

  @Test func aPublishedUnitCostIsNotAddedOverAJointRow() throws {
    // LACFinance 1,000 (940) and 1,100 (941): neither 2,100 nor an average.
    #expect(
      try FinanceWorld.value(.lacWeeklyUnitCost, "940 / 941").value == .suppressed(.jointRow))
    // LACFinance for 100 is published as 1,200 and taken as is.
    #expect(try FinanceWorld.value(.lacWeeklyUnitCost, "100").value == .number(1200))
  }

  @Test func aMemorandumOfZeroMeansNotReportedForTheWholeJointRow() throws {
    // 941's memorandum is 0: (12 + 0) × 1000 ÷ 8 would be a figure, but 0 means not reported.
    let joint = try FinanceWorld.value(.agencyCostPerAgencyFTE, "940 / 941")
    #expect(joint.value == .suppressed(.notReported))
    #expect(joint.value.number == nil)
  }

  @Test func noChildrenMakesAPerChildValueUndefinedNeverInfinite() throws {
    // 300: 10,000 ÷ 0.
    let area = try FinanceWorld.value(.spendPerChild, "300")
    #expect(area.value == .suppressed(.undefined))
    #expect(area.numerator == 10_000)
    #expect(area.denominator == 0)
  }

  @Test func aMarkerInTheDenominatorIsKeptAsTheReason() throws {
    // 400: ONS gives `x` for its children.
    let area = try FinanceWorld.value(.cscSpendPerChild, "400")
    #expect(area.value == .suppressed(.notAvailable))
    #expect(area.numerator == 20_000)
    #expect(area.denominator == nil)
    // The share needs no children: 5,000 ÷ 10,000 × 100 = 50.
    #expect(try FinanceWorld.value(.lookedAfterShare, "400").value == .number(50))
  }

  @Test func englandAndRegionsOfSection251MeasuresUseTheirPublishedRows() throws {
    let statistics = FinanceWorld.statistics
    // 2,000,000 ÷ 1,000 = 2,000; 600,000 ÷ 300 = 2,000; 900,000 ÷ 2,000,000 × 100 = 45.
    #expect(statistics.england(.spendPerChild, year: 2024)?.value == .number(2000))
    #expect(
      statistics.region(.spendPerChild, named: "North East", year: 2024)?.value == .number(2000))
    #expect(statistics.england(.lookedAfterShare, year: 2024)?.value == .number(45))
  }

  @Test func englandOfAnRO3MeasureAddsUpTheReportingAuthorities() throws {
    // csc: 100 (200,000 ÷ 100) and 940 / 941 (140,000 ÷ 100) count; 300 (0 children) and 400
    // (x) are left out: (200,000 + 140,000) ÷ (100 + 100) = 1,700.
    let england = try #require(FinanceWorld.statistics.england(.cscSpendPerChild, year: 2024))
    #expect(england.value == .number(1700))
    #expect(england.numerator == 340_000)
    #expect(england.denominator == 200)
    #expect(england.memberCount == 2)
    #expect(england.leftOut == 2)
    // Agency: 100 (30,000 ÷ 10), 300 (5,000 ÷ 2), 400 (5,000 ÷ 2); 940 / 941 not reported:
    // (30,000 + 5,000 + 5,000) ÷ (10 + 2 + 2) = 40,000 ÷ 14 = 2,857.142…
    let agency = try #require(FinanceWorld.statistics.england(.agencyCostPerAgencyFTE, year: 2024))
    #expect(abs(try #require(agency.value.number) - 40_000.0 / 14) < Self.tolerance)
    #expect(agency.memberCount == 3)
    #expect(agency.leftOut == 1)
  }

  @Test func anRO3RegionAddsUpItsOwnAuthorities() throws {
    // North East: 100 only counts (300 undefined, 400 x): 200,000 ÷ 100 = 2,000.
    let region = try #require(
      FinanceWorld.statistics.region(.cscSpendPerChild, named: "North East", year: 2024))
    #expect(region.value == .number(2000))
    #expect(region.memberCount == 1)
    #expect(region.leftOut == 2)
  }

  @Test func everyFinanceMeasureHasTheYearAndNoWorkforceMeasureHasIt() {
    for measure in OfficialMeasure.finance {
      #expect(FinanceWorld.statistics.years(of: measure) == [2024], "\(measure)")
    }
    #expect(FinanceWorld.statistics.finance.years(of: .agency).isEmpty)
    #expect(FinanceWorld.statistics.finance.table(.spendPerChild, year: 2023) == nil)
  }

  @Test func noFinanceValueIsInfiniteOrNaN() {
    for measure in OfficialMeasure.finance {
      for area in FinanceWorld.statistics.authorities(measure, year: 2024) {
        if let number = area.value.number { #expect(number.isFinite, "\(measure) \(area.code)") }
      }
    }
  }

  @Test func theComparisonRanksAJointRowOnce() throws {
    // Spend per child: 100 1,500; 940 / 941 1,200; 400 10,000 ÷ x → none; 300 undefined.
    // Ranked (ascending): 1,200 (940 / 941) rank 1, 1,500 (100) rank 2; 2 left out.
    let comparison = try #require(
      OfficialComparison.compare(
        .spendPerChild, authority: "100", year: 2024, statistics: FinanceWorld.statistics,
        neighbours: StatisticalNeighbours(neighboursByCode: ["100": ["940", "941", "300"]])))
    #expect(comparison.rank == 2)
    #expect(comparison.rankedCount == 2)
    #expect(comparison.excludedFromRanking == 2)
    // Neighbours: 940 and 941 are one row (counted once, then missing), 300 undefined.
    #expect(comparison.neighbourCount == 1)
    #expect(comparison.neighbourMedian == 1200)
    #expect(comparison.neighboursSuppressed == 1)
    #expect(comparison.neighboursMissing == 1)
  }
}
