import Foundation
import SourceCheck
import Testing
import TrustMetricsCore

/// The extraction rules one by one, on sentences written for the test: what is proposed, with
/// which measure, unit, entity, period and qualifiers, and what is skipped as furniture.
@Suite struct FigureExtractorRulesTests {
  static let extractor = FigureExtractor(
    entities: [
      Entity(
        name: "Bradford Children and Families Trust", kind: .trust, laCode: "380",
        region: "Yorkshire and The Humber", aliases: ["BCFT"])
    ],
    authorityNames: ["Tameside", "Lambeth", "Bradford", "England", "Bristol, City of"])

  static func proposals(_ text: String, published: PartialDate? = nil) -> [FigureProposal] {
    extractor.proposals(in: text, source: "test.txt", published: published)
  }

  @Test func moneyInAListTakesEachItsOwnYear() {
    let found = Self.proposals(
      "Funding will be slashed by more than £52 million in 2024/25 and more than £63 million "
        + "in 2025/26.")
    #expect(found.map(\.value) == [52_000_000, 63_000_000])
    #expect(found.map(\.period) == ["FY2024-25", "FY2025-26"])
    #expect(found.allSatisfy { $0.qualifiers == [.over] && $0.unit == .gbp })
  }

  @Test func aCountOfChildrenIsProposedAsOther() throws {
    let found = Self.proposals(
      "On 31 March 2018 there were 75,420 looked after children in England.")
    let children = try #require(found.first)
    #expect(found.count == 1)
    #expect(children.value == 75_420)
    #expect(children.measure == .other)
    #expect(children.unit == .count)
    #expect(children.entity == "England")
    #expect(children.period == "2018-03")
    #expect(children.fields[2] == "other")
    // `other` is a proposal only: no candidate, since figures.csv cannot hold it.
    #expect(
      Self.extractor.candidates(in: "There were 75,420 looked after children.", source: "t")
        .isEmpty)
  }

  @Test func coordinatedRatesGoToTheirBodiesRespectively() {
    let found = Self.proposals(
      "Tameside and Lambeth recruited 43% and 39% through agencies respectively.")
    #expect(found.map(\.value) == [43, 39])
    #expect(found.map(\.entity) == ["Tameside", "Lambeth"])
    #expect(found.allSatisfy { $0.measure == .measure(.agencyRate) })
  }

  @Test func rangesInWordsGiveBothEnds() {
    let caseloads = Self.proposals("Caseloads in the Midlands were between 17 and 18 cases.")
    #expect(caseloads.map(\.value) == [17, 18])
    #expect(caseloads.map(\.qualifiers) == [[.rangeLow], [.rangeHigh]])
    #expect(caseloads.allSatisfy { $0.measure == .measure(.caseloadAverage) })
    let costs = Self.proposals(
      "For most councils the highest cost placement was between £9,600 and £32,500 a week.")
    #expect(costs.map(\.value) == [9600, 32_500])
    #expect(costs.map(\.qualifiers) == [[.rangeLow], [.rangeHigh]])
    #expect(costs.allSatisfy { $0.unit == .gbpPerWeek })
    let dashed = Self.proposals("It could save £200,000-£300,000 a year.")
    #expect(dashed.map(\.qualifiers) == [[.rangeLow], [.rangeHigh]])
  }

  @Test func ratiosAndWordsAreProposed() {
    let found = Self.proposals(
      "One in five councils overspent; a third of councils cut services; spending rose "
        + "10-fold; nine in 10 councils agreed; costs may double.")
    #expect(found.map(\.value) == [20, 33.3, 10, 90, 2])
    #expect(found.map(\.unit) == [.percent, .percent, nil, .percent, nil])
    #expect(found[1].measure == .measure(.shareOfCouncils))
  }

  @Test func furnitureIsSkipped() {
    let text = """
      Published 23 Aug 18

        1. How many social workers were employed?
      79 Payment of Market Supplements
      The Quarter 2 financial statement (Item 7) is on page 1of 67, see Appendix 1 to 3.
      It pays level 3 and 4 social workers a 10% supplement.
      Call 0121 555 0000 at 10.30am; children aged 10 and the under-18 population.
      Over the past five years, and in the two following years, costs rose by £2m.
      Publication date: 09/12/2022. Subscribe from £9.99 / month.
      One of the reasons is the one facing others: a one-off payment.
      """
    #expect(Self.proposals(text).map(\.value) == [10, 2_000_000])
  }

  @Test func periodsComeFromYearsMonthsFinancialYearsAndWords() {
    let published = PartialDate(year: 2019, month: 8)
    func period(_ text: String) -> String {
      Self.proposals(text, published: published).first?.period ?? "none"
    }
    #expect(period("It overspent by £4.2m in 2023-24.") == "FY2023-24")
    #expect(period("It spent £335m in 2017/18.") == "FY2017-18")
    #expect(period("It had 614 children in care in March 2018.") == "2018-03")
    #expect(period("It spent £9,467,472 between 2015 and 2019.") == "2015..2019")
    #expect(period("Councils overspent by £770 million last year.") == "FY2018-19")
    #expect(period("It recruited 35 social workers last year.") == "2018")
    #expect(period("Turnover is currently 14%.") == "2019-08")
    #expect(
      Self.proposals(
        "Overspends rose from £145m in 2014-15 to £188m the following year.", published: published
      ).map(\.period) == ["FY2014-15", "FY2015-16"])
  }

  @Test func qualifiersComeFromWords() {
    func qualifiers(_ text: String) -> [Qualifier] {
      Self.proposals(text).first?.qualifiers ?? []
    }
    #expect(qualifiers("It would cost about £600,000.") == [.approximate])
    #expect(qualifiers("Turnover was nearly 19%.") == [.nearly])
    #expect(qualifiers("It spent at least £335m.") == [.over])
    #expect(qualifiers("Placements cost in the region of £312,000 per child.") == [.approximate])
    #expect(qualifiers("It is forecast to overspend by £6.1m.") == [.forecast])
    #expect(qualifiers("It set a target of 30% agency staff.") == [.target])
  }

  @Test func bodiesAreFoundByNameAliasAuthorityAndEnding() {
    func entity(_ text: String) -> String { Self.proposals(text).first?.entity ?? "none" }
    #expect(
      entity("BCFT spent £42.3m more than its budget.") == "Bradford Children and Families Trust")
    #expect(entity("Newcastle City Council spent just under £157,000.") == "Newcastle")
    #expect(entity("Bristol spent £3m on agency staff.") == "Bristol")
    #expect(entity("Councils overspent by £800m.") == "England")
    #expect(entity("The budget gap is £23m in the council and £45m in BCFT.") == "")
  }

  @Test func aScaleAfterASpaceAndHalfBeforeABracketAreRead() {
    let spend = Self.proposals("c. 7.6 m was the total annual spend.")
    #expect(spend.map(\.value) == [7_600_000])
    #expect(spend.first?.qualifiers == [.approximate])
    let half = Self.proposals("Just over half (54.2%) of social workers held cases.")
    #expect(half.map(\.value) == [50, 54.2])
    #expect(half.first?.qualifiers == [.over])
  }

  @Test func measuresComeFromTheVocabulary() {
    func measure(_ text: String) -> String { Self.proposals(text).first?.measure.name ?? "none" }
    #expect(measure("The vacancy rate stood at 18.4%.") == "vacancy_rate")
    #expect(measure("Turnover fell to 15.1%.") == "turnover_rate")
    #expect(measure("It overspent by £7.6m.") == "overspend")
    #expect(measure("Its budget is £148.4m.") == "gross_budget")
    #expect(measure("It cut its budget by £2.6m.") == "other")
    #expect(measure("There are 550 staff who will transfer.") == "staff_transferring")
    #expect(measure("It has 942.01 FTE social workers.") == "staff_fte")
    #expect(measure("It signed a seven-year contract.") == "contract_length")
    #expect(measure("Social workers held 337,411 cases.") == "open_cases")
    #expect(measure("It paid £350 per worker per day.") == "other")
  }
}

