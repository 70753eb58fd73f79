import Testing

@testable import TrustMetricsCore

@Suite struct WorkforceMeasureTests {
  @Test(arguments: [
    (WorkforceMeasure.agency, Measure.agencyRate, "agency_rate_fte", FigureUnit.percent, "%"),
    (.vacancy, .vacancyRate, "vacancy_rate_fte", .percent, "%"),
    (.turnover, .turnoverRate, "turnover_rate_fte", .percent, "%"),
    (.caseload, .caseloadAverage, "caseload_fte", .casesPerWorker, "cases"),
  ])
  func mapsToMeasureColumnAndUnit(
    workforce: WorkforceMeasure, measure: Measure, column: String, unit: FigureUnit, label: String
  ) {
    #expect(workforce.measure == measure)
    #expect(WorkforceMeasure(measure) == workforce)
    #expect(workforce.publishedIndicator.rawValue == column)
    #expect(workforce.unit == unit)
    #expect(workforce.unitLabel == label)
    #expect(workforce.polarity == .lowIsGood)
  }

  @Test func boundedSharesAreAgencyAndVacancyOnly() {
    #expect(WorkforceMeasure.allCases.filter(\.isBoundedShare) == [.agency, .vacancy])
  }

  @Test func otherMeasuresHaveNoWorkforceMeasure() {
    #expect(WorkforceMeasure(.grossBudget) == nil)
    #expect(WorkforceMeasure(.agencyAndNewlyQualifiedRate) == nil)
  }

  @Test func displayNamesAreDistinct() {
    let names = WorkforceMeasure.allCases.map(\.displayName)
    #expect(Set(names).count == 4)
    #expect(WorkforceMeasure.caseload.displayName == "Average caseload")
  }
}
