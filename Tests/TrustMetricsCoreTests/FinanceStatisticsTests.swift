import Testing

@testable import TrustMetricsCore

/// The finance measures worked by hand over a small in-memory set of the three files.
///
/// Authorities in 2024 (FY2024-25): 100 and 200 in the North East, and 940 and 941, which the
/// workforce statistics publish as one row "940 / 941".
@Suite struct FinanceStatisticsTests {
  static let year = 2024

  static func s251(_ line: Section251Line, _ code: String, _ value: OfficialValue)
    -> Section251Record
  {
    let isArea = code == "970" || code == "980"
    return Section251Record(
      line: line, year: year, laCode: code,
      area: code == "970" ? "England" : code == "980" ? "North East" : "LA \(code)",
      regionName: isArea ? "" : "North East", value: value, fileLine: 0)
  }

  static func children(_ code: String, _ ons: String, _ count: Double) -> PopulationRecord {
    PopulationRecord(
      year: year, level: .localAuthority, regionName: "North East", laCode: code, onsCode: ons,
      name: "LA \(code)", children: .number(count), fileLine: 0)
  }

  static func ro3(_ ons: String, _ column: RevenueOutturnRecord.Column, _ value: OfficialValue)
    -> RevenueOutturnRecord
  {
    RevenueOutturnRecord(
      year: year, onsCode: ons, name: ons, serviceLine: RevenueOutturnRecord.totalServiceLine,
      column: column, isCertified: true, thousands: value, fileLine: 0)
  }

