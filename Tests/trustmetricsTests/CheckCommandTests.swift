import Foundation
import Testing

/// End-to-end runs of `trustmetrics check`: exit codes, the summary, JSON, broken inputs.
@Suite struct CheckCommandTests {
  @Test func theBundledDataPasses() throws {
    let result = try ToolRunner.run(["check"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("mismatch: 0, not found: 0"))
    #expect(result.standardOutput.contains("ok: every quote, value and claim holds"))
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
