import Foundation
import Testing
import TrustMetricsCore
import TrustMetricsReports

/// What the report says, checked against hand-worked figures of ``ReportFixture``.
@Suite struct ReportContentTests {
  let report = TrendReport.build(
    codes: ["100", "200"], measures: OfficialMeasure.workforce, in: ReportFixture.dataset)

  @Test func authoritiesInScopeAreThoseWithFigures() {
    #expect(TrendReport.authoritiesWithFigures(in: ReportFixture.dataset) == ["100"])
  }

  @Test func latestChangesAreFromThePreviousAndTheFirstYear() throws {
    let agency = try #require(report.authorities.first?.trends.first)
    // Alpha agency 2019 30.0 … 2022 22.5, 2023 18.0: −4.5 pp on the year, −12.0 since 2019.
    #expect(abs((agency.changeFromPrevious?.difference ?? 0) - -4.5) < 1e-9)
    #expect(abs((agency.changeFromFirst?.difference ?? 0) - -12.0) < 1e-9)
    // 2023 agency rates 7.25, 14, 18, 19, 24, 29: type-7 Q1 = 15, Q2 = 18.5, so 18.0 is band B.
    #expect(agency.comparison?.band == .b)
  }

  @Test func reportedFigureSitsBesideTheOfficialValueOfItsCensusYear() throws {
    let agency = try #require(report.authorities.first?.trends.first)
    let reported = try #require(agency.reported.last)
    // 2021-09 maps to the 2021 census, where DfE publishes 27.0: reported 24.5, 2.5 below.
    #expect(reported.censusYear == 2021)
    #expect(reported.official == .number(27.0))
    #expect(abs((reported.differenceFromOfficial ?? 0) - -2.5) < 1e-9)
    #expect(reported.citation.publisher == "Fixture Weekly")
    // 2018 lies before the statistics: no official value.
    #expect(agency.reported.first?.official == nil)
  }

  @Test func suppressedYearIsAGapAndItsMarkerIsInTheLegend() throws {
    let beta = try #require(report.authorities.last)
    let agency = try #require(beta.trends.first)
    #expect(agency.series.value(in: 2021) == nil)
    #expect(agency.cells[2021] == .suppressed(.confidential))
    #expect(agency.cells[2019] == nil)
    let text = report.rendered(as: .text, display: .init(width: 100))
    #expect(text.contains("Beta Borough (200, London)"))
    #expect(text.contains(WorkforceStatistics.attribution))
  }

  @Test func trustSpellIsMeasuredFromTheLastCensusBefore() throws {
    let alpha = try #require(report.authorities.first)
    let agency = try #require(alpha.spellChanges.first)
    // November 2020 → baseline 2020 (31.5), end 2023 (18.0): −13.5; England 15.0 → 13.5: −1.5.
    #expect(agency.baselineYear == 2020)
    #expect(abs((agency.authority.change ?? 0) - -13.5) < 1e-9)
    #expect(abs((agency.differenceFromEngland ?? 0) - -12.0) < 1e-9)
  }

  @Test func jsonCarriesTheNumbersBehindTheReport() throws {
    let data = Data(report.json().utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["schema"] as? String == "trustmetrics.report/1")
    let authorities = try #require(object["authorities"] as? [[String: Any]])
    let beta = try #require(authorities.last?["measures"] as? [[String: Any]])
    let series = try #require(beta.first?["series"] as? [[String: Any]])
    #expect(series[2]["marker"] as? String == "c")
    #expect(series[2]["value"] is NSNull)
  }
}
