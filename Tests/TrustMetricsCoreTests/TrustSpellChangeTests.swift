import Testing

@testable import TrustMetricsCore

@Suite struct TrustSpellChangeTests {
  func spell(from: PartialDate?, to: PartialDate? = nil) -> TrustSpell {
    TrustSpell(
      trust: "Example Trust", laCode: "301", from: from, to: to,
      provenance: Provenance(source: "seed.txt", quote: "took over"))
  }

  func change(_ spell: TrustSpell) -> TrustSpellChange? {
    TrustSpellChange.measure(
      .agency, over: spell,
      statistics: OfficialStatistics(workforce: WorkforceFixtures.spellStatistics, finance: .empty),
      neighbours: WorkforceFixtures.spellNeighbours)
  }

  @Test func ongoingSpellRunsFromLastCensusBeforeToLatestYear() throws {
    // Took over November 2018: last census before is September 2018; still running → 2022.
    let result = try #require(change(spell(from: PartialDate(year: 2018, month: 11))))
    #expect(result.baselineYear == 2018)
    #expect(result.baselineIsFirstAvailable == false)
    #expect(result.endYear == 2022)
    #expect(result.spellHasEnded == false)
    #expect(result.regionName == "West Midlands")
    // Authority 30 → 20: −10 points.
    #expect(result.authority.change.isApproximatelyEqual(to: -10))
    // England 16.0 → 17.6: +1.6; difference −10 − 1.6 = −11.6.
    #expect(result.england.change.isApproximatelyEqual(to: 1.6))
    #expect(result.differenceFromEngland.isApproximatelyEqual(to: -11.6))
    // West Midlands 18 → 19: +1; difference −10 − 1 = −11.
    #expect(result.differenceFromRegion.isApproximatelyEqual(to: -11))
    // Neighbour median 2018 of [10, 20] (304 `low` left out) = 15; 2022 of [12, 26, 30] = 26;
    // change +11; difference −10 − 11 = −21.
    #expect(result.neighbourMedian.baseline.isApproximatelyEqual(to: 15))
    #expect(result.neighbourMedian.end.isApproximatelyEqual(to: 26))
    #expect(result.neighbourCountAtBaseline == 2)
    #expect(result.neighbourCountAtEnd == 3)
    #expect(result.differenceFromNeighbours.isApproximatelyEqual(to: -21))
  }

  @Test func endedSpellStopsAtLastCensusBeforeItEnded() throws {
    // From April 2016: last census before is 2015, not in the statistics → 2018, flagged.
    // To March 2021: last census before is September 2020 → end 2020.
    let result = try #require(
      change(spell(from: PartialDate(year: 2016, month: 4), to: PartialDate(year: 2021, month: 3))))
    #expect(result.baselineYear == 2018)
    #expect(result.baselineIsFirstAvailable)
    #expect(result.endYear == 2020)
    #expect(result.spellHasEnded)
    // Authority 30 → 25: −5; England 16.0 → 15.4: −0.6; difference −5 − (−0.6) = −4.4.
    #expect(result.authority.change.isApproximatelyEqual(to: -5))
    #expect(result.differenceFromEngland.isApproximatelyEqual(to: -4.4))
    // Region 18 → 17: −1; difference −5 − (−1) = −4.
    #expect(result.differenceFromRegion.isApproximatelyEqual(to: -4))
    // Median 2018 = 15; 2020 of [11, 22] = 16.5; change +1.5; difference −5 − 1.5 = −6.5.
    #expect(result.neighbourMedian.change.isApproximatelyEqual(to: 1.5))
    #expect(result.differenceFromNeighbours.isApproximatelyEqual(to: -6.5))
  }

  @Test(arguments: [
    // No start date: nothing to measure from.
    (nil as PartialDate?, nil as PartialDate?),
    // From January 2023: baseline 2022 is also the latest year, no span.
    (PartialDate(year: 2023, month: 1), nil),
    // Ended before the statistics begin: last census before 2017-06 is 2016.
    (PartialDate(year: 2014), PartialDate(year: 2017, month: 6)),
  ])
  func spellsWithoutASpanGiveNil(from: PartialDate?, to: PartialDate?) {
    #expect(change(spell(from: from, to: to)) == nil)
  }

  @Test func unpublishedMeasuresHaveNoChangeButKeepTheirYears() throws {
    let results = TrustSpellChange.measures(
      over: spell(from: PartialDate(year: 2018, month: 11)),
      statistics: OfficialStatistics(workforce: WorkforceFixtures.spellStatistics, finance: .empty),
      neighbours: WorkforceFixtures.spellNeighbours)
    #expect(results.map(\.measure) == OfficialMeasure.workforce)
    let caseload = try #require(results.last)
    #expect(caseload.authority.change == nil)
    #expect(caseload.differenceFromEngland == nil)
    #expect(caseload.baselineYear == 2018)
  }

  @Test func labelSaysDescriptiveNotCausal() {
    #expect(TrustSpellChange.descriptiveLabel.contains("Descriptive"))
    #expect(TrustSpellChange.descriptiveLabel.contains("not a causal estimate"))
  }
}
