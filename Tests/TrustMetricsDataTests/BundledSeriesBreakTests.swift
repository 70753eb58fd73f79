import Testing
import TrustMetricsCore
import TrustMetricsData

/// The series-break rule over every authority's section 251 series, 2016-17 to 2024-25.
@Suite struct BundledSeriesBreakTests {
  /// The 21 line-years an independent check (Python's csv module over the s251 file, the rule
  /// written again: |Δline| ≥ 0.10 × max(total), line before ≤ 0 or |ratio − 1| > 0.5,
  /// |total ratio − 1| < 0.15) found, as (code, line, year the later financial year starts).
  static let expected: [(String, Section251Line, Int)] = [
    ("201", .safeguarding, 2018), ("207", .youngPeople, 2018), ("207", .youngPeople, 2019),
    ("213", .youngPeople, 2019), ("213", .youngPeople, 2022), ("301", .sureStart, 2017),
    ("302", .familySupport, 2018), ("302", .familySupport, 2020),
    ("306", .otherChildrenAndFamily, 2018), ("316", .familySupport, 2017),
    ("316", .safeguarding, 2020), ("320", .youngPeople, 2017), ("333", .safeguarding, 2019),
    ("333", .otherChildrenAndFamily, 2019), ("333", .safeguarding, 2020),
    ("333", .otherChildrenAndFamily, 2020), ("420", .youngPeople, 2017), ("420", .sureStart, 2020),
    ("805", .familySupport, 2021), ("871", .otherChildrenAndFamily, 2019),
    ("874", .safeguarding, 2021),
  ]

  @Test func flagsExactlyTheTwentyOneLineYearsOfTheIndependentCheck() throws {
    let breaks = try BundledDataset.dataset().finance.breaks
    #expect(breaks.count == 21)
    let found = Set(breaks.map { "\($0.laCode) \($0.line.rawValue) \($0.year)" })
    let expected = Set(Self.expected.map { "\($0.0) \($0.1.rawValue) \($0.2)" })
    #expect(found == expected)
  }

  @Test func eachBreakIsNamedAsItsAuthoritysTotalRowNamesIt() throws {
    let finance = try BundledDataset.dataset().finance
    var names: [String: String] = [:]
    for record in finance.section251 where record.line == .childrenAndYoungPeople {
      names["\(record.laCode) \(record.year)"] = record.area
    }
    for move in finance.breaks {
      #expect(move.name == names["\(move.laCode) \(move.year)"], "\(move.laCode) \(move.year)")
    }
  }

  // s251 rows: SafeguardingFinance,...,2018-19,333,Sandwell,West Midlands,25771539;
  // SafeguardingFinance,...,2019-20,333,...,3309702; C&YPExpenditure,...,2018-19,333,...,80539490;
  // C&YPExpenditure,...,2019-20,333,...,80915886.
  // |3,309,702 − 25,771,539| = 22,461,837 ≥ 0.10 × 80,915,886 = 8,091,588.6;
  // |3,309,702 ÷ 25,771,539 − 1| = 0.87158 > 0.5; |80,915,886 ÷ 80,539,490 − 1| = 0.00467 < 0.15.
  @Test func sandwellsSafeguardingFallInFY2019_20IsAmongThem() throws {
    let breaks = try BundledDataset.dataset().finance.breaks
    let sandwell = try #require(
      breaks.first { $0.laCode == "333" && $0.line == .safeguarding && $0.year == 2019 })
    #expect(sandwell.name == "Sandwell")
    #expect(sandwell.before == 25_771_539)
    #expect(sandwell.after == 3_309_702)
    #expect(sandwell.totalBefore == 80_539_490)
    #expect(sandwell.totalAfter == 80_915_886)
    #expect(abs(sandwell.after - sandwell.before) >= 0.10 * sandwell.totalAfter)
    #expect(abs(sandwell.after / sandwell.before - 1) > 0.5)
    #expect(abs(sandwell.totalAfter / sandwell.totalBefore - 1) < 0.15)
  }

  @Test func aMeasureIsToldOnlyOfTheBreaksInItsOwnLineAndYears() throws {
    let finance = try BundledDataset.dataset().finance
    // Safeguarding, FY2018-19 to FY2019-20: the 2019 fall; to FY2020-21 also the 2020 return.
    #expect(
      finance.breaks(affecting: .safeguardingSpendPerChild, code: "333", years: 2018...2019)
        .map(\.year) == [2019])
    #expect(
      finance.breaks(affecting: .safeguardingSpendPerChild, code: "333", years: 2018...2020)
        .map(\.year) == [2019, 2020])
    // FY2019-20 alone does not hold the year before, so no move is shown.
    #expect(
      finance.breaks(affecting: .safeguardingSpendPerChild, code: "333", years: 2019...2019)
        .isEmpty)
    // The total and the unit costs never break; looked-after spend did not move for Sandwell.
    for measure in [OfficialMeasure.spendPerChild, .lacWeeklyUnitCost, .lookedAfterShare] {
      #expect(finance.breaks(affecting: measure, code: "333", years: 2016...2024).isEmpty)
    }
  }

  @Test func aComparisonOfSandwellsSafeguardingCarriesTheNote() throws {
    let dataset = try BundledDataset.dataset()
    let comparison = try #require(
      OfficialComparison.compare(
        .safeguardingSpendPerChild, authority: "333", year: 2019, statistics: dataset.official,
        neighbours: dataset.neighbours))
    #expect(
      comparison.notes.contains(
        "possible reclassification in Sandwell's safeguarding line: £25.8m in FY2018-19, £3.3m in FY2019-20, while the total went from £80.5m to £80.9m"
      ))
  }
}
