import Foundation
import SourceCheck
import Testing
import TrustMetricsCore

@Suite struct SourceCheckerTests {
  func result(_ id: String, _ scope: CheckScope, in report: CheckReport) throws -> CheckResult {
    try #require(report.results.first { $0.subject == id && $0.scope == scope })
  }

  @Test func everyQuoteIsFoundWithItsLineAndColumn() throws {
    let report = try SourceChecker(dataset: CheckFixtures.dataset(), claims: []).check([.quotes])
    #expect(report.results.count == CheckFixtures.figures.count)
    #expect(report.results.allSatisfy { $0.status == .verified })
    let locum = try result("locum", .quotes, in: report)
    // Line 3, after "As of September 2021, " (22 characters).
    #expect(locum.position == TextPosition(line: 3, column: 23))
  }

  @Test func aQuoteWithStraightApostrophesIsNotFoundButItsPassageIsShown() throws {
    var figures = CheckFixtures.figures
    figures[0].provenance.quote = "31.5% of children's social workers were locums"
    let report = try SourceChecker(dataset: CheckFixtures.dataset(figures: figures), claims: [])
      .check([.quotes])
    let locum = try result("locum", .quotes, in: report)
    #expect(locum.status == .notFound)
    #expect(locum.position == TextPosition(line: 3, column: 23))
    #expect(locum.detail.contains("different typography"))
    #expect(locum.detail.contains("“31.5% of children’s social workers were locums”"))
    #expect(report.fails(strict: false))
  }

  @Test func aMistypedQuoteShowsTheClosestPassage() throws {
    var figures = CheckFixtures.figures
    figures[4].provenance.quote = "The trust overspent by £7.5m in 2022-23."
    let report = try SourceChecker(dataset: CheckFixtures.dataset(figures: figures), claims: [])
      .check([.quotes])
    let overspend = try result("overspend", .quotes, in: report)
    #expect(overspend.status == .notFound)
    #expect(overspend.position?.line == 4)
    #expect(overspend.detail.contains("closest passage"))
  }

