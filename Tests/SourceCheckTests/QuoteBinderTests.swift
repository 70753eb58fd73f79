import Foundation
import Testing
import TrustMetricsCore

@testable import SourceCheck

/// Which period and body passages attach their numbers to, each read by hand.
@Suite struct QuoteBinderTests {
  static let entities = [
    Entity(name: "England", kind: .country),
    Entity(name: "West Midlands", kind: .region, region: "West Midlands"),
    Entity(name: "Sandwell", kind: .council, laCode: "333", region: "West Midlands"),
    Entity(
      name: "Sandwell Children's Trust", kind: .trust, laCode: "333", region: "West Midlands"),
    Entity(name: "Birmingham", kind: .council, laCode: "330", region: "West Midlands"),
  ]

  /// Each number's text with its binding and role.
  static func read(_ text: String) -> [(
    text: String, binding: NumberBinding, role: QuoteBinder.Role
  )] {
    let numbers = NumberReader().numbers(in: text)
    let reading = QuoteBinder(entities: entities).reading(of: numbers, in: text)
    return numbers.indices.map { (numbers[$0].text, reading.bindings[$0], reading.roles[$0]) }
  }

  static func binding(_ number: String, in text: String) throws -> NumberBinding {
    try #require(read(text).first { $0.text == number }).binding
  }

  @Test func fromAInOneYearToBInAnother() throws {
    let text = "agency numbers falling from 52% in 2015 to 32% in 2017"
    #expect(try Self.binding("52%", in: text).period == .year(2015))
    #expect(try Self.binding("32%", in: text).period == .year(2017))
    #expect(Self.read(text).map(\.role) == [.quantity, .date, .quantity, .date])
  }

  /// The sentence of the Sandwell article (seed 003, line 620).
  @Test func theSandwellSentence() throws {
    let text =
      "As of September 2021, 31.5% of children’s social workers in the borough were locums, "
      + "double the West Midlands average (16.1%), the vacancy rate was 27.7% (West Midlands: "
      + "18.2%), while turnover over the previous year had been 25.7%, up from 14.9% the year "
      + "before."
    let read = Self.read(text)
    let september2021 = BoundPeriod.month(year: 2021, month: 9)
    func index(_ number: String) -> Int? { read.firstIndex { $0.text == number } }
    let locums = try Self.binding("31.5%", in: text)
    #expect(locums.period == september2021)
    // "double the West Midlands average (16.1%)" sets 31.5% against the region's value.
    #expect(locums.entity == .otherThan("West Midlands"))
    let regionLocums = try Self.binding("16.1%", in: text)
    #expect(regionLocums.entity == .named("West Midlands"))
    #expect(regionLocums.comparedWith == index("31.5%"))
    let vacancy = try Self.binding("27.7%", in: text)
    #expect(vacancy.period == september2021)
    #expect(vacancy.entity == .otherThan("West Midlands"))
    let regionVacancy = try Self.binding("18.2%", in: text)
    #expect(regionVacancy.entity == .named("West Midlands"))
    #expect(regionVacancy.period == september2021)
    #expect(regionVacancy.comparedWith == index("27.7%"))
    let turnover = try Self.binding("25.7%", in: text)
    #expect(turnover.period == september2021)
    #expect(turnover.entity == nil)
    // "up from 14.9% the year before": a year before 25.7%'s September 2021.
    let before = try Self.binding("14.9%", in: text)
    #expect(before.period == .month(year: 2020, month: 9))
    #expect(before.comparedWith == index("25.7%"))
  }

  @Test func thePresentAfterADatedNumber() throws {
    let text = "from turnover being nearly 19% in 2019 to just under 14% currently"
    #expect(try Self.binding("19%", in: text).period == .year(2019))
    #expect(try Self.binding("14%", in: text).period == .present)
    #expect(try Self.binding("14%", in: "the rate is now 14%").period == .present)
    #expect(try Self.binding("14%", in: "the rate stands at 14% now").period == .present)
    // "currently" after a comma belongs to the clause, not to the number.
    let clause = "nine companies, responsible for 12 authorities’ services, currently"
    #expect(try Self.binding("12", in: clause).period == nil)
  }

  @Test func respectivelyAfterAListOfBodies() throws {
    let text = "In Sandwell and Birmingham the agency rates were 31% and 22% respectively"
    #expect(try Self.binding("31%", in: text).entity == .named("Sandwell"))
    #expect(try Self.binding("22%", in: text).entity == .named("Birmingham"))
  }

  @Test func respectivelyAfterAListOfYears() throws {
    let text = "In 2019 and 2020, turnover was 14% and 16% respectively"
    #expect(try Self.binding("14%", in: text).period == .year(2019))
    #expect(try Self.binding("16%", in: text).period == .year(2020))
  }

  @Test func datesBesideNumbers() throws {
    #expect(try Self.binding("32%", in: "agency workers were 32% (2017)").period == .year(2017))
    #expect(
      try Self.binding("£7.6m", in: "it overspent by £7.6m in 2022-23").period
        == .years(from: 2022, to: 2023))
    #expect(
      try Self.binding("25", in: "an average of 25 as of January 2022").period
        == .month(year: 2022, month: 1))
    #expect(
      try Self.binding("942.01", in: "staff numbering 942.01 as at 1 October 2023").period
        == .month(year: 2023, month: 10))
    // A date opening a clause governs the numbers after it.
    #expect(
      try Self.binding(
        "five-year",
        in: "and, in 2019, WCF was established, with a five-year "
          + "contract"
      ).period == .year(2019))
    // A date after the number but not joined to it does not bind it.
    #expect(
      try Self.binding("seven-year", in: "its seven-year contract expires in April 2026").period
        == nil)
  }

  @Test func theDayOfADateIsNotAQuantity() {
    let read = Self.read("It took over on 1 October 2015 and reviewed 30 cases")
    #expect(read.map(\.role) == [.day, .date, .quantity])
    #expect(Self.read("at least 10 may leave").map(\.role) == [.quantity])
    #expect(Self.read("on 1 May 2021").map(\.role) == [.day, .date])
  }

  @Test func nationalValuesAreEngland() throws {
    let against = "the vacancy rate was 27.7% against a national average of 20%"
    #expect(try Self.binding("20%", in: against).entity == .named("England"))
    #expect(try Self.binding("27.7%", in: against).entity == .otherThan("England"))
    let inEngland = "25.7%, compared with 17.1% in England"
    #expect(try Self.binding("17.1%", in: inEngland).entity == .named("England"))
    #expect(
      try Self.binding("17.1%", in: "turnover of 17.1% nationally").entity == .named("England"))
    #expect(try Self.binding("17.6%", in: "(national average: 17.6%)").entity == .named("England"))
  }

  @Test func aNumberWithNoStructureAroundItIsUnbound() throws {
    let text = "trusts running provision in 10 of the 153 councils"
    #expect(try Self.binding("10", in: text).isEmpty)
    #expect(try Self.binding("153", in: text).isEmpty)
  }
}
