import Testing

@testable import TrustMetricsCore

@Suite struct SourceChoiceTests {
  typealias Choice = SourceChoice<Double>

  @Test func latestDatedSourceWins() throws {
    let choice = try #require(
      Choice([
        (600_000, PartialDate(year: 2022, month: 3), "cost-a"),
        (750_000, PartialDate(year: 2023, month: 1, day: 15), "cost-b"),
        (700_000, nil, "cost-c"),
        (650_000, PartialDate(year: 2023), "cost-d"),
      ]))
    // 2023-01-15 beats 2023 (no month sorts first) and 2022-03; undated loses.
    #expect(choice.chosen.figureID == "cost-b")
    #expect(choice.chosen.value == 750_000)
    #expect(choice.others.map(\.figureID) == ["cost-a", "cost-c", "cost-d"])
  }

  @Test func equalDatesKeepTheFirstListed() throws {
    let choice = try #require(
      Choice([(1, PartialDate(year: 2023), "first"), (2, PartialDate(year: 2023), "second")]))
    #expect(choice.chosen.figureID == "first")
    #expect(choice.others.map(\.figureID) == ["second"])
  }

  @Test func undatedOnlyKeepsTheFirstListed() throws {
    let choice = try #require(Choice([(1, nil, "a"), (2, nil, "b")]))
    #expect(choice.chosen.figureID == "a")
  }

  @Test func datedBeatsEarlierUndated() throws {
    let choice = try #require(Choice([(1, nil, "a"), (2, PartialDate(year: 1999), "b")]))
    #expect(choice.chosen.figureID == "b")
    #expect(choice.others.map(\.figureID) == ["a"])
  }

  @Test func noCandidatesGiveNil() {
    #expect(Choice(candidates: []) == nil)
  }
}
