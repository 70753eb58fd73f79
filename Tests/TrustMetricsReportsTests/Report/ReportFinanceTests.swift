import Foundation
import Testing
import TextCharts
import TrustMetricsCore

@testable import TrustMetricsReports

/// The finance block of the report and finance charts, checked against hand-worked figures of
/// ``ReportFinanceFixture``.
@Suite struct ReportFinanceTests {
  let report = TrendReport.build(
    codes: ["100", "200"], measures: TrendReport.defaultMeasures, in: ReportFixture.dataset)

  func trend(_ code: String, _ measure: OfficialMeasure, in report: TrendReport? = nil) throws
    -> TrendReport.MeasureTrend
  {
    let authority = try #require((report ?? self.report).authorities.first { $0.laCode == code })
    return try #require(authority.trends.first { $0.measure == measure })
  }

  @Test func defaultReportAddsSpendPerChildAfterTheWorkforceRates() {
    #expect(report.measures == OfficialMeasure.workforce + [.spendPerChild])
    #expect(report.years == [2019, 2020, 2021, 2022, 2023])
    #expect(report.years(of: .spendPerChild) == [2018, 2019, 2020])
    #expect(report.financeYears == [2018, 2019, 2020])
  }

  @Test func sparklineValuesAreSpendOverChildren() throws {
    let spend = try trend("100", .spendPerChild)
    // Alpha C&YPExpenditure £50m, £55m, £60m ÷ 50,000 children = £1,000, £1,100, £1,200.
    let values = spend.series.points.map(\.value)
    #expect(values.count == 3)
    for (value, expected) in zip(values, [1000.0, 1100, 1200]) {
      #expect(abs((value ?? .nan) - expected) < 1e-9)
    }
    #expect(Sparkline.levels.count == 8)
    // Levels round((v − 1000) ÷ 200 × 7): 0, 3.5 → 4, 7.
    let line = try Sparkline(values).rendered(style: .plain)
    #expect(line == "▁▅█")
  }

  @Test func latestIsBesideEnglandTheRegionAndTheNeighbourMedian() throws {
    let comparison = try #require(try trend("100", .spendPerChild).comparison)
    #expect(comparison.year == 2020)
    #expect(comparison.authority == .number(1200))
    // England £11,000m ÷ 10,000,000 = £1,100; North £330m ÷ 300,000 = £1,100.
    #expect(comparison.england == .number(1100))
    #expect(comparison.region == .number(1100))
    // Neighbours 101, 102, 103: £16m ÷ 20,000 = 800, £27m ÷ 30,000 = 900, £44m ÷ 40,000 =
    // 1,100; median 900, mean 2,800 ÷ 3 = 933.3.
    #expect(abs((comparison.neighbourMedian ?? 0) - 900) < 1e-9)
    #expect(abs((comparison.neighbourMean ?? 0) - 2800.0 / 3) < 1e-9)
  }

  @Test func bandIsTheQuarterOfAllAuthoritiesSpend() throws {
    // FY2020-21 sorted: 800, 900, 1,100, 1,200 (Alpha), 1,350 (Beta), 1,400. Type-7 quartiles:
    // Q1 = 900 + 0.25 × 200 = 950, Q2 = 1,100 + 0.5 × 100 = 1,150, Q3 = 1,200 + 0.75 × 150 =
    // 1,312.5. Alpha 1,200 lies in (Q2, Q3]: band C, rank 1 + 3 lower = 4 of 6. Beta 1,350 > Q3:
    // band D, rank 5.
    let alpha = try #require(try trend("100", .spendPerChild).comparison)
    #expect(alpha.band == .c)
    #expect(alpha.rank == 4)
    #expect(alpha.rankedCount == 6)
    let beta = try #require(try trend("200", .spendPerChild).comparison)
    #expect(beta.band == .d)
    #expect(beta.rank == 5)
  }