  static func workforceRow(_ code: String, agencyFTE: Double) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: .localAuthority, regionName: "North East", laCode: code, name: code,
      values: [.agencyFTE: .number(agencyFTE)], line: 0)
  }

  static let statistics: OfficialStatistics = {
    let workforce = WorkforceStatistics(records: [
      workforceRow("100", agencyFTE: 4), workforceRow("200", agencyFTE: 0),
      workforceRow("940 / 941", agencyFTE: 10),
    ])
    let section251 = [
      s251(.childrenAndYoungPeople, "100", .number(1_000_000)),
      s251(.childrenAndYoungPeople, "200", .number(2_000_000)),
      s251(.childrenAndYoungPeople, "940", .number(300_000)),
      s251(.childrenAndYoungPeople, "941", .number(500_000)),
      s251(.childrenAndYoungPeople, "970", .number(10_000_000)),
      s251(.childrenAndYoungPeople, "980", .number(3_800_000)),
      s251(.lookedAfter, "100", .number(400_000)),
      s251(.lookedAfter, "200", .suppressed(.noValue)),
      s251(.lookedAfter, "940", .number(100_000)),
      s251(.lookedAfter, "941", .number(200_000)),
      s251(.lookedAfterUnitCost, "100", .number(1000)),
      s251(.lookedAfterUnitCost, "940", .number(900)),
      s251(.lookedAfterUnitCost, "941", .number(1100)),
    ]
    let population = [
      children("100", "E06000001", 1000), children("200", "E06000002", 4000),
      children("940", "E06000061", 500), children("941", "E06000062", 300),
      PopulationRecord(
        year: year, level: .national, regionName: "", laCode: "", onsCode: "", name: "England",
        children: .number(20000), fileLine: 0),
      PopulationRecord(
        year: year, level: .regional, regionName: "North East", laCode: "", onsCode: "",
        name: "North East", children: .number(5800), fileLine: 0),
    ]
    let revenueOutturn = [
      ro3("E06000001", .totalExpenditure, .number(1200)),
      ro3("E06000002", .totalExpenditure, .suppressed(.notReceived)),
      ro3("E06000061", .totalExpenditure, .number(400)),
      ro3("E06000062", .totalExpenditure, .number(400)),
      ro3("E06000001", .agencyStaffCost, .number(80)),
      ro3("E06000002", .agencyStaffCost, .number(10)),
      ro3("E06000061", .agencyStaffCost, .number(-5)),
      ro3("E06000062", .agencyStaffCost, .number(50)),
    ]
    return OfficialStatistics(
      workforce: workforce,
      finance: FinanceStatistics(
        section251: section251, revenueOutturn: revenueOutturn, population: population,
        workforce: workforce))
  }()

  static func value(_ measure: OfficialMeasure, _ code: String) -> OfficialValue? {
    statistics.authority(measure, code: code, year: year)?.value
  }

  @Test(arguments: [
    // 1,000,000 ÷ 1,000 children; 2,000,000 ÷ 4,000; (300,000 + 500,000) ÷ (500 + 300).
    (OfficialMeasure.spendPerChild, "100", 1000.0), (.spendPerChild, "200", 500),
    (.spendPerChild, "940", 1000), (.spendPerChild, "940 / 941", 1000),
    // 400,000 ÷ 1,000,000 × 100; (100,000 + 200,000) ÷ 800,000 × 100.
    (.lookedAfterShare, "100", 40), (.lookedAfterShare, "941", 37.5),
    (.lookedAfterSpendPerChild, "100", 400),
    // RO3 £ thousand × 1000: 1,200,000 ÷ 1,000; (400 + 400) × 1000 ÷ 800.
    (.cscSpendPerChild, "100", 1200), (.cscSpendPerChild, "940 / 941", 1000),
    // 80 × 1000 ÷ 4 agency FTE.
    (.agencyCostPerAgencyFTE, "100", 20000),
    // As published.
    (.lacWeeklyUnitCost, "100", 1000),
  ])
  func authorityValuesWorkedByHand(measure: OfficialMeasure, code: String, expected: Double) {
    #expect(Self.value(measure, code) == .number(expected))
  }

  @Test(arguments: [
    (OfficialMeasure.lookedAfterShare, "200", SuppressionMarker.noValue),
    (.lacWeeklyUnitCost, "940 / 941", .jointRow),
    (.cscSpendPerChild, "200", .notReceived),
    // 940's memorandum is −5: not reported, so the joint row has no value.
    (.agencyCostPerAgencyFTE, "940 / 941", .notReported),
    // 10 × 1000 ÷ 0 agency FTE.
    (.agencyCostPerAgencyFTE, "200", .undefined),
  ])
  func missingValuesKeepTheirReason(
    measure: OfficialMeasure, code: String, marker: SuppressionMarker
  ) {
    #expect(Self.value(measure, code) == .suppressed(marker))
  }

  @Test func section251TotalsComeFromTheirOwnRows() throws {
    // England 10,000,000 ÷ 20,000; North East 3,800,000 ÷ 5,800 = 655.17.
    let england = try #require(Self.statistics.england(.spendPerChild, year: Self.year))
    #expect(england.value == .number(500))
    let region = try #require(
      Self.statistics.region(.spendPerChild, named: "North East", year: Self.year))
    #expect(abs((region.value.number ?? 0) - 3_800_000 / 5_800) < 1e-9)
  }

  @Test func revenueOutturnTotalsAddUpTheReportingAuthorities() throws {
    // (1,200,000 + 800,000) ÷ (1,000 + 800) = 1,111.11; 200 is left out ([x]).
    let england = try #require(Self.statistics.england(.cscSpendPerChild, year: Self.year))
    #expect(abs((england.value.number ?? 0) - 2_000_000 / 1_800) < 1e-9)
    #expect(england.memberCount == 2)
    #expect(england.leftOut == 1)
    let notes = FinanceNotes.totalNote(.cscSpendPerChild, total: england)
    #expect(notes.contains("2 authorities; 1 left out"))
  }

  @Test func aJointRowKeepsItsPartsForFormulas() throws {
    let joint = try #require(
      Self.statistics.authority(.spendPerChild, code: "941", year: Self.year))
    #expect(joint.code == "940 / 941")
    #expect(joint.numerator == 800_000)
    #expect(joint.denominator == 800)
    #expect(joint.memberCount == 2)
    #expect(joint.name == "LA 940 / LA 941")
  }

  @Test func comparisonRanksAscendingWithoutPolarity() throws {
    // Spend per child: 1000 (100), 500 (200), 1000 (940 / 941). 200 is lowest: rank 1.
    let comparison = try #require(
      OfficialComparison.compare(
        .spendPerChild, authority: "200", year: Self.year, statistics: Self.statistics,
        neighbours: StatisticalNeighbours(neighboursByCode: [:])))
    #expect(comparison.rank == 1)
    #expect(comparison.rankedCount == 3)
    #expect(comparison.band == .a)
    #expect(OfficialMeasure.spendPerChild.polarity == .neutral)
  }

  @Test func sandwellsSafeguardingMoveIsABreak() {
    // Sandwell (333) s251: SafeguardingFinance 2018-19 25,771,539 → 2019-20 3,309,702;
    // C&YPExpenditure 80,539,490 → 80,915,886.
    // |Δ| = 22,461,837 ≥ 0.10 × 80,915,886 = 8,091,588.6; 3,309,702 ÷ 25,771,539 − 1 = −0.872
    // (|…| > 0.5); 80,915,886 ÷ 80,539,490 − 1 = 0.0047 (< 0.15).
    #expect(
      SeriesBreak.isBreak(
        lineBefore: 25_771_539, lineAfter: 3_309_702, totalBefore: 80_539_490,
        totalAfter: 80_915_886))
    // The same move with the total falling by 20% is not flagged.
    #expect(
      !SeriesBreak.isBreak(
        lineBefore: 25_771_539, lineAfter: 3_309_702, totalBefore: 80_539_490,
        totalAfter: 64_431_592))
    // A line starting from 0 that gains 12% of the total is flagged.
    #expect(
      SeriesBreak.isBreak(lineBefore: 0, lineAfter: 12, totalBefore: 100, totalAfter: 100))
    let note = SeriesBreak(
      laCode: "333", name: "Sandwell", line: .safeguarding, year: 2019, before: 25_771_539,
      after: 3_309_702, totalBefore: 80_539_490, totalAfter: 80_915_886
    ).note
    #expect(note.contains("£25.8m in FY2018-19, £3.3m in FY2019-20"))
  }

  @Test(arguments: [
    ("2024", 2024), ("FY2024-25", 2024), ("2024-25", 2024), ("FY1999-00", 1999),
  ])
  func financialYearsParse(text: String, start: Int) {
    #expect(FinancialYear(parsing: text)?.startYear == start)
  }

  @Test(arguments: ["FY2024", "2024-26", "FY24-25", "20x4", "", "FY2024-25x"])
  func malformedFinancialYearsDoNot(text: String) {
    #expect(FinancialYear(parsing: text) == nil)
  }

  @Test func theLastFinancialYearBeforeATakeover() {
    // April 2018 → FY2017-18 ended 31 March 2018; February 2018 → FY2016-17; 2018 alone counts
    // as January → FY2016-17.
    #expect(PartialDate(year: 2018, month: 4).lastFinancialYearBefore == 2017)
    #expect(PartialDate(year: 2018, month: 11).lastFinancialYearBefore == 2017)
    #expect(PartialDate(year: 2018, month: 2).lastFinancialYearBefore == 2016)
    #expect(PartialDate(year: 2018).lastFinancialYearBefore == 2016)
  }
}
