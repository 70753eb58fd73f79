import Foundation
import SourceCheck
import Testing
import TrustMetricsCore

/// `statusByFigure` and `figureStatuses` of a report made by the check (read through where each
/// figure's results stand) against one pass over the results, as the status was first computed.
@Suite struct CheckReportTests {
  /// The worst status of each subject, as the first version computed it.
  static func reference(_ results: [CheckResult]) -> [String: CheckStatus] {
    let order: [CheckStatus] = [
      .notFound, .mismatch, .disagreesWithOfficial, .unverifiable, .verifiedUnbound,
    ]
    var worst: [String: CheckStatus] = [:]
    for result in results where result.scope != .claims {
      let current = worst[result.subject] ?? .verified
      let rank = { (status: CheckStatus) in order.firstIndex(of: status) ?? order.count }
      if rank(result.status) < rank(current) { worst[result.subject] = result.status }
      if worst[result.subject] == nil { worst[result.subject] = current }
    }
    return worst
  }

  /// The fixture figures with a wrong quote, a wrong value, a region, a figure with no DfE row,
  /// and a repeated id.
  static let figures: [Figure] = {
    var figures = CheckFixtures.figures
    figures[0].provenance.quote = "31.5% of children's social workers were locums"
    figures[2].value = 27.5
    figures.append(
      CheckFixtures.figure("locum", .agencyRate, "2019-09", 31.5, "turnover had been 25.7%"))
    figures.append(
      CheckFixtures.figure(
        "nowhere", entity: "Nowhere", .vacancyRate, "2021-09", 3, "turnover had been 25.7%"))
    return figures
  }()

  static let scopes: [Set<CheckScope>] = [
    Set(CheckScope.allCases), [.quotes, .values, .official], [.quotes], [.values], [.official],
    [.values, .official], [.claims], [],
  ]

  @Test(arguments: scopes) func statusesAreTheWorstResultOfEachFigure(scopes: Set<CheckScope>)
    throws
  {
    let report = try SourceChecker(
      dataset: CheckFixtures.dataset(figures: Self.figures), claims: []
    )
    .check(scopes)
    let expected = Self.reference(report.results)
    #expect(report.statusByFigure == expected)
    #expect(CheckReport(results: report.results).statusByFigure == expected)
    let statuses = try #require(report.figureStatuses)
    #expect(statuses.count == Self.figures.count)
    for (figure, status) in zip(Self.figures, statuses) where figure.id != "locum" {
      #expect(status == expected[figure.id], "\(figure.id)")
    }
  }

  /// The workbook's labels: the worst of the quote, value and official results, claims left out.
  @Test func figureStatusLabelsAreTheWorstOfQuoteValueAndOfficial() throws {
    let checker = SourceChecker(
      dataset: CheckFixtures.dataset(figures: Self.figures), claims: [])
    let results = try checker.check([.quotes, .values, .official]).results
    let labels = try checker.figureStatusLabels()
    let reference = Self.reference(results)
    #expect(labels.count == Self.figures.count)
    // One label per figure, in order; the repeated id "locum" is worst-of-both by id, so each
    // of its two figures keeps its own label instead.
    for (figure, label) in zip(Self.figures, labels) where figure.id != "locum" {
      #expect(label == reference[figure.id]?.label, "\(figure.id)")
    }
    let locums = zip(Self.figures, labels).filter { $0.0.id == "locum" }.map(\.1)
    #expect(locums.count == 2)
    #expect(locums.contains(reference["locum"]?.label))
    // The first figure's quote was changed to words its source never says.
    #expect(labels.first == CheckStatus.notFound.label)
  }

  /// Without details the check gives the same results, status for status, with nothing said.
  @Test(arguments: scopes) func undetailedCheckGivesTheSameStatuses(scopes: Set<CheckScope>)
    throws
  {
    let checker = SourceChecker(
      dataset: CheckFixtures.dataset(figures: Self.figures), claims: [])
    let detailed = try checker.check(scopes).results
    let undetailed = try checker.check(scopes, detailed: false).results
    #expect(undetailed.count == detailed.count)
    for (plain, full) in zip(undetailed, detailed) {
      #expect(plain.subject == full.subject && plain.scope == full.scope && plain.kind == full.kind)
      #expect(plain.status == full.status, "\(full.subject) \(full.kind): \(full.detail)")
      if full.scope != .claims { #expect(plain.detail.isEmpty) }
    }
    if scopes == [.quotes, .values, .official] {
      // The fixture reaches every status but a claim's.
      #expect(
        Set(detailed.map(\.status))
          == [.verified, .notFound, .mismatch, .unverifiable, .disagreesWithOfficial])
    }
  }

  @Test func changedResultsAreReadAgain() throws {
    var report = try SourceChecker(dataset: CheckFixtures.dataset(), claims: [])
      .check([.quotes, .values])
    #expect(report.statusByFigure["contract"] == .verified)
    report.results[5].status = .mismatch
    #expect(report.statusByFigure["contract"] == .mismatch)
    #expect(report.statusByFigure == Self.reference(report.results))
    #expect(report.figureStatuses == nil)
    #expect(CheckReport(results: report.results).figureStatuses == nil)
  }

  @Test func countsListEveryStatus() throws {
    let report = try SourceChecker(
      dataset: CheckFixtures.dataset(figures: Self.figures), claims: []
    )
    .check()
    #expect(report.counts.map(\.status) == CheckStatus.allCases)
    for (status, count) in report.counts {
      #expect(count == report.results.filter { $0.status == status }.count)
    }
  }
}
