import Testing

@testable import TrustMetricsCore

@Suite struct OfficialMeasureTests {
  @Test(arguments: [
    (OfficialMeasure.agency, Measure.agencyRate, "agency_rate_fte", FigureUnit.percent, "%"),
    (.vacancy, .vacancyRate, "vacancy_rate_fte", .percent, "%"),
    (.turnover, .turnoverRate, "turnover_rate_fte", .percent, "%"),
    (.caseload, .caseloadAverage, "caseload_fte", .casesPerWorker, "cases"),
  ])
  func mapsToMeasureColumnAndUnit(
    workforce: OfficialMeasure, measure: Measure, column: String, unit: FigureUnit, label: String
  ) {
    #expect(workforce.measure == measure)
    #expect(OfficialMeasure(measure) == workforce)
    #expect(workforce.publishedIndicator?.rawValue == column)
    #expect(workforce.unit == unit)
    #expect(workforce.unitLabel == label)
    #expect(workforce.polarity == .lowIsGood)
  }

  @Test func boundedSharesAreAgencyAndVacancyOnly() {
    #expect(OfficialMeasure.workforce.filter(\.isBoundedShare) == [.agency, .vacancy])
  }

  @Test func otherMeasuresHaveNoOfficialMeasure() {
    #expect(OfficialMeasure(.grossBudget) == nil)
    #expect(OfficialMeasure(.agencyAndNewlyQualifiedRate) == nil)
  }

  @Test func displayNamesAreDistinct() {
    let names = OfficialMeasure.workforce.map(\.displayName)
    #expect(Set(names).count == 4)
    #expect(OfficialMeasure.caseload.displayName == "Average caseload")
  }
}
