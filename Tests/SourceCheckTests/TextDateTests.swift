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
