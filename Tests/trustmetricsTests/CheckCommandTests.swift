import Foundation
import Testing

/// End-to-end runs of `trustmetrics check`: exit codes, the summary, JSON, broken inputs.
@Suite struct CheckCommandTests {
  @Test func theBundledDataPasses() throws {
    let result = try ToolRunner.run(["check"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("mismatch: 0, not found: 0"))
    #expect(result.standardOutput.contains("ok: every quote, value and claim holds"))
    // The values in quotes stating several numbers whose binding cannot be read: "10 of the 153
    // councils" (three quotes, six figures), "nine such companies, responsible for 12" (two) and
    // "from 60 per cent to 41 per cent since May" (two).
    #expect(result.standardOutput.contains("verified unbound: 10,"))
    #expect(result.standardOutput.contains("10 values verified unbound"))
  }

  /// Issue 15's three swaps, each in a scratch copy: the values of two figures quoting one
  /// passage exchanged.
  @Test(arguments: [
    (
      "slough-trust-agency-rate-2015,Slough Children's Services Trust,agency_rate,2015,52,",
      "slough-trust-agency-rate-2017,Slough Children's Services Trust,agency_rate,2017,32,",
      "52", "32", "the quote gives 52% for 2015"
    ),
    (
      "sandwell-vacancy-rate-2021-09,Sandwell Children's Trust,vacancy_rate,2021-09,27.7,",
      "west-midlands-vacancy-rate-2021-09,West Midlands,vacancy_rate,2021-09,18.2,",
      "27.7", "18.2", "the quote gives 27.7% for 2021-09, a body other than West Midlands"
    ),
    (
      "sandwell-turnover-2021-09,Sandwell Children's Trust,turnover_rate,2021-09,25.7,",
      "sandwell-turnover-2020-09,Sandwell Children's Trust,turnover_rate,2020-09,14.9,",
      "25.7", "14.9", "the quote gives 25.7% for 2021-09"
    ),
  ])
  func aSwapOfTwoValuesFailsNamingTheBoundNumber(
    first: String, second: String, firstValue: String, secondValue: String, named: String
  ) throws {
    let directory = try ToolRunner.scratchCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let figures = directory.appendingPathComponent("datasets/figures.csv")
    var text = try String(contentsOf: figures, encoding: .utf8)
    #expect(text.contains(first) && text.contains(second))
    func swapped(_ row: String, _ from: String, _ to: String) -> String {
      String(row.dropLast(from.count + 1)) + to + ","
    }
    text = text.replacingOccurrences(of: first, with: swapped(first, firstValue, secondValue))
    text = text.replacingOccurrences(of: second, with: swapped(second, secondValue, firstValue))
    try text.write(to: figures, atomically: true, encoding: .utf8)
    let result = try ToolRunner.run(["check", "--only", "values"], in: directory)
    #expect(result.status == 1)
    #expect(result.standardOutput.contains(named), "\(result.standardOutput)")
    #expect(result.standardOutput.contains("mismatch: 2,"))
  }

  @Test func strictFailsOnADisagreementWithDfE() throws {
    let result = try ToolRunner.run(["check", "--strict", "--only", "official"])
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("disagrees with official"))
  }

  @Test func jsonCarriesRowsAndCounts() throws {
    let result = try ToolRunner.run(["check", "--only", "claims", "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "trustmetrics.check/1")
    let rows = try #require(object["rows"] as? [[String: Any]])
    let double = try #require(
      rows.first { $0["id"] as? String == "sandwell-locum-rate-double-west-midlands-2021-09" })
    #expect(double["status"] as? String == "verified")
    #expect(double["line"] as? Int == 620)
    let counts = try #require(object["counts"] as? [String: Int])
    #expect(counts.values.reduce(0, +) == rows.count)
    #expect(counts["mismatch"] == 0)
    #expect(object["failed"] as? Bool == false)
  }

  @Test func aCorruptedCopyFails() throws {
    let directory = try ToolRunner.scratchCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let figures = directory.appendingPathComponent("datasets/figures.csv")
    var text = try String(contentsOf: figures, encoding: .utf8)
    // A straight apostrophe where the seed has a curly one, and a value the quote does not state.
    text = text.replacingOccurrences(
      of: "31.5% of children’s social workers", with: "31.5% of children's social workers")
    text = text.replacingOccurrences(of: ",942.01,FTE,", with: ",942.1,FTE,")
    try text.write(to: figures, atomically: true, encoding: .utf8)
    let result = try ToolRunner.run(["check"], in: directory)
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("different typography"))
    #expect(result.standardOutput.contains("none reads 942.1 FTE"))
    #expect(result.standardOutput.contains("FAILED"))
  }

  @Test func aMalformedClaimIsBadData() throws {
    let directory = try ToolRunner.scratchCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let claims = directory.appendingPathComponent("datasets/claims.csv")
    var text = try String(contentsOf: claims, encoding: .utf8)
    text += "broken,ratio,no-such-figure;other,2,double,003_bdf9a22eb4b3a7bb.txt,q\n"
    try text.write(to: claims, atomically: true, encoding: .utf8)
    let lines = text.split(separator: "\n").count
    let result = try ToolRunner.run(["check"], in: directory)
    #expect(result.status == 65)
    #expect(result.standardError.contains("claims.csv:\(lines): invalid figures"))
  }

  @Test func missingClaimsAreMissingInput() throws {
    let directory = try ToolRunner.scratchCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.removeItem(at: directory.appendingPathComponent("datasets/claims.csv"))
    #expect(try ToolRunner.run(["check"], in: directory).status == 66)
    // Checks that do not need claims still run.
    #expect(try ToolRunner.run(["check", "--only", "quotes"], in: directory).status == 0)
  }

  @Test func anUnknownScopeIsAUsageError() throws {
    let result = try ToolRunner.run(["check", "--only", "everything"])
    #expect(result.status == 64)
  }

  @Test func helpHasExamples() throws {
    let result = try ToolRunner.run(["check", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("trustmetrics check --only claims"))
  }
}
