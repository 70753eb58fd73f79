import Testing
import TrustMetricsCore

@testable import TrustMetricsData

@Suite struct NeighbourParserTests {
  /// Authorities 301–311 and the merged row 940 / 941, one year each.
  static let workforce = WorkforceStatistics(
    records: (301...311).map { code in
      WorkforceRecord(
        year: 2025, level: .localAuthority, regionName: "London", laCode: String(code),
        name: "Authority \(code)", values: [:], line: code - 299)
    } + [
      WorkforceRecord(
        year: 2025, level: .localAuthority, regionName: "East Midlands", laCode: "940 / 941",
        name: "North Northamptonshire / West Northamptonshire", values: [:], line: 13)
    ])

  static func load(_ name: String) throws -> StatisticalNeighbours {
    try NeighbourParser.parse(
      bytes: try TestFiles.fixture(name), file: name, workforce: workforce)
  }

  @Test func readsAFileWithAByteOrderMarkAndCRLF() throws {
    let model = try Self.load("neighbours.csv")
    #expect(model.neighboursByCode.count == 2)
    #expect(model.neighbours(of: "301") == (302...311).map(String.init))
  }

  @Test func findsTheNeighboursOfAMergedCodeThroughItsMembers() throws {
    let model = try Self.load("neighbours.csv")
    #expect(model.neighbours(of: "940 / 941") == (301...310).map(String.init))
    #expect(model.neighbours(of: "999").isEmpty)
  }

  @Test func rejectsANeighbourCodeNotInTheStatistics() {
    #expect(
      throws: DatasetError.invalidField(
        file: "neighbours-unknown-code.csv", line: 3, field: "SN_3", value: "999",
        expected: "an authority code present in the workforce indicators")
    ) {
      try Self.load("neighbours-unknown-code.csv")
    }
  }

  @Test func rejectsAnAuthorityCodeNotInTheStatistics() {
    let text =
      "old_la_code,la_name," + NeighbourParser.neighbourColumns.joined(separator: ",")
      + "\n999,Nowhere," + (301...310).map(String.init).joined(separator: ",") + "\n"
    #expect(
      throws: DatasetError.invalidField(
        file: "n.csv", line: 2, field: "old_la_code", value: "999",
        expected: "an authority code present in the workforce indicators")
    ) {
      try NeighbourParser.parse(bytes: text.bytes, file: "n.csv", workforce: Self.workforce)
    }
  }

  @Test func rejectsAMissingNeighbourColumn() {
    let text =
      "old_la_code,la_name," + NeighbourParser.neighbourColumns.dropLast().joined(separator: ",")
    #expect(
      throws: DatasetError.missingColumn(
        file: "n.csv", column: "SN_10",
        expected: "columns old_la_code,la_name,"
          + NeighbourParser.neighbourColumns.joined(separator: ","))
    ) {
      try NeighbourParser.parse(bytes: text.bytes, file: "n.csv", workforce: Self.workforce)
    }
  }
}
