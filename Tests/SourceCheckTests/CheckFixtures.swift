import Foundation
import SourceCheck
import TrustMetricsCore

/// A small in-memory dataset: one article, figures quoting it, DfE rows for one authority.
enum CheckFixtures {
  static let source = "article.txt"
  static let text = """
    Sandwell’s figures

    As of September 2021, 31.5% of children’s social workers were locums, double the \
    West Midlands average (16.1%), while turnover had been 25.7%, up from 14.9% the year before.
    The trust overspent by £7.6m in 2022-23. It has a seven-year contract and about a third of \
    staff work part-time.
    """

  static func figure(
    _ id: String, entity: String = "Sandwell Children's Trust", _ measure: Measure,
    _ period: String, _ value: Decimal, _ quote: String, _ qualifiers: [Qualifier] = []
  ) -> Figure {
    Figure(
      id: id, entity: entity, measure: measure, period: Period(parsing: period) ?? .year(2021),
      value: value, qualifiers: qualifiers, provenance: Provenance(source: source, quote: quote))
  }

  static let figures = [
    figure("locum", .agencyRate, "2021-09", 31.5, "31.5% of children’s social workers were locums"),
    figure(
      "region-locum", entity: "West Midlands", .agencyRate, "2021-09", 16.1,
      "double the West Midlands average (16.1%)"),
    figure("turnover-2021", .turnoverRate, "2021-09", 25.7, "turnover had been 25.7%"),
    figure("turnover-2020", .turnoverRate, "2020-09", 14.9, "up from 14.9% the year before"),
    figure("overspend", .overspend, "FY2022-23", 7_600_000, "overspent by £7.6m in 2022-23"),
    figure("contract", .contractLength, "2021", 7, "a seven-year contract"),
  ]

  static let entities = [
    Entity(name: "Sandwell Children's Trust", kind: .trust, laCode: "333", region: "West Midlands"),
    Entity(name: "West Midlands", kind: .region, region: "West Midlands"),
  ]

  static func record(
    _ level: GeographicLevel, _ name: String, code: String, year: Int,
    _ values: [WorkforceIndicator: Double]
  ) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: level, regionName: level == .national ? "" : "West Midlands",
      laCode: code, name: name, values: values.mapValues { .number($0) }, line: 2)
  }

  static let workforce = WorkforceStatistics(records: [
    record(
      .localAuthority, "Sandwell", code: "333", year: 2021,
      [.agencyRateFTE: 31.5, .agencyRateHeadcount: 30.2, .turnoverRateFTE: 25.7]),
    record(
      .localAuthority, "Sandwell", code: "333", year: 2020,
      [.agencyRateFTE: 29.4, .turnoverRateFTE: 16.0, .turnoverRateHeadcount: 14.9]),
    record(.regional, "West Midlands", code: "", year: 2021, [.agencyRateFTE: 16.1]),
  ])

  static func dataset(figures: [Figure] = figures, text: String = text) -> Dataset {
    Dataset(
      figures: figures, entities: entities, trusts: [], sources: [], articles: [],
      sourceTexts: [source: text], workforce: workforce,
      neighbours: StatisticalNeighbours(neighboursByCode: [:]))
  }
}