  @Test func valuesAreReadAsWritten() throws {
    let report = try SourceChecker(dataset: CheckFixtures.dataset(), claims: []).check([.values])
    #expect(report.results.allSatisfy { $0.status == .verified })
    #expect(
      try result("overspend", .values, in: report).detail.hasPrefix("“£7.6m” reads £7,600,000"))
    #expect(try result("contract", .values, in: report).detail.hasPrefix("“seven-year” reads 7"))
  }

  @Test func aValueTheQuoteDoesNotStateIsAMismatch() throws {
    var figures = CheckFixtures.figures
    figures[2].value = 27.5
    let report = try SourceChecker(dataset: CheckFixtures.dataset(figures: figures), claims: [])
      .check([.values])
    let turnover = try result("turnover-2021", .values, in: report)
    #expect(turnover.status == .mismatch)
    #expect(turnover.detail.contains("none reads 27.5%"))
  }

  @Test func aPercentIsNotReadAsPounds() throws {
    var figures = CheckFixtures.figures
    figures[4].provenance.quote = "31.5% of children’s social workers were locums"
    figures[4].value = 31.5
    let report = try SourceChecker(dataset: CheckFixtures.dataset(figures: figures), claims: [])
      .check([.values])
    #expect(try result("overspend", .values, in: report).status == .mismatch)
  }

  static func claim(
    _ kind: ClaimKind, _ ids: [String], _ expected: Claim.Expectation, _ rule: ToleranceRule,
    quote: String = "double the West Midlands average"
  ) -> Claim {
    Claim(
      id: "claim", kind: kind, figureIDs: ids, expected: expected, rule: rule,
      provenance: Provenance(source: CheckFixtures.source, quote: quote))
  }

  @Test func doubleIsARatioBetweenOnePointNineAndTwoPointOne() throws {
    let claim = Self.claim(.ratio, ["locum", "region-locum"], .value(2), .double)
    let report = try SourceChecker(dataset: CheckFixtures.dataset(), claims: [claim])
      .check([.claims])
    let result = try result("claim", .claims, in: report)
    #expect(result.status == .verified)
    #expect(result.detail.hasPrefix("31.5 ÷ 16.1 = 1.957"))
  }

  @Test func doubleNeverStretchesToAnotherExpectation() throws {
    let claim = Self.claim(.ratio, ["locum", "region-locum"], .value(3), .double)
    let report = try SourceChecker(dataset: CheckFixtures.dataset(), claims: [claim])
      .check([.claims])
    #expect(try result("claim", .claims, in: report).status == .mismatch)
  }

  @Test func aChangeMustGoTheWayItsWordSays() throws {
    let up = Self.claim(.change, ["turnover-2020", "turnover-2021"], .direction(.up), .up)
    let report = try SourceChecker(dataset: CheckFixtures.dataset(), claims: [up])
      .check([.claims])
    #expect(try result("claim", .claims, in: report).status == .verified)
    let wrong = Self.claim(.change, ["turnover-2021", "turnover-2020"], .direction(.up), .up)
    let failed = try SourceChecker(dataset: CheckFixtures.dataset(), claims: [wrong])
      .check([.claims])
    #expect(try result("claim", .claims, in: failed).status == .mismatch)
  }

  @Test func aClaimWhoseQuoteIsMissingIsNotFound() throws {
    let claim = Self.claim(
      .ratio, ["locum", "region-locum"], .value(2), .double, quote: "treble the average")
    let report = try SourceChecker(dataset: CheckFixtures.dataset(), claims: [claim])
      .check([.claims])
    #expect(try result("claim", .claims, in: report).status == .notFound)
  }

  @Test func aClaimNamingAnUnknownFigureIsAnInputError() {
    let claim = Self.claim(.ratio, ["locum", "nowhere"], .value(2), .double)
    #expect(throws: CheckError.unknownFigure(claim: "claim", figure: "nowhere")) {
      try SourceChecker(dataset: CheckFixtures.dataset(), claims: [claim]).check()
    }
  }

  @Test func reconciliationClassesEachWorkforceFigure() throws {
    var figures = CheckFixtures.figures
    figures.append(
      CheckFixtures.figure(
        "locum-rounded", .agencyRate, "2021-09", 32, "31.5% of children’s social workers"))
    figures.append(
      CheckFixtures.figure("locum-wrong", .agencyRate, "2021-09", 40, "31.5% of children’s"))
    let report = try SourceChecker(dataset: CheckFixtures.dataset(figures: figures), claims: [])
      .check([.official])
    #expect(try result("locum", .official, in: report).detail.hasPrefix("agrees exactly"))
    #expect(try result("region-locum", .official, in: report).detail.hasPrefix("agrees exactly"))
    #expect(
      try result("locum-rounded", .official, in: report).detail.hasPrefix(
        "agrees within the source's rounding"))
    let other = try result("turnover-2020", .official, in: report)
    #expect(other.status == .verified)
    #expect(other.detail.hasPrefix("agrees on the other basis"))
    let wrong = try result("locum-wrong", .official, in: report)
    #expect(wrong.status == .disagreesWithOfficial)
    #expect(wrong.detail.contains("difference -8.5"))
    // Money is not a workforce measure: not reconciled at all.
    #expect(report.results.allSatisfy { $0.subject != "overspend" })
    #expect(!report.fails(strict: false))
    #expect(report.fails(strict: true))
  }

  @Test func aCensusOutsideTheSeriesHasNoCounterpart() throws {
    let figures = [
      CheckFixtures.figure("old", .agencyRate, "2015", 52, "31.5% of children’s social workers")
    ]
    let report = try SourceChecker(dataset: CheckFixtures.dataset(figures: figures), claims: [])
      .check([.official])
    let old = try result("old", .official, in: report)
    #expect(old.status == .unverifiable)
    #expect(old.detail.contains("no counterpart"))
  }

  @Test func countsListEveryStatus() throws {
    let report = try SourceChecker(dataset: CheckFixtures.dataset(), claims: []).check()
    #expect(report.counts.map(\.status) == CheckStatus.allCases)
    #expect(report.counts.reduce(0) { $0 + $1.count } == report.results.count)
  }

  @Test func twoHundredThousandQuotesAreCheckedQuickly() throws {
    var figures: [Figure] = []
    let base = CheckFixtures.figures
    for index in 0..<20_000 {
      for figure in base.prefix(5) {
        var copy = figure
        copy.id = "\(figure.id)-\(index)"
        figures.append(copy)
      }
    }
    let start = Date()
    let report = try SourceChecker(dataset: CheckFixtures.dataset(figures: figures), claims: [])
      .check([.quotes])
    #expect(report.results.count == 100_000)
    #expect(!report.hasFailures)
    #expect(Date().timeIntervalSince(start) < 20)
  }
}
