import Foundation
import TrustMetricsCore

/// A small hand-made dataset: Reading and its trust with an insourcing case (the README's
/// reference appraisal), a budget and overspend, a reported agency rate; England, the South East
/// and four authorities of official statistics for 2023–2025.
enum WorkbookFixture {
  static let source = "s.txt"
  static let text = """
    Reading's trust will come back in-house at a one-off cost of about £600,000.
    It will save about £200,000 – £300,000 a year.
    The trust overspent by £2.5m against a budget of £50m in 2023-24.
    Its agency rate was 30% in September 2024.
    """

  static func figure(
    _ id: String, _ entity: String, _ measure: Measure, _ period: String, _ value: Decimal,
    _ qualifiers: [Qualifier] = [], quote: String
  ) -> Figure {
    Figure(
      id: id, entity: entity, measure: measure, period: Period(parsing: period) ?? .year(2024),
      value: value, qualifiers: qualifiers,
      provenance: Provenance(source: source, quote: quote))
  }

  static func record(
    _ year: Int, _ level: GeographicLevel, _ code: String, _ name: String, agency: Double,
    vacancy: Double, turnover: Double, caseload: Double, region: String = "South East"
  ) -> WorkforceRecord {
    WorkforceRecord(
      year: year, level: level, regionName: region, laCode: code, name: name,
      values: [
        .agencyRateFTE: .number(agency), .vacancyRateFTE: .number(vacancy),
        .turnoverRateFTE: .number(turnover), .caseloadFTE: .number(caseload),
      ], line: 1)
  }

  static var dataset: Dataset {
    let saving = "It will save about £200,000 – £300,000 a year."
    let figures = [
      figure(
        "reading-cost", "Reading", .insourcingOneOffCost, "2025-01", 600_000, [.approximate],
        quote: "one-off cost of about £600,000"),
      figure(
        "reading-saving-low", "Reading", .insourcingAnnualSaving, "2025-01", 200_000,
        [.approximate, .rangeLow], quote: saving),
      figure(
        "reading-saving-high", "Reading", .insourcingAnnualSaving, "2025-01", 300_000,
        [.approximate, .rangeHigh], quote: saving),
      figure(
        "bffc-budget", "Brighter Futures for Children", .grossBudget, "FY2023-24", 50_000_000,
        quote: "a budget of £50m in 2023-24"),
      figure(
        "bffc-overspend", "Brighter Futures for Children", .overspend, "FY2023-24", 2_500_000,
        quote: "overspent by £2.5m"),
      figure(
        "bffc-agency", "Brighter Futures for Children", .agencyRate, "2024-09", 30,
        quote: "Its agency rate was 30% in September 2024."),
    ]
    var records: [WorkforceRecord] = []
    for (offset, year) in [2023, 2024, 2025].enumerated() {
      let step = Double(offset)
      records += [
        record(
          year, .national, "", "England", agency: 16 - step, vacancy: 20, turnover: 17,
          caseload: 16, region: ""),
        record(
          year, .regional, "", "South East", agency: 18 - step, vacancy: 21, turnover: 18,
          caseload: 16),
        record(
          year, .localAuthority, "870", "Reading", agency: 28 - 2 * step, vacancy: 25,
          turnover: 20 + step, caseload: 17),
        record(
          year, .localAuthority, "871", "Slough", agency: 20, vacancy: 22, turnover: 15,
          caseload: 15),
        record(
          year, .localAuthority, "868", "Windsor and Maidenhead", agency: 10, vacancy: 12,
          turnover: 11, caseload: 14),
        record(
          year, .localAuthority, "872", "Wokingham", agency: 12, vacancy: 14, turnover: 13,
          caseload: 13),
      ]
    }
    return Dataset(
      figures: figures,
      entities: [
        Entity(name: "England", kind: .country),
        Entity(name: "Reading", kind: .council, laCode: "870", region: "South East"),
        Entity(
          name: "Brighter Futures for Children", kind: .trust, laCode: "870",
          region: "South East", aliases: ["BFfC"]),
        Entity(name: "Slough", kind: .council, laCode: "871", region: "South East"),
      ],
      trusts: [
        TrustSpell(
          trust: "Brighter Futures for Children", laCode: "870",
          from: PartialDate(year: 2018, month: 11), to: nil,
          provenance: Provenance(source: source, quote: "Reading's trust"))
      ],
      sources: [
        SourceDocument(
          source: source, title: "Reading's trust", publisher: "Example News",
          date: PartialDate(year: 2025, month: 1), url: "https://example.org/reading")
      ],
      articles: [], sourceTexts: [source: text],
      workforce: WorkforceStatistics(records: records),
      neighbours: StatisticalNeighbours(neighboursByCode: ["870": ["871", "868", "872"]]))
  }

  /// A fresh temporary directory for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
