import Foundation
import Testing
import TrustMetricsCore

@Suite struct InsourcingCaseTests {
  func figure(
    _ id: String, _ measure: Measure, _ value: Decimal, _ qualifiers: [Qualifier] = [],
    quote: String, entity: String = "Reading"
  ) -> Figure {
    Figure(
      id: id, entity: entity, measure: measure, period: .month(year: 2025, month: 1), value: value,
      qualifiers: qualifiers, provenance: Provenance(source: "s.txt", quote: quote))
  }

  @Test func theLatestDatedSourceWinsAndTheOthersAreListed() throws {
    let figures = [
      figure(
        "cost-2025", .insourcingOneOffCost, 600_000, [.approximate], quote: "cost about £600,000"),
      figure("low-2025", .insourcingAnnualSaving, 200_000, [.rangeLow], quote: "£200,000-£300,000"),
      figure(
        "high-2025", .insourcingAnnualSaving, 300_000, [.rangeHigh], quote: "£200,000-£300,000"),
      figure(
        "low-2024", .insourcingAnnualSaving, 200_000, [.rangeLow], quote: "£200,000 – £300,000"),
      figure(
        "high-2024", .insourcingAnnualSaving, 300_000, [.rangeHigh], quote: "£200,000 – £300,000"),
      figure(
        "wcf-saving", .insourcingAnnualSaving, 200_000, [.approximate], quote: "about £200,000",
        entity: "Worcestershire"),
      figure("other", .agencyRate, 31.5, quote: "31.5%"),
    ]
    // The 2025 quote (£200,000-£300,000) is dated 2025-01, the 2024 one 2024-12.
    let dates: [String: PartialDate] = [
      "£200,000-£300,000": PartialDate(year: 2025, month: 1),
      "£200,000 – £300,000": PartialDate(year: 2024, month: 12),
    ]
    let cases = InsourcingCase.cases(from: figures) { dates[$0.provenance.quote] }
    #expect(cases.map(\.entity) == ["Reading", "Worcestershire"])
    let reading = cases[0]
    #expect(reading.cost?.chosen.value == 600_000)
    let saving = try #require(reading.saving)
    #expect(saving.chosen.figureID == "low-2025 + high-2025")
    #expect(saving.chosen.value == .init(low: 200_000, high: 300_000))
    #expect(saving.others.map(\.figureID) == ["low-2024 + high-2024"])
    // A single amount is a range of one: low = high = £200,000; no cost figure, no cost.
    #expect(cases[1].saving?.chosen.value == .init(low: 200_000, high: 200_000))
    #expect(cases[1].cost == nil)
  }
}
