import Foundation
import TrustMetricsCore

/// A small hand-made dataset for the report's golden files: two authorities in scope (one run
/// by a trust from November 2020, one London borough with a suppressed year and a missing row),
/// four more authorities for ranks and bands, England and two regions, 2019–2023; finance for
/// FY2018-19 to FY2020-21 from ``ReportFinanceFixture``.
enum ReportFixture {
  static let source = "001_fixture.txt"
  static let quote = "In September 2021, 24.5% of social workers were agency staff"

  static func record(
    _ year: Int, _ level: GeographicLevel, region: String, code: String = "", name: String,
    _ agency: OfficialValue, _ vacancy: OfficialValue, _ turnover: OfficialValue,
    _ caseload: OfficialValue
  ) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: level, regionName: region, laCode: code, name: name,
      values: [
        .agencyRateFTE: agency, .vacancyRateFTE: vacancy, .turnoverRateFTE: turnover,
        .caseloadFTE: caseload,
      ], line: 0)
  }

  static var dataset: Dataset {
    var records: [WorkforceRecord] = []
    let years = Array(2019...2023)
    for (offset, year) in years.enumerated() {
      let step = Double(offset)
      records.append(
        record(
          year, .national, region: "", name: "England", .number(15.5 - 0.5 * step),
          .number(16.0 - 0.4 * step), .number(15.0 - 0.3 * step), .number(16.5 - 0.2 * step)))
      records.append(
        record(
          year, .regional, region: "North", name: "North", .number(14.0 - 0.2 * step),
          .number(15.0), .number(14.0 + 0.1 * step), .number(17.0 - 0.1 * step)))
      records.append(
        record(
          year, .regional, region: "London", name: "London", .number(20.0 - step),
          .number(18.0 - 0.5 * step), .number(16.0), .number(15.0)))
      // Alpha: a high agency rate that falls after the trust takes over in November 2020.
      let alphaAgency = [30.0, 31.5, 27.0, 22.5, 18.0][offset]
      records.append(
        record(
          year, .localAuthority, region: "North", code: "100", name: "Alpha", .number(alphaAgency),
          .number([20.0, 22.0, 24.5, 19.0, 17.5][offset]),
          .number([18.0, 21.0, 19.5, 16.0, 16.2][offset]),
          .number([19.0, 18.5, 18.0, 17.1, 16.4][offset])))
      // Beta Borough: Inner London; no row in 2019, its agency rate suppressed in 2021.
      if year > 2019 {
        records.append(
          record(
            year, .localAuthority, region: "Inner London", code: "200", name: "Beta Borough",
            year == 2021 ? .suppressed(.confidential) : .number([0, 8.0, 0, 9.5, 7.25][offset]),
            .number([0, 12.0, 11.0, 13.5, 14.0][offset]), .number(12.0),
            .number([0, 14.0, 14.5, 15.0, 15.5][offset])))
      }
      for (index, code) in ["101", "102", "103", "104"].enumerated() {
        let base = Double(10 + index * 5)
        records.append(
          record(
            year, .localAuthority, region: "North", code: code, name: "Other \(code)",
            .number(base + step), .number(base), .number(base - 2),
            index == 3 ? .suppressed(.belowPublishable) : .number(base / 2 + 8)))
      }
    }
    let figure = Figure(
      id: "alpha-agency-rate-2021-09", entity: "Alpha Children's Trust", measure: .agencyRate,
      period: .month(year: 2021, month: 9), value: Decimal(string: "24.5") ?? 0,
      provenance: Provenance(source: source, quote: quote))
    let early = Figure(
      id: "alpha-agency-rate-2018", entity: "Alpha", measure: .agencyRate, period: .year(2018),
      value: 35, provenance: Provenance(source: source, quote: "35% in 2018"))
    let workforce = WorkforceStatistics(records: records)
    return Dataset(
      figures: [figure, early],
      entities: [
        Entity(name: "England", kind: .country),
        Entity(name: "North", kind: .region, region: "North"),
        Entity(name: "Alpha", kind: .council, laCode: "100", region: "North"),
        Entity(name: "Beta Borough", kind: .council, laCode: "200", region: "Inner London"),
        Entity(name: "Alpha Children's Trust", kind: .trust, laCode: "100", region: "North"),
      ],
      trusts: [
        TrustSpell(
          trust: "Alpha Children's Trust", laCode: "100", from: PartialDate(year: 2020, month: 11),
          to: nil, provenance: Provenance(source: source, quote: "took over in November 2020"))
      ],
      sources: [
        SourceDocument(
          source: source, title: "Alpha's trust two years on", publisher: "Fixture Weekly",
          date: PartialDate(year: 2022, month: 1, day: 5), url: nil)
      ],
      articles: [],
      sourceTexts: [source: "Intro.\n\(quote).\n35% in 2018.\n"],
      workforce: workforce,
      neighbours: StatisticalNeighbours(neighboursByCode: [
        "100": ["101", "102", "103"], "200": ["101", "104", "100"],
      ]),
      finance: ReportFinanceFixture.statistics(workforce: workforce))
  }
}