extension FigureExtractorRulesTests {
  /// Odd and broken texts: no crash, and every quote is an exact substring holding its number.
  @Test(arguments: [
    "", "£", "£.", "between", "between 5 and", "1.", "\n\n\n", "  1. ", "Quarter", "page 1of",
    "0800", "+44", "c. m", "half (", "half", "one of", "23 Aug", "2019/", "2019/20", "since 2011",
    "last year £5m", "£5m\n£6m last year", "respectively 5% and", "’", "Council",
    "Children’s Trust",
    "A Council spent £5m", "12 to", "from 12 to 33", "under-", "aged", "-1", "£-5m", "5 m", "5 bn",
    "9.99 / month", "£1,2,3", "1,000,000,000,000,000,000,000", "£9999999999999999999m",
  ])
  func oddTextsAreReadSafely(text: String) throws {
    for proposal in Self.proposals(text, published: PartialDate(year: 2024, month: 1)) {
      #expect(text.contains(proposal.quote))
      #expect(proposal.quote.contains(proposal.number.text) || proposal.number.text.isEmpty)
    }
  }

  @Test func everyQuoteOfTheCorpusIsExact() throws {
    let extractor = try ExtractionCorpus.extractor()
    for document in try ExtractionCorpus.documents() {
      let proposals = extractor.proposals(
        in: document.text, source: document.id, published: document.published)
      #expect(!proposals.isEmpty)
      for proposal in proposals {
        #expect(document.text.contains(proposal.quote), "\(document.id): \(proposal.quote)")
        #expect(proposal.quote.contains(proposal.number.text), "\(document.id)")
      }
    }
  }
}
