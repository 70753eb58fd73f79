import Foundation
import Testing
import TrustMetricsCore

@testable import SourceCheck

/// `check` on quotes that state several numbers.
///
/// Each value must be the one the quote attaches to its figure's period and body. The three
/// swaps of issue 15 fail, naming the bound number.
@Suite struct BindingCheckTests {
  static let source = "feed.txt"
  /// Sentences as the seeds write them (000, line 5; 003, line 620; 003, line 1019).
  static let text = """
    Slough Children’s Services Trust has seen agency numbers falling from 52% in 2015 to 32% in \
    2017.
    As of September 2021, 31.5% of children’s social workers in the borough were locums, double \
    the West Midlands average (16.1%), the vacancy rate was 27.7% (West Midlands: 18.2%), while \
    turnover over the previous year had been 25.7%, up from 14.9% the year before.
    When Reading resumes control, that would leave trusts or companies running provision in 10 \
    of the 153 councils.
    """

  static let entities =
    QuoteBinderTests.entities + [
      Entity(name: "Slough Children's Services Trust", kind: .trust, laCode: "871")
    ]

  static func figure(
    _ id: String, _ entity: String, _ measure: Measure, _ period: String, _ value: Decimal,
    _ quote: String
  ) -> Figure {
    Figure(
      id: id, entity: entity, measure: measure, period: Period(parsing: period) ?? .year(2000),
      value: value, provenance: Provenance(source: source, quote: quote))
  }

  static let sloughQuote = "agency numbers falling from 52% in 2015 to 32% in 2017"
  static let vacancyQuote = "the vacancy rate was 27.7% (West Midlands: 18.2%)"
  static let turnoverQuote =
    "turnover over the previous year had been 25.7%, up from 14.9% the year before"
  static let councilsQuote = "running provision in 10 of the 153 councils"
  static let trust = "Sandwell Children's Trust"
  static let slough = "Slough Children's Services Trust"

  /// The figures as `figures.csv` gives them.
  static let figures = [
    figure("slough-2015", slough, .agencyRate, "2015", 52, sloughQuote),
    figure("slough-2017", slough, .agencyRate, "2017", 32, sloughQuote),
    figure("vacancy", trust, .vacancyRate, "2021-09", 27.7, vacancyQuote),
    figure("region-vacancy", "West Midlands", .vacancyRate, "2021-09", 18.2, vacancyQuote),
    figure("turnover-2021", trust, .turnoverRate, "2021-09", 25.7, turnoverQuote),
    figure("turnover-2020", trust, .turnoverRate, "2020-09", 14.9, turnoverQuote),
    figure("councils", "England", .councilsRunByTrusts, "2025-01", 10, councilsQuote),
    figure("council-count", "England", .councilCount, "2025-01", 153, councilsQuote),
  ]

  static func report(_ figures: [Figure], detailed: Bool = true) throws -> CheckReport {
    let dataset = Dataset(
      figures: figures, entities: entities, trusts: [], sources: [], articles: [],
      sourceTexts: [source: text], workforce: WorkforceStatistics(records: []),
      neighbours: StatisticalNeighbours(neighboursByCode: [:]))
    return try SourceChecker(dataset: dataset, claims: []).check([.values], detailed: detailed)
  }

  static func result(_ id: String, in report: CheckReport) throws -> CheckResult {
    try #require(report.results.first { $0.subject == id })
  }

  @Test func theFiguresAsGivenAreBound() throws {
    let report = try Self.report(Self.figures)
    for id in ["slough-2015", "slough-2017", "vacancy", "region-vacancy", "turnover-2021"] {
      let result = try Self.result(id, in: report)
      #expect(result.status == .verified, "\(id): \(result.detail)")
      #expect(result.detail.contains("bound: "), "\(id): \(result.detail)")
    }
    let before = try Self.result("turnover-2020", in: report)
    #expect(before.status == .verified)
    #expect(before.detail.contains("2020-09 by “the year before”"))
  }

  /// Swapping the two values of each quote: every swapped figure fails, and the detail names
  /// the number the quote gives that figure's period or body.
  @Test(arguments: [
    ("slough-2015", "slough-2017", "the quote gives 52% for 2015"),
    ("slough-2017", "slough-2015", "the quote gives 32% for 2017"),
    ("vacancy", "region-vacancy", "the quote gives 27.7% for 2021-09, a body other than West"),
    ("region-vacancy", "vacancy", "the quote gives 18.2% for 2021-09, West Midlands"),
    ("turnover-2021", "turnover-2020", "the quote gives 25.7% for 2021-09"),
    ("turnover-2020", "turnover-2021", "the quote gives 14.9% for 2020-09"),
  ])
  func aSwappedValueIsAMismatchNamingTheBoundNumber(
    id: String, swappedWith other: String, named: String
  ) throws {
    var figures = Self.figures
    let first = try #require(figures.firstIndex { $0.id == id })
    let second = try #require(figures.firstIndex { $0.id == other })
    (figures[first].value, figures[second].value) = (figures[second].value, figures[first].value)
    let report = try Self.report(figures)
    let result = try Self.result(id, in: report)
    #expect(result.status == .mismatch)
    #expect(result.detail.contains(named), "\(result.detail)")
    #expect(report.fails(strict: false))
    // The status alone, without details, is the same.
    #expect(try Self.result(id, in: try Self.report(figures, detailed: false)).status == .mismatch)
  }

  @Test func aValueWhoseBindingCannotBeReadIsVerifiedUnbound() throws {
    let report = try Self.report(Self.figures)
    for id in ["councils", "council-count"] {
      let result = try Self.result(id, in: report)
      #expect(result.status == .verifiedUnbound, "\(result.detail)")
      #expect(result.detail.contains("cannot be read"))
    }
    #expect(report.hasUnboundValues)
    // Not a failure, except under --strict.
    #expect(!report.fails(strict: false))
    #expect(report.fails(strict: true))
    #expect(report.statusByFigure["councils"] == .verifiedUnbound)
  }

  @Test func aSingleNumberDatedOtherwiseIsAMismatch() throws {
    let figure = Self.figure(
      "wrong-year", Self.slough, .agencyRate, "2016", 52, "falling from 52% in 2015")
    let result = try Self.result("wrong-year", in: try Self.report([figure]))
    #expect(result.status == .mismatch)
    #expect(
      result.detail.contains(
        "the quote gives “52%” for 2015, not for Slough Children's Services Trust in 2016"))
  }

  @Test func theWorstStatusPutsUnboundBetweenUnverifiableAndVerified() {
    #expect(CheckStatus.verifiedUnbound.rawValue == "verified_unbound")
    #expect(CheckStatus.verifiedUnbound.label == "verified unbound")
    #expect(!CheckStatus.verifiedUnbound.isFailure)
    #expect(CheckStatus.verifiedUnbound.isStrictFailure)
    let report = CheckReport(results: [
      CheckResult(
        scope: .values, subject: "a", kind: "value", status: .verifiedUnbound, detail: "",
        source: ""),
      CheckResult(
        scope: .quotes, subject: "a", kind: "quote", status: .verified, detail: "", source: ""),
      CheckResult(
        scope: .values, subject: "b", kind: "value", status: .verifiedUnbound, detail: "",
        source: ""),
      CheckResult(
        scope: .official, subject: "b", kind: "official", status: .unverifiable, detail: "",
        source: ""),
    ])
    #expect(report.statusByFigure == ["a": .verifiedUnbound, "b": .unverifiable])
  }
}
