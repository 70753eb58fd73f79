import Testing
import TrustMetricsCore

/// The written forms of periods and dates the loaders accept, and the census years they map to.
@Suite struct PeriodParsingTests {
  @Test(arguments: [
    ("2017", Period.year(2017)),
    ("FY2022-23", .financialYear(startYear: 2022)),
    ("FY1999-00", .financialYear(startYear: 1999)),
    ("2021-09", .month(year: 2021, month: 9)),
    ("2014..2020", .span(from: 2014, to: 2020)),
  ])
  func parsesEachWrittenForm(text: String, expected: Period) {
    #expect(Period(parsing: text) == expected)
    #expect(Period(parsing: text)?.description == text)
  }

  @Test(arguments: [
    "2011-12",  // December 2011 or the financial year 2011-12: write FY2011-12.
    "FY2022-24", "FY2022-22", "2021-13", "2021-00", "2015/16/17", "2020..2014", "2020..2020",
    "1899", "2100", "fy2022-23", "2021-9", "2021-09-01", "", " 2017", "20171",
  ])
  func rejectsAmbiguousOrMalformedPeriods(text: String) {
    #expect(Period(parsing: text) == nil)
  }

  // April–September map to that September's census; October–March to the previous September.
  @Test(arguments: [
    ("2021-10", 2021), ("2022-02", 2021), ("2021-05", 2021), ("2021-09", 2021), ("2021-04", 2021),
    ("2022-03", 2021), ("2021-03", 2020), ("2017", 2017), ("FY2021-22", 2021),
    ("2014..2020", 2020),
  ])
  func mapsEachPeriodToItsCensusYear(text: String, census: Int) throws {
    let period = try #require(Period(parsing: text))
    #expect(period.censusYear == census)
  }

  @Test(arguments: [
    ("2018-11", 2018), ("2018-04", 2017), ("2015-10-01", 2015), ("2019", 2018),
    ("2018-09", 2017), ("2018-10-01", 2018),
  ])
  func findsTheLastCensusBeforeADate(text: String, census: Int) throws {
    let date = try #require(PartialDate(parsing: text))
    #expect(date.lastCensusYearBefore == census)
  }

  @Test(arguments: [
    ("2019", PartialDate(year: 2019)), ("2018-11", PartialDate(year: 2018, month: 11)),
    ("2024-02-29", PartialDate(year: 2024, month: 2, day: 29)),
  ])
  func parsesPartialDates(text: String, expected: PartialDate) {
    #expect(PartialDate(parsing: text) == expected)
    #expect(PartialDate(parsing: text)?.description == text)
  }

  @Test(arguments: ["2023-02-29", "2018-13", "2018-00", "2018-4", "18", "2018-04-31", "", "2018-"])
  func rejectsImpossibleOrMalformedDates(text: String) {
    #expect(PartialDate(parsing: text) == nil)
  }
}
