import Testing
import TrustMetricsCore

@testable import SourceCheck

@Suite struct TextDateTests {
  @Test(arguments: [
    ("title\nWed, 06 Jul 2022 21:17:11 +0000 https://x", "2022-07-06", 2),
    ("Monday, 3 March 2025\nSandwell Council said", "2025-03-03", 1),
    ("Published October 2, 2018", "2018-10-02", 1),
    ("Minutes 2022-07-06", "2022-07-06", 1),
    ("As of September 2021, 31.5%\nMeeting of 14th February 2023", "2023-02-14", 2),
  ])
  func findsTheFirstFullDate(text: String, date: String, line: Int) throws {
    let expected = try #require(PartialDate(parsing: date))
    #expect(TextDate.first(in: text) == TextDate(date: expected, line: line))
  }

  @Test func aDayTheMonthDoesNotHaveIsNoDate() {
    #expect(TextDate.first(in: "31 June 2022, and in September 2021") == nil)
    #expect(TextDate.first(in: "no dates at all") == nil)
  }
}

@Suite struct DatelineTests {
  static let feed = """
    Feed built Fri, 31 Jan 2025 11:41:12 +0000 first item Wed, 29 Jan 2025 21:52:55 +0000
    It took over on 1 October 2015.
    Second item Mon, 06 Jun 2022 14:07:11 +0000
    Monday, 3 March 2025
    """

  @Test func datelinesCarryAWeekdayOrATime() {
    let found = TextDate.datelines(in: Self.feed)
    // "1 October 2015" has neither: a date in the text, not a dateline.
    #expect(
      found.map { "\($0.date.date) line \($0.date.line)" } == [
        "2025-01-31 line 1", "2025-01-29 line 1", "2022-06-06 line 3", "2025-03-03 line 4",
      ])
    // "Wed, 29 Jan" starts after "Feed built Fri, 31 Jan 2025 11:41:12 +0000 first item " (54
    // bytes).
    #expect(found[1].offset == 54)
  }

  @Test func eachNumberTakesTheLastDatelineBeforeIt() throws {
    let text =
      "Wed, 10 May 2023 09:00:00 +0000\nIn 2019, Sandwell’s turnover was 24.3%.\n"
      + "Mon, 01 Jun 2020 09:00:00 +0000\nIn 2019, Sandwell’s turnover was 24.3%.\n"
    let report = FactChecker(dataset: FactCheckerTests.dataset).check(text)
    #expect(report.date == PartialDate(year: 2023, month: 5, day: 10))
    #expect(
      report.rows.map(\.date) == [
        PartialDate(year: 2023, month: 5, day: 10), PartialDate(year: 2020, month: 6, day: 1),
      ])
    // Both agree with the reporting-year-2022 release (published February 2023): the first
    // article could have seen it, the second not.
    #expect(report.rows.allSatisfy { $0.comparison.verdict == .agreesWithEarlierRelease })
    #expect(report.rows[0].timing?.contains("could have seen") == true)
    #expect(report.rows[1].timing?.contains("predates the reporting-year-2022 release") == true)
  }
}
