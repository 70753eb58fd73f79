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

  /// A saving group is the figures sharing a source and a quote (quotes compared as Swift
  /// compares strings, so a precomposed é matches e + U+0301), whatever lies between them.
  @Test func savingsGroupBySourceAndQuote() throws {
    func saving(
      _ id: String, _ value: Decimal, _ qualifiers: [Qualifier], source: String, quote: String,
      entity: String = "Reading"
    ) -> Figure {
      Figure(
        id: id, entity: entity, measure: .insourcingAnnualSaving, period: .year(2025),
        value: value, qualifiers: qualifiers,
        provenance: Provenance(source: source, quote: quote))
    }
    let figures = [
      saving("a1-low", 100, [.rangeLow], source: "a.txt", quote: "Q1"),
      saving("a2", 150, [], source: "a.txt", quote: "Q2"),
      saving("b1-low", 110, [.rangeLow], source: "b.txt", quote: "Q1"),
      saving("w1-high", 900, [.rangeHigh], source: "a.txt", quote: "Q1", entity: "Wigan"),
      saving("a1-high", 200, [.rangeHigh], source: "a.txt", quote: "Q1"),
      saving("b1-high", 210, [.rangeHigh], source: "b.txt", quote: "Q1"),
      saving("c-low", 120, [.rangeLow], source: "a.txt", quote: "caf\u{E9}"),
      saving("c-high", 220, [.rangeHigh], source: "a.txt", quote: "cafe\u{301}"),
    ]
    let cases = InsourcingCase.cases(from: figures) { _ in nil }
    #expect(cases.map(\.entity) == ["Reading", "Wigan"])
    // Reading's groups in order of first figure: a/Q1 (low + high), a/Q2 (single), b/Q1 (low +
    // high), a/café (low + high). Undated, so the first is chosen.
    let reading = try #require(cases[0].saving)
    #expect(reading.chosen.figureID == "a1-low + a1-high")
    #expect(reading.chosen.value == .init(low: 100, high: 200))
    #expect(reading.others.map(\.figureID) == ["a2", "b1-low + b1-high", "c-low + c-high"])
    #expect(
      reading.others.map(\.value) == [
        .init(low: 150, high: 150), .init(low: 110, high: 210), .init(low: 120, high: 220),
      ])
    // Wigan's lone high end makes no range and is not a single amount: no saving.
    #expect(cases[1].saving == nil)
    #expect(cases[0].cost == nil)
  }
}
