import Foundation
import Testing
import TrustMetricsCore

@testable import SourceCheck

/// `fact-check` over an in-memory dataset: the Sandwell sentence, a planted wrong rate, a value
/// DfE revised, the text's date against DfE's releases, and a finance value.
@Suite struct FactCheckerTests {
  static let dateline = "Borough’s decade ends Wed, 06 Jul 2022 21:17:11 +0000\n\n"
  static let sentence =
    "Sandwell’s children’s services were judged inadequate. As of September 2021, 31.5% of "
    + "children’s social workers in the borough were locums, double the West Midlands average "
    + "(16.1%), the vacancy rate was 27.7% (West Midlands: 18.2%), while turnover over the "
    + "previous year had been 25.7%, up from 14.9% the year before.\n"

  static func record(
    _ level: GeographicLevel, _ name: String, _ year: Int, _ values: [WorkforceIndicator: Double]
  ) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: level, regionName: "West Midlands",
      laCode: level == .localAuthority ? "333" : "", name: name,
      values: values.mapValues { .number($0) }, line: 2)
  }

  /// DfE's values for Sandwell and the West Midlands (the bundled files' rows): the current
  /// release, and the reporting-year-2022 release, which gave Sandwell's 2019 turnover as 24.3
  /// before it was revised to 22.4.
  static let current = WorkforceStatistics(records: [
    record(
      .localAuthority, "Sandwell", 2021,
      [.agencyRateFTE: 31.5, .vacancyRateFTE: 27.7, .turnoverRateFTE: 25.7]),
    record(.localAuthority, "Sandwell", 2020, [.turnoverRateFTE: 14.9]),
    record(.localAuthority, "Sandwell", 2019, [.turnoverRateFTE: 22.4]),
    record(.regional, "West Midlands", 2021, [.agencyRateFTE: 16.1, .vacancyRateFTE: 18.2]),
    record(.localAuthority, "Sandwell", 2025, [.turnoverRateFTE: 20]),
  ])
  static let earlier = WorkforceStatistics(records: [
    record(.localAuthority, "Sandwell", 2019, [.turnoverRateFTE: 24.3]),
    record(.localAuthority, "Sandwell", 2022, [.turnoverRateFTE: 28]),
  ])

  static let dataset = Dataset(
    figures: [], entities: QuoteBinderTests.entities, trusts: [], sources: [], articles: [],
    sourceTexts: [:], workforce: current, neighbours: StatisticalNeighbours(neighboursByCode: [:]),
    earlierWorkforceReleases: [
      WorkforceRelease(reportingYear: 2022, file: "older.csv", statistics: earlier)
    ])

  static func rows(_ text: String, date: PartialDate? = nil) -> [FactCheckRow] {
    FactChecker(dataset: dataset).check(text, date: date).rows
  }

  @Test func theSandwellSentenceAgreesWithDfE() throws {
    let report = FactChecker(dataset: Self.dataset).check(Self.dateline + Self.sentence)
    #expect(report.date == PartialDate(year: 2022, month: 7, day: 6))
    #expect(report.dateOrigin == .line(1))
    let found = report.rows.map {
      "\($0.number) \($0.entity ?? "-") \($0.measure.rawValue) \($0.period?.description ?? "-")"
    }
    #expect(
      found == [
        "31.5% Sandwell agency_rate 2021-09", "16.1% West Midlands agency_rate 2021-09",
        "27.7% Sandwell vacancy_rate 2021-09", "18.2% West Midlands vacancy_rate 2021-09",
        "25.7% Sandwell turnover_rate 2021-09", "14.9% Sandwell turnover_rate 2020-09",
      ])
    #expect(report.rows.allSatisfy { $0.comparison.verdict == .agrees })
    let locums = try #require(report.rows.first)
    #expect(locums.line == 3)
    #expect(locums.comparison.officialValue == 31.5)
    #expect(locums.comparison.indicator == "agency_rate_fte")
    #expect(locums.comparison.area == "Sandwell (333)")
    #expect(locums.comparison.period == "census 2021")
    #expect(locums.comparison.release == "reporting-year-2025 release")
    // The text (July 2022) came after census 2021 was first published (February 2022), before
    // the release compared with (February 2026).
    #expect(
      locums.timing
        == "the text (2022-07-06) predates the reporting-year-2025 release (published February "
        + "2026); census 2021 was first published in February 2022, before the text")
  }

  @Test func aPlantedWrongRateIsTheOnlyDisagreement() throws {
    let planted = Self.sentence.replacingOccurrences(of: "27.7%", with: "24.7%")
    let rows = Self.rows(planted)
    let disagreeing = rows.filter { $0.comparison.verdict == .disagrees }
    #expect(disagreeing.map(\.number) == ["24.7%"])
    let row = try #require(disagreeing.first)
    #expect(row.comparison.officialValue == 27.7)
    // 27.7 − 24.7 = 3.
    #expect(abs((row.comparison.difference ?? 0) - 3) < 1e-9)
    #expect(row.comparison.detail.contains("the text says 24.7"))
    #expect(rows.filter { $0.comparison.verdict == .agrees }.count == 5)
  }

  @Test func aRoundedValueAgreesWithinTheWritersRounding() throws {
    let rows = Self.rows("In September 2021, Sandwell’s agency rate was 32%.")
    let row = try #require(rows.first)
    // "32%" allows 31.5–32.5, which holds DfE's 31.5.
    #expect(row.comparison.verdict == .agreesWithinRounding)
    #expect(row.comparison.detail.contains("covers 31.5–32.5"))
  }

  static let revised = "In 2019, Sandwell Children’s Trust said turnover was 24.3%.\n"

  @Test func aRevisedValueAgreesWithTheEarlierRelease() throws {
    let row = try #require(
      Self.rows(Self.revised, date: PartialDate(year: 2023, month: 5, day: 10)).first)
    #expect(row.comparison.verdict == .agreesWithEarlierRelease)
    #expect(row.comparison.release == "reporting-year-2022 release")
    #expect(row.comparison.file == "older.csv")
    #expect(row.comparison.officialValue == 24.3)
    #expect(row.comparison.revisedValue == 22.4)
    #expect(row.comparison.revisedIn == "reporting-year-2025 release")
    #expect(row.comparison.detail.contains("revised to 22.4 in the reporting-year-2025 release"))
    // Published February 2023 and February 2026: a text of May 2023 saw the first only.
    #expect(
      row.timing
        == "the text (2023-05-10) could have seen the reporting-year-2022 release (published "
        + "February 2023), not the reporting-year-2025 release (published February 2026), which "
        + "revised it")
  }

  @Test func aTextOlderThanTheReleaseThatAgreesSawAnEarlierOne() throws {
    let row = try #require(
      Self.rows(Self.revised, date: PartialDate(year: 2021, month: 6, day: 1)).first)
    #expect(row.comparison.verdict == .agreesWithEarlierRelease)
    #expect(
      row.timing?.hasPrefix(
        "the text (2021-06-01) predates the reporting-year-2022 release (published February "
          + "2023); census 2019 was first published in February 2020, before the text") == true)
  }

  @Test func aValueForACensusNotYetPublishedCannotHaveComeFromDfE() throws {
    let row = try #require(
      Self.rows(Self.sentence, date: PartialDate(year: 2021, month: 12, day: 1)).first)
    #expect(
      row.timing
        == "census 2021 was first published in February 2022, after the text (2021-12-01): the "
        + "number cannot have come from DfE's statistics")
  }

  @Test func withoutADateADisagreementSaysTheReleasesAreUnknown() throws {
    let report = FactChecker(dataset: Self.dataset).check(
      "In 2019, Sandwell’s turnover was 30%.")
    #expect(report.dateOrigin == .unknown)
    let row = try #require(report.rows.first)
    #expect(row.comparison.verdict == .disagrees)
    // Against the latest release, 22.4; the earlier one gave 24.3.
    #expect(row.comparison.officialValue == 22.4)
    #expect(row.comparison.detail.contains("the reporting-year-2022 release"))
    #expect(row.timing?.contains("gives no date") == true)
  }

  @Test func numbersWithoutABodyOrAnOfficialMeasureHaveNoCounterpart() throws {
    let rows = Self.rows(
      "The agency rate was 40% in 2021. The council overspent by £3m in 2022-23.")
    #expect(rows.map(\.comparison.verdict) == [.noCounterpart, .noCounterpart])
    #expect(rows[0].comparison.detail == "no counterpart: no body is named near it")
  }

  /// Spend per child, FY2024-25: £1,000,000 ÷ 1,000 children = £1,000.
  @Test func theEngineComparesAFinanceMeasureByFinancialYear() {
    let section251 = Section251Record(
      line: .childrenAndYoungPeople, year: 2024, laCode: "100", area: "LA 100",
      regionName: "North East", value: .number(1_000_000), fileLine: 2)
    let children = PopulationRecord(
      year: 2024, level: .localAuthority, regionName: "North East", laCode: "100",
      onsCode: "E06000001", name: "LA 100", children: .number(1000), fileLine: 2)
    let workforce = WorkforceStatistics(records: [])
    let official = OfficialStatistics(
      workforce: workforce,
      finance: FinanceStatistics(
        section251: [section251], revenueOutturn: [], population: [children],
        workforce: workforce))
    var reconciler = OfficialReconciler(
      releases: [], entities: [Entity(name: "LA 100", kind: .council, laCode: "100")],
      official: official, financeFiles: [.section251: "s251.csv"])
    func verdict(_ value: Decimal, _ period: Period) -> CounterpartComparison {
      reconciler.comparison(
        entity: "LA 100", measure: .grossBudget, period: period, value: value,
        finance: .spendPerChild)
    }
    let exact = verdict(1000, .financialYear(startYear: 2024))
    #expect(exact.verdict == .agrees)
    #expect(exact.period == "FY2024-25")
    #expect(exact.file == "s251.csv")
    // October 2024 lies in FY2024-25.
    #expect(verdict(1000, .month(year: 2024, month: 10)).verdict == .agrees)
    let wrong = verdict(1004, .financialYear(startYear: 2024))
    #expect(wrong.verdict == .disagrees)
    // 1,000 − 1,004.
    #expect(wrong.difference == -4)
    #expect(verdict(1000, .financialYear(startYear: 2023)).verdict == .noCounterpart)
  }
}

/// `check` reconciles figures with the same engine: a figure DfE revised since agrees with the
/// release that still holds its value.
@Suite struct CheckEarlierReleaseTests {
  @Test func aRevisedFigureIsVerifiedByTheEarlierRelease() throws {
    let quote = "turnover was 24.3%"
    let figure = Figure(
      id: "turnover-2019", entity: "Sandwell Children's Trust", measure: .turnoverRate,
      period: .year(2019), value: 24.3,
      provenance: Provenance(source: "a.txt", quote: quote))
    var dataset = FactCheckerTests.dataset
    dataset.figures = [figure]
    dataset.sourceTexts = ["a.txt": FactCheckerTests.revised]
    let report = try SourceChecker(dataset: dataset, claims: []).check([.official])
    let result = try #require(report.results.first)
    #expect(result.status == .verified)
    #expect(
      result.detail.hasPrefix(
        "agrees with the reporting-year-2022 release (older.csv, published February 2023), not "
          + "the latest: agrees exactly: 24.3 = DfE Sandwell (333), census 2019 turnover_rate_fte "
          + "24.3"))
    #expect(
      result.detail.hasSuffix(
        "; revised to 22.4 in the reporting-year-2025 release (published February 2026)"))
  }
}