  @Test func changesAreInPoundsFromThePreviousAndTheFirstFinancialYear() throws {
    let alpha = try trend("100", .spendPerChild)
    // 1,200 − 1,100 = +100; 1,200 − 1,000 = +200.
    #expect(abs((alpha.changeFromPrevious?.difference ?? 0) - 100) < 1e-9)
    #expect(abs((alpha.changeFromFirst?.difference ?? 0) - 200) < 1e-9)
    // Beta's FY2018-19 is `-` in the s251 file: a gap, kept as its marker.
    let beta = try trend("200", .spendPerChild)
    #expect(beta.cells[2018] == .suppressed(.noValue))
    #expect(beta.series.value(in: 2018) == nil)
    // First value FY2019-20 £52m ÷ 40,000 = 1,300; latest £54m ÷ 40,000 = 1,350: +50.
    #expect(beta.series.firstPresent?.year == 2019)
    #expect(abs((beta.changeFromFirst?.difference ?? 0) - 50) < 1e-9)
  }

  @Test func spendPerChildCarriesNoReclassificationButItsLineDoes() throws {
    let report = TrendReport.build(
      codes: ["100"], measures: [.spendPerChild, .safeguardingSpendPerChild],
      in: ReportFixture.dataset)
    #expect(try trend("100", .spendPerChild, in: report).notes.isEmpty)
    // Safeguarding £10m → £2m → £11m while the total goes £50m → £55m → £60m: two breaks,
    // oldest first.
    let notes = try trend("100", .safeguardingSpendPerChild, in: report).notes
    #expect(notes.count == 2)
    #expect(notes.first?.contains("£10.0m in FY2018-19, £2.0m in FY2019-20") == true)
    #expect(notes.last?.contains("£2.0m in FY2019-20, £11.0m in FY2020-21") == true)
    let text = report.rendered(as: .text, display: .init(width: 100))
    #expect(text.contains("Note: possible reclassification in Alpha's safeguarding line"))
  }

  @Test func financeSpellIsMeasuredFromTheLastFinancialYearBefore() throws {
    let alpha = try #require(report.authorities.first { $0.laCode == "100" })
    let change = try #require(alpha.spellChanges.first { $0.measure == .spendPerChild })
    // The trust took over in November 2020: the last financial year ended before is FY2019-20.
    #expect(change.baselineYear == 2019)
    #expect(change.endYear == 2020)
    // Alpha 1,100 → 1,200: +100; England 1,050 → 1,100: +50; neighbour medians 880 → 900: +20.
    #expect(abs((change.authority.change ?? 0) - 100) < 1e-9)
    #expect(abs((change.differenceFromEngland ?? 0) - 50) < 1e-9)
    #expect(abs((change.differenceFromNeighbours ?? 0) - 80) < 1e-9)
  }

  @Test func sinceAppliesToCensusAndFinancialYearsAlike() throws {
    let report = TrendReport.build(
      codes: ["100"], measures: TrendReport.defaultMeasures, since: 2019,
      in: ReportFixture.dataset)
    #expect(report.years == [2019, 2020, 2021, 2022, 2023])
    #expect(report.years(of: .spendPerChild) == [2019, 2020])
    // From FY2019-20: 1,200 − 1,100 = +100 since the first year shown.
    let spend = try trend("100", .spendPerChild, in: report)
    #expect(abs((spend.changeFromFirst?.difference ?? 0) - 100) < 1e-9)
  }

  @Test func financeRowsAreNeverColouredGoodOrBad() throws {
    let text = report.rendered(
      as: .text, display: .init(width: 120, style: .init(isColored: true)))
    let red = "\u{1B}[31m"
    let green = "\u{1B}[32m"
    let financeLines = text.split(separator: "\n").filter { $0.contains("Spend per child") }
    #expect(financeLines.count >= 2)
    for line in financeLines {
      #expect(!line.contains(red) && !line.contains(green), "\(line)")
    }
    // The workforce rows still are.
    #expect(text.contains(green + "▼ -4.5"))
  }

