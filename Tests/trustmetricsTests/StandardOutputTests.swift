import Foundation
import SourceCheck
import Testing
import TrustMetricsReports

@testable import trustmetrics

#if canImport(Glibc)
import Glibc
#endif

/// Standard output is streamed through a buffer: a failed write is exit 74 (with a message, but
/// none for a reader that went away), and the check's JSON is byte for byte what
/// `JSONSerialization` wrote before.
@Suite struct StandardOutputTests {
  @Test(arguments: [
    ["check"], ["check", "--format", "csv"], ["check", "--format", "json"], ["figures"],
    ["figures", "--format", "json"], ["compare", "--all-trusts"], ["report", "--width", "80"],
  ])
  func aFullDeviceIsAWriteFailure(arguments: [String]) throws {
    guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
      try Test.cancel("no /dev/full here")
    }
    let result = try Self.run(arguments, standardOutput: full)
    #expect(result.exitedNormally)
    #expect(result.status == 74)
    #expect(
      result.standardError
        == "trustmetrics: cannot write to standard output: No space left on device\n")
  }

  @Test(arguments: [["check"], ["check", "--format", "json"], ["figures", "--format", "csv"]])
  func aClosedPipeStopsQuietly(arguments: [String]) throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    close(ends[0])  // nobody will ever read
    // Close-on-exec, so no process another test starts meanwhile keeps a copy of it.
    _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    let writer = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    let result = try Self.run(arguments, standardOutput: writer)
    #expect(result.exitedNormally, "killed by signal \(result.status)")
    #expect(result.status == 74)
    #expect(result.standardError.isEmpty, "\(result.standardError)")
  }

  /// `JSONSerialization` with the options the check used to print with: the oracle.
  static func legacyJSON(of report: CheckReport, strict: Bool) -> String {
    let rows: [[String: Any]] = report.results.map { result in
      var row: [String: Any] = [
        "id": result.subject, "kind": result.kind, "status": result.status.rawValue,
        "source": result.source, "detail": result.detail, "scope": result.scope.rawValue,
      ]
      row["line"] = result.position.map { $0.line as Any } ?? NSNull()
      row["column"] = result.position.map { $0.column as Any } ?? NSNull()
      return row
    }
    var counts: [String: Int] = [:]
    for (status, count) in report.counts { counts[status.rawValue] = count }
    let object: [String: Any] = [
      "schema": CheckListing.schema, "rows": rows, "counts": counts, "strict": strict,
      "failed": report.fails(strict: strict),
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  @Test func checkJSONIsWhatJSONSerializationWrote() {
    let awkward = [
      "plain", "", "a/b \\ \"q\"", "tab\there\nline\r\u{8}\u{C}\u{0}\u{1F}\u{7F}", "“£3,755,000”",
      "e\u{301} 中文 😀👍🏻 \u{600}x \u{2028}",
    ]
    var results: [CheckResult] = []
    for (index, text) in awkward.enumerated() {
      let status = CheckStatus.allCases[index % CheckStatus.allCases.count]
      let scope = CheckScope.allCases[index % CheckScope.allCases.count]
      results.append(
        CheckResult(
          scope: scope, subject: "id-\(index)\(text)", kind: text, status: status,
          detail: "detail \(text)", source: text + ".txt",
          position: index % 2 == 0 ? TextPosition(line: index * 1000, column: index) : nil))
    }
    for report in [CheckReport(results: results), CheckReport(results: [])] {
      for strict in [false, true] {
        #expect(
          CheckListing.json(of: report, strict: strict)
            == Self.legacyJSON(of: report, strict: strict))
      }
    }
  }

  @Test func theTallyAgreesWithTheReport() {
    let statuses: [[CheckStatus]] = [
      [], [.verified], [.verified, .disagreesWithOfficial], [.mismatch],
      [.notFound, .unverifiable],
    ]
    for list in statuses {
      let report = CheckReport(
        results: list.map {
          CheckResult(scope: .quotes, subject: "s", kind: "k", status: $0, detail: "", source: "")
        })
      let tally = CheckTally(report)
      #expect(tally.total == report.results.count)
      #expect(tally.counts.map(\.status) == report.counts.map(\.status))
      #expect(tally.counts.map(\.count) == report.counts.map(\.count))
      #expect(tally.hasFailures == report.hasFailures)
      #expect(tally.hasDisagreements == report.hasDisagreements)
      for strict in [false, true] {
        #expect(tally.fails(strict: strict) == report.fails(strict: strict))
      }
    }
  }

  struct Result {
    var status: Int32
    var exitedNormally: Bool
    var standardError: String
  }

  /// Runs the binary from the package root with standard output going to `standardOutput`.
  static func run(_ arguments: [String], standardOutput: FileHandle) throws -> Result {
    let process = Process()
    process.executableURL = ToolRunner.binary
    process.arguments = arguments
    process.currentDirectoryURL = ToolRunner.packageRoot
    let error = Pipe()
    process.standardOutput = standardOutput
    process.standardError = error
    try process.run()
    try? standardOutput.close()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, exitedNormally: process.terminationReason == .exit,
      standardError: String(decoding: errData, as: UTF8.self))
  }
}
