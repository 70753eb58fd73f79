import Foundation
import Testing
import TrustMetricsCore
import TrustMetricsData

/// DfE's official indicators, read from the package's `datasets/official/` with the project's
/// parsers.
private enum OfficialFiles {
  /// The package root: three levels up from this file (`Tests/TrustMetricsDataTests/…`).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func bytes(_ name: String) throws -> [UInt8] {
    let url = packageRoot.appendingPathComponent("datasets/official").appendingPathComponent(name)
    return [UInt8](try Data(contentsOf: url))
  }

  static let statistics = Result { () throws -> WorkforceStatistics in
    try WorkforceParser.parse(
      bytes: try bytes("csww_indicators_2017_to_2025.csv"),
      file: "csww_indicators_2017_to_2025.csv")
  }
}

/// One row of `Fixtures/published_rate_exceptions.csv`: a published rate that disagrees with the
/// rate recomputed from the same row's counts by more than 0.1.
private struct PublishedRateException: Hashable {
  var key: String
  var published: Double
  var recomputed: Double
  var reason: String

  static func key(year: Int, area: String, laCode: String, measure: String) -> String {
    "\(year)|\(area)|\(laCode)|\(measure)"
  }

  /// Reads the fixture: six plain fields, then the reason, quoted.
  static func load() throws -> [PublishedRateException] {
    let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let text = try String(
      contentsOf: directory.appendingPathComponent("published_rate_exceptions.csv"),
      encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline)
    try #require(
      lines.first == "year,area,la_code,measure,published,recomputed,reason")
    return try lines.dropFirst().map { line in
      let fields = line.split(separator: ",", maxSplits: 6, omittingEmptySubsequences: false)
      try #require(fields.count == 7, "\(line)")
      let year = try #require(Int(fields[0]))
      let published = try #require(Double(fields[4]))
      let recomputed = try #require(Double(fields[5]))
      var reason = String(fields[6])
      if reason.hasPrefix("\""), reason.hasSuffix("\""), reason.count >= 2 {
        reason = String(reason.dropFirst().dropLast())
      }
      return PublishedRateException(
        key: key(
          year: year, area: String(fields[1]), laCode: String(fields[2]),
          measure: String(fields[3])),
        published: published, recomputed: recomputed, reason: reason)
    }
  }
}

/// Recomputing every published FTE rate from the counts in the same row of DfE's file agrees
/// with the published rate within 0.1 (rates are published to one decimal place), except for the
/// rows listed, with their reasons, in `Fixtures/published_rate_exceptions.csv`.
@Suite struct PublishedRatesTests {
  /// The largest |published − recomputed| accepted without an entry in the exceptions list.
  static let tolerance = 0.1

  /// One decimal place, as DfE prints rates.
  static func oneDecimal(_ value: Double) -> Double { (value * 10).rounded() / 10 }

  struct MeasureTally: Sendable, CustomStringConvertible {
    var measure: OfficialMeasure
    /// Rows whose published value and recomputation are both numbers.
    var compared: Int
    /// Rows whose published value is a marker (skipped).
    var publishedSuppressed: Int
    /// Rows with a published number but no recomputation (a suppressed count or a zero
    /// denominator; skipped).
    var notRecomputable: Int
    var description: String { measure.rawValue }
  }

  // Counted from the file with a separate python3 script: 1463 rows × 4 measures = 5852 cells,
  // of which 31 are published as markers; whenever a rate is published its counts are too.
  @Test(arguments: [
    MeasureTally(measure: .agency, compared: 1449, publishedSuppressed: 14, notRecomputable: 0),
    MeasureTally(measure: .vacancy, compared: 1461, publishedSuppressed: 2, notRecomputable: 0),
    MeasureTally(measure: .turnover, compared: 1453, publishedSuppressed: 10, notRecomputable: 0),
    MeasureTally(measure: .caseload, compared: 1458, publishedSuppressed: 5, notRecomputable: 0),
  ])
  func recomputedRatesMatchThePublishedOnesExceptTheListedExceptions(expected: MeasureTally)
    throws
  {
    let statistics = try OfficialFiles.statistics.get()
    let measure = expected.measure
    let listed = try PublishedRateException.load().filter {
      $0.key.hasSuffix("|\(measure.rawValue)")
    }
    var tally = MeasureTally(
      measure: measure, compared: 0, publishedSuppressed: 0, notRecomputable: 0)
    var disagreements: [String: (published: Double, recomputed: Double)] = [:]
    for record in statistics.records {
      guard let published = WorkforceRates.publishedValue(of: measure, in: record).number else {
        tally.publishedSuppressed += 1
        continue
      }
      guard let recomputed = WorkforceRates.recomputedRate(of: measure, in: record) else {
        tally.notRecomputable += 1
        continue
      }
      tally.compared += 1
      if abs(published - recomputed) > Self.tolerance {
        let key = PublishedRateException.key(
          year: record.year, area: record.name, laCode: record.laCode, measure: measure.rawValue)
        disagreements[key] = (published, recomputed)
      }
    }
    #expect(tally.compared == expected.compared)
    #expect(tally.publishedSuppressed == expected.publishedSuppressed)
    #expect(tally.notRecomputable == expected.notRecomputable)
    #expect(tally.compared + tally.publishedSuppressed + tally.notRecomputable == 1463)

    // No more, no fewer disagreements than listed.
    #expect(Set(disagreements.keys) == Set(listed.map(\.key)))
    for exception in listed {
      let found = try #require(disagreements[exception.key], "\(exception.key) agrees now")
      #expect(found.published == exception.published, "\(exception.key)")
      #expect(
        abs(Self.oneDecimal(found.recomputed) - exception.recomputed) < 1e-9,
        "\(exception.key): recomputed \(found.recomputed)")
    }
  }

  @Test func everyListedExceptionIsUniqueAndExplained() throws {
    let listed = try PublishedRateException.load()
    #expect(listed.count == 10)
    #expect(Set(listed.map(\.key)).count == listed.count)
    for exception in listed {
      #expect(exception.reason.count > 40, "\(exception.key) needs a specific reason")
      // The fixture's figures are to one decimal place, so they differ by at least 0.1.
      #expect(abs(exception.published - exception.recomputed) > 0.1 - 1e-9, "\(exception.key)")
    }
  }

  // England 2025: 5415.9 / (5415.9 + 36186.3) = 13.02; 4276.3 / 36186.3 = 11.82;
  // 5965.4 / (5965.4 + 36186.3) = 14.15; 321661 / 21105.4 = 15.24.
  @Test(arguments: [
    (OfficialMeasure.agency, 13.0), (.turnover, 11.8), (.vacancy, 14.2), (.caseload, 15.2),
  ])
  func englandIn2025RecomputesToThePublishedRates(measure: OfficialMeasure, published: Double)
    throws
  {
    let england = try #require(try OfficialFiles.statistics.get().england(year: 2025))
    let recomputed = try #require(WorkforceRates.recomputedRate(of: measure, in: england))
    #expect(abs(Self.oneDecimal(recomputed) - published) < 1e-9)
    #expect(WorkforceRates.publishedValue(of: measure, in: england) == .number(published))
  }
}