  @Test func textShowsFinancialYearsPoundsAndTheAttribution() {
    let text = report.rendered(as: .text, display: .init(width: 120))
    #expect(text.contains("FY2020-21"))
    #expect(text.contains("vs FY2019-20"))
    #expect(text.contains("£1,200"))
    #expect(text.contains("lowest-spending quarter"))
    #expect(
      text.replacingOccurrences(of: "\n", with: " ").contains(
        "MHCLG (revenue outturn RO3), ONS (mid-year population estimates)"))
    #expect(
      text.hasSuffix(
        "Contains public sector information licensed under the Open Government Licence v3.0.\n"))
  }

  @Test func jsonKeepsTheIntegerYearAndAddsTheFinancialYear() throws {
    let data = Data(report.json().utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["financial_years"] as? [String] == ["FY2018-19", "FY2019-20", "FY2020-21"])
    let authorities = try #require(object["authorities"] as? [[String: Any]])
    let measures = try #require(authorities.first?["measures"] as? [[String: Any]])
    let spend = try #require(measures.first { $0["measure"] as? String == "spend_per_child" })
    #expect(spend["year"] as? Int == 2020)
    #expect(spend["financial_year"] as? String == "FY2020-21")
    #expect(spend["value"] as? Int == 1200)
    #expect(spend["england"] as? Int == 1100)
    #expect(spend["neighbour_median"] as? Int == 900)
    #expect(spend["band"] as? String == "C")
    let series = try #require(spend["series"] as? [[String: Any]])
    #expect(series.map { $0["year"] as? Int } == [2018, 2019, 2020])
    #expect(series.first?["financial_year"] as? String == "FY2018-19")
    // A workforce row has no financial_year.
    let agency = try #require(measures.first { $0["measure"] as? String == "agency" })
    #expect(agency["financial_year"] == nil)
    #expect(agency["year"] as? Int == 2023)
  }

  @Test func chartDrawsFinancialYearsOnTheAxis() throws {
    let dataset = ReportFixture.dataset
    let entities = ["Alpha", "North"].compactMap { dataset.entity(named: $0) }
    let chart = TrendChart.build(
      entities: entities, measure: .spendPerChild, kind: .line, in: dataset)
    #expect(chart.years == [2018, 2019, 2020])
    // North's s251 row: £300m, £315m, £330m ÷ 300,000 = 1,000, 1,050, 1,100.
    let north = try #require(chart.subjects.last)
    #expect(north.cells == [2018: .number(1000), 2019: .number(1050), 2020: .number(1100)])
    let text = chart.rendered(as: .text, display: .init(width: 80))
    #expect(text.hasPrefix("Spend per child (£ per child), FY2018-19 to FY2020-21:"))
    #expect(text.contains("FY2018-19") && text.contains("FY2020-21"))
    let object = try #require(
      try JSONSerialization.jsonObject(
        with: Data(chart.rendered(as: .json, display: .init(width: 80)).utf8)) as? [String: Any])
    #expect(object["years"] as? [Int] == [2018, 2019, 2020])
    #expect(object["financial_years"] as? [String] == ["FY2018-19", "FY2019-20", "FY2020-21"])
  }

  @Test(arguments: [
    // (value, measure, written)
    (1202.74, OfficialMeasure.spendPerChild, "£1,203"),
    (85_123.4, .agencyCostPerAgencyFTE, "£85,123"),
    (-1204.4, .spendPerChild, "-£1,204"),
    (45.04, .lookedAfterShare, "45.0%"),
    (18.0, .agency, "18.0%"),
  ])
  func valuesAreWrittenInTheMeasuresUnit(value: Double, measure: OfficialMeasure, written: String) {
    #expect(ReportText.value(value, measure: measure) == written)
  }

  @Test func moneyChangesAreSignedAndZeroIsFlat() {
    #expect(ReportText.signed(97.63, measure: .spendPerChild) == "+£98")
    #expect(ReportText.signed(-85.38, measure: .spendPerChild) == "-£85")
    #expect(ReportText.change(0.3, measure: .spendPerChild, style: .plain).plainText == "= £0")
    #expect(
      ReportText.change(1.25, measure: .lookedAfterShare, style: .plain).plainText == "▲ +1.3")
    #expect(ReportText.change(.nan, measure: .spendPerChild, style: .plain).plainText.isEmpty)
  }

  @Test func asciiWritesPoundsAsGBP() {
    let ascii = RenderStyle(isASCII: true)
    #expect(
      ReportText.ascii("£1,234 (£ per child; £)", style: ascii) == "GBP 1,234 (GBP per child; GBP)")
    #expect(ReportText.ascii("£1,234", style: .plain) == "£1,234")
    #expect(ReportText.grouped("-1234567.5") == "-1,234,567.5")
    #expect(ReportText.grouped("999") == "999")
  }
}
