import Testing
import TrustMetricsCore

@testable import TrustMetricsData

@Suite struct WorkforceParserTests {
  static let expectedColumns =
    "DfE's columns: "
    + (WorkforceParser.identifyingColumns
    + WorkforceIndicator.allCases.map(\.rawValue)).joined(separator: ",")

  static func load(_ name: String) throws -> WorkforceStatistics {
    try WorkforceParser.parse(bytes: try TestFiles.fixture(name), file: name)
  }

  @Test func readsEveryLevelOfRow() throws {
    let statistics = try Self.load("workforce.csv")
    #expect(statistics.records.count == 4)
    #expect(statistics.years == [2025])
    let england = try #require(statistics.england(year: 2025))
    #expect(england.name == "England")
    #expect(england[.agencyRateFTE] == .number(13))
    #expect(england[.caseloadFTE] == .number(15.2))
    #expect(england.line == 2)
    let region = try #require(statistics.region(named: "Inner London", year: 2025))
    #expect(region.level == .regional)
    #expect(region[.inPostFTE] == .number(100.5))
    let slough = try #require(statistics.authority(code: "871", year: 2025))
    #expect(slough.name == "Slough")
    #expect(slough.regionName == "South East")
    #expect(slough.line == 4)
  }

  @Test(arguments: [
    (WorkforceIndicator.agencyRateFTE, SuppressionMarker.notAvailable),
    (.vacancyRateFTE, .notApplicable),
    (.turnoverRateFTE, .lowReliability),
    (.caseloadFTE, .confidential),
    (.agencyCoverRateFTE, .belowPublishable),
    (.absenceRateFTE, .missing),
  ])
  func typesEachMarkerAndNeverReadsItAsZero(
    indicator: WorkforceIndicator, marker: SuppressionMarker
  ) throws {
    let slough = try #require(try Self.load("workforce.csv").authority(code: "871", year: 2025))
    #expect(slough[indicator] == .suppressed(marker))
    #expect(slough[indicator].number == nil)
    #expect(slough[indicator].marker == marker)
  }

  @Test func keepsAPublishedZeroAsANumber() throws {
    let slough = try #require(try Self.load("workforce.csv").authority(code: "871", year: 2025))
    #expect(slough[.startersHeadcount] == .number(0))
    #expect(slough[.startersFTE] == .number(12))
  }

  @Test func readsColumnsInAnyOrderByName() throws {
    let ordered = try Self.load("workforce.csv")
    let reordered = try Self.load("workforce-reordered.csv")
    #expect(reordered.records == ordered.records)
  }

  @Test func rejectsAnUnknownColumn() {
    #expect(
      throws: DatasetError.unexpectedColumn(
        file: "workforce-unknown-column.csv", position: 33, name: "agency_rate_fte_revised",
        expected: Self.expectedColumns)
    ) {
      try Self.load("workforce-unknown-column.csv")
    }
  }

  @Test func rejectsAMissingColumn() {
    #expect(
      throws: DatasetError.missingColumn(
        file: "workforce-missing-column.csv", column: "absence_rate_fte",
        expected: Self.expectedColumns)
    ) {
      try Self.load("workforce-missing-column.csv")
    }
  }

  @Test func rejectsARepeatedColumn() {
    let header = (WorkforceParser.identifyingColumns + ["time_period"]).joined(separator: ",")
    #expect(
      throws: DatasetError.unexpectedColumn(
        file: "w.csv", position: 11, name: "time_period", expected: Self.expectedColumns)
    ) {
      try WorkforceParser.parse(bytes: (header + "\n").bytes, file: "w.csv")
    }
  }

  @Test func rejectsAnUnknownMarkerNamingItsColumn() {
    #expect(
      throws: DatasetError.invalidField(
        file: "workforce-unknown-marker.csv", line: 4, field: "vacancy_rate_fte", value: "n/a",
        expected: "a number or a DfE marker (x, z, u, c, low, :)")
    ) {
      try Self.load("workforce-unknown-marker.csv")
    }
  }

  @Test func rejectsAnAuthorityGivenTwiceForOneYear() {
    #expect(
      throws: DatasetError.duplicate(
        file: "workforce-duplicate.csv", line: 5, field: "area and year", value: "Slough 2025",
        firstLine: 3)
    ) {
      try Self.load("workforce-duplicate.csv")
    }
  }

  @Test func resolvesEachMemberOfAMergedRow() throws {
    let statistics = try Self.load("workforce.csv")
    #expect(statistics.resolvedCode("940") == "940 / 941")
    #expect(statistics.resolvedCode("941") == "940 / 941")
    #expect(statistics.resolvedCode("940 / 941") == "940 / 941")
    #expect(statistics.resolvedCode("942") == nil)
    #expect(statistics.authority(code: "941", year: 2025)?.memberCodes == ["940", "941"])
    #expect(
      statistics.name(ofCode: "940") == "North Northamptonshire / West Northamptonshire")
  }

  @Test(arguments: [
    ("Inner London", "London"), ("Outer London", "London"), ("London", "London"),
    ("West Midlands", "West Midlands"),
  ])
  func comparesLondonBoroughsWithLondon(region: String, comparator: String) {
    #expect(WorkforceStatistics.comparatorRegion(of: region) == comparator)
  }

  @Test func rejectsAFileWithAHeaderOnly() throws {
    let header = try TestFiles.fixture("workforce.csv").split(separator: UInt8(ascii: "\n"))[0]
    #expect(
      throws: DatasetError.empty(file: "w.csv", expected: "at least one row of data")
    ) {
      try WorkforceParser.parse(bytes: header, file: "w.csv")
    }
  }
}
