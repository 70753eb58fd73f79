import Testing
import TrustMetricsCore

/// The series-break rule: |line(t) − line(t−1)| ≥ 0.10 × max(total(t−1), total(t)), and
/// line(t−1) ≤ 0 or |line(t) ÷ line(t−1) − 1| > 0.5, while |total(t) ÷ total(t−1) − 1| < 0.15.
@Suite struct SeriesBreakTests {
  struct Case: Sendable, CustomStringConvertible {
    var lineBefore: Double
    var lineAfter: Double
    var totalBefore: Double
    var totalAfter: Double
    var isBreak: Bool
    var why: String
    var description: String { why }
  }

  static let cases = [
    // |200 − 100| = 100 ≥ 0.10 × 1,000 = 100; 200 ÷ 100 − 1 = 1 > 0.5; total steady.
    Case(
      lineBefore: 100, lineAfter: 200, totalBefore: 1000, totalAfter: 1000, isBreak: true,
      why: "a move of exactly a tenth of the total"),
    // |199 − 100| = 99 < 100.
    Case(
      lineBefore: 100, lineAfter: 199, totalBefore: 1000, totalAfter: 1000, isBreak: false,
      why: "a move just under a tenth"),
    // |300 − 200| = 100 ≥ 100, but 300 ÷ 200 − 1 = 0.5 is not above 0.5.
    Case(
      lineBefore: 200, lineAfter: 300, totalBefore: 1000, totalAfter: 1000, isBreak: false,
      why: "a line moving by exactly half"),
    // |100 − 0| = 100 ≥ 100 and the line was 0 before.
    Case(
      lineBefore: 0, lineAfter: 100, totalBefore: 1000, totalAfter: 1000, isBreak: true,
      why: "a line starting from zero"),
    // |100 − (−50)| = 150 ≥ 100 and the line was below 0 before.
    Case(
      lineBefore: -50, lineAfter: 100, totalBefore: 1000, totalAfter: 1000, isBreak: true,
      why: "a line starting below zero"),
    // |300 − 100| = 200 ≥ 0.10 × 1,140 = 114; ratio 2 > 0.5; 1,140 ÷ 1,000 − 1 = 0.14 < 0.15.
    Case(
      lineBefore: 100, lineAfter: 300, totalBefore: 1000, totalAfter: 1140, isBreak: true,
      why: "a total growing 14%"),
    // As above but 1,160 ÷ 1,000 − 1 = 0.16: the total moved too.
    Case(
      lineBefore: 100, lineAfter: 300, totalBefore: 1000, totalAfter: 1160, isBreak: false,
      why: "a total growing 16%"),
    // 840 ÷ 1,000 − 1 = −0.16: a falling total counts too.
    Case(
      lineBefore: 300, lineAfter: 100, totalBefore: 1000, totalAfter: 840, isBreak: false,
      why: "a total falling 16%"),
    // No total before: the ratio is undefined, so no break.
    Case(
      lineBefore: 100, lineAfter: 300, totalBefore: 0, totalAfter: 1000, isBreak: false,
      why: "no total before"),
    // Sandwell (333) safeguarding, s251 rows:
    //   SafeguardingFinance,...,2018-19,333,Sandwell,West Midlands,25771539
    //   SafeguardingFinance,...,2019-20,333,Sandwell,West Midlands,3309702
    //   C&YPExpenditure,...,2018-19,333,Sandwell,West Midlands,80539490
    //   C&YPExpenditure,...,2019-20,333,Sandwell,West Midlands,80915886
    // |3,309,702 − 25,771,539| = 22,461,837 ≥ 0.10 × 80,915,886 = 8,091,588.6;
    // |3,309,702 ÷ 25,771,539 − 1| = |0.12842 − 1| = 0.87158 > 0.5;
    // |80,915,886 ÷ 80,539,490 − 1| = 376,396 ÷ 80,539,490 = 0.00467 < 0.15.
    Case(
      lineBefore: 25_771_539, lineAfter: 3_309_702, totalBefore: 80_539_490,
      totalAfter: 80_915_886, isBreak: true, why: "Sandwell's safeguarding FY2019-20"),
  ]

  @Test(arguments: cases)
  func flagsExactlyTheMovesTheRuleDescribes(_ rule: Case) {
    #expect(
      SeriesBreak.isBreak(
        lineBefore: rule.lineBefore, lineAfter: rule.lineAfter, totalBefore: rule.totalBefore,
        totalAfter: rule.totalAfter) == rule.isBreak)
  }

  @Test func theNoteGivesTheMoveInMillions() {
    let sandwell = SeriesBreak(
      laCode: "333", name: "Sandwell", line: .safeguarding, year: 2019, before: 25_771_539,
      after: 3_309_702, totalBefore: 80_539_490, totalAfter: 80_915_886)
    // 25,771,539 → £25.8m; 3,309,702 → £3.3m; 80,539,490 → £80.5m; 80,915,886 → £80.9m.
    #expect(
      sandwell.note
        == "possible reclassification in Sandwell's safeguarding line: £25.8m in FY2018-19, £3.3m in FY2019-20, while the total went from £80.5m to £80.9m"
    )
  }

  @Test func aNegativeAmountKeepsItsSignInTheNote() {
    let move = SeriesBreak(
      laCode: "1", name: "A", line: .youngPeople, year: 2020, before: -1_250_000, after: 0,
      totalBefore: 10_000_000, totalAfter: 10_000_000)
    // −1,250,000 ÷ 100,000 = −12.5 → rounds to −13 tenths → −£1.3m.
    #expect(move.note.contains("−£1.3m in FY2019-20, £0.0m in FY2020-21"))
  }
}

/// Financial years as written by DfE, MHCLG and on the command line.
@Suite struct FinancialYearTests {
  @Test func spanRunsFromTheFirstStartYearToTheLast() {
    #expect(FinancialYear.span(ofStartYears: []) == nil)
    #expect(FinancialYear.span(ofStartYears: [2024]) == "FY2024-25")
    #expect(FinancialYear.span(ofStartYears: [2016, 2020, 2024]) == "FY2016-17 to FY2024-25")
    // 2099-00: the end year's two digits wrap.
    #expect(FinancialYear.span(ofStartYears: [2008, 2099]) == "FY2008-09 to FY2099-00")
  }

  @Test(arguments: [
    ("2024-25", 2024), ("FY2024-25", 2024), ("2024", 2024), ("1999-00", 1999),
    ("2009-10", 2009), ("2098-99", 2098), ("1900", 1900),
  ])
  func readsEachWrittenForm(text: String, startYear: Int) {
    #expect(FinancialYear(parsing: text)?.startYear == startYear)
  }

  @Test(arguments: [
    "2024-26", "2024/25", "FY2024", "2024-2025", "24-25", "2099-00", "1899", "20a4", "", "-",
    "2024-", "FY-2024-25", "2024-25-26", "+2024",
  ])
  func rejectsOtherText(text: String) {
    #expect(FinancialYear(parsing: text) == nil)
  }

  @Test func writesBothForms() {
    #expect(FinancialYear(startYear: 2024).description == "FY2024-25")
    #expect(FinancialYear(startYear: 2009).publishedForm == "2009-10")
    #expect(FinancialYear(startYear: 1999).publishedForm == "1999-00")
    #expect(FinancialYear(startYear: 2016) < FinancialYear(startYear: 2017))
  }
}
