import Foundation
import Testing
import TrustMetricsCore

@testable import TrustMetricsData

/// The reporting-year-2022 release of DfE's workforce statistics, in its older layout.
@Suite struct HeadlineMeasuresParserTests {
  static func load(_ name: String) throws -> WorkforceStatistics {
    try HeadlineMeasuresParser.parse(bytes: try TestFiles.fixture(name), file: name)
  }

  /// Values copied from the fixture's rows (lines 2–5 of `headline-measures.csv`).
  @Test func readsTheOlderColumnsIntoTheIndicators() throws {
    let statistics = try Self.load("headline-measures.csv")
    #expect(statistics.records.count == 4)
    #expect(statistics.years == [2019, 2021, 2022])
    let england = try #require(statistics.england(year: 2022))
    #expect(england[.agencyRateFTE] == .number(17.6))
    #expect(england[.turnoverRateFTE] == .number(17.1))
    #expect(england[.vacancyRateFTE] == .number(20))
    #expect(england[.caseloadFTE] == .number(16.6))
    #expect(england[.inPostFTE] == .number(31634.1))
    let sandwell = try #require(statistics.authority(code: "333", year: 2019))
    #expect(sandwell.line == 4)
    #expect(sandwell[.turnoverRateFTE] == .number(24.3))
    #expect(sandwell[.turnoverRateHeadcount] == .number(24))
    // The older layout publishes no starters: not available, never zero.
    #expect(sandwell[.startersFTE] == .suppressed(.notAvailable))
    let kensington = try #require(statistics.authority(code: "207", year: 2022))
    #expect(kensington[.agencyRateFTE] == .suppressed(.notAvailable))
    #expect(kensington[.vacancyRateFTE] == .number(4.4))
  }

  @Test func rejectsAnUnknownMarkerNamingItsLineAndColumn() {
    #expect(
      throws: DatasetError.invalidField(
        file: "headline-measures-unknown-marker.csv", line: 3, field: "vacancy_rate_fte_%",
        value: "n/a", expected: "a number or a DfE marker (x, z, u, c, low, :)")
    ) {
      try Self.load("headline-measures-unknown-marker.csv")
    }
  }

  @Test func rejectsAMissingColumn() throws {
    let text = String(decoding: try TestFiles.fixture("headline-measures.csv"), as: UTF8.self)
      .replacingOccurrences(of: ",caseload_fte,", with: ",caseloads,")
    #expect {
      try HeadlineMeasuresParser.parse(bytes: text.bytes, file: "renamed.csv")
    } throws: { error in
      (error as? DatasetError)?.description.hasPrefix(
        "renamed.csv:1: unexpected header (column 25 is \"caseloads\")") == true
    }
  }

  @Test func theBundledReleaseIsLoadedBesideTheCurrentOne() throws {
    let dataset = try BundledDataset.dataset()
    let earlier = try #require(dataset.earlierWorkforceReleases.first)
    #expect(dataset.earlierWorkforceReleases.count == 1)
    #expect(earlier.reportingYear == 2022)
    #expect(earlier.file == DatasetLoader.earlierWorkforceFile)
    #expect(earlier.published == PartialDate(year: 2023, month: 2))
    // 978 data lines in the file, 2017–2022.
    #expect(earlier.statistics.records.count == 978)
    #expect(earlier.statistics.years == Array(2017...2022))
    #expect(dataset.workforceReleases.map(\.reportingYear) == [2025, 2022])
    #expect(dataset.workforceReleases.first?.file == DatasetLoader.workforceFile)
  }

  /// DfE's README (shared/data/dfe): 237 of the 3,864 headline values for 2017–2022 (agency,
  /// vacancy and turnover rates and caseload, FTE, of the 966 areas and years in both files)
  /// differ between this release and the 2025 one.
  @Test func twoHundredAndThirtySevenHeadlineValuesWereRevised() throws {
    let dataset = try BundledDataset.dataset()
    let current = dataset.workforce
    let earlier = try #require(dataset.earlierWorkforceReleases.first).statistics
    let headline: [WorkforceIndicator] = [
      .agencyRateFTE, .vacancyRateFTE, .turnoverRateFTE, .caseloadFTE,
    ]
    var compared = 0
    var revised = 0
    for record in earlier.records {
      let counterpart: WorkforceRecord?
      switch record.level {
      case .national: counterpart = current.england(year: record.year)
      case .regional: counterpart = current.region(named: record.regionName, year: record.year)
      case .localAuthority:
        // Only the same code: 940 and 941 are one row ("940 / 941") in the current release.
        counterpart = current.records.first {
          $0.level == .localAuthority && $0.laCode == record.laCode && $0.year == record.year
        }
      }
      guard let counterpart else { continue }
      for indicator in headline {
        compared += 1
        if record[indicator] != counterpart[indicator] { revised += 1 }
      }
    }
    #expect(compared == 3864)
    #expect(revised == 237)
  }
}
