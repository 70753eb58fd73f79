import Foundation
import Testing

/// End-to-end runs of `report` and `chart`: widths, colour rules, ASCII, formats, exit codes.
@Suite struct ReportCommandTests {
  static let escape = "\u{1B}"

  func widest(_ text: String) -> Int {
    text.split(separator: "\n").map { line in
      line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        .count
    }.max() ?? 0
  }

  @Test(arguments: [40, 60, 80, 120, 200])
  func defaultReportNeverExceedsTheWidth(width: Int) throws {
    for extra in [[], ["--ascii"], ["--color", "always"]] {
      let result = try ToolRunner.run(["report", "--width", String(width)] + extra)
      #expect(result.status == 0, "\(result.standardError)")
      #expect(widest(result.standardOutput) <= width)
    }
  }

  @Test func defaultReportCoversEveryAuthorityWithFiguresAndEndsWithTheLicence() throws {
    let result = try ToolRunner.run(["report", "--width", "100"])
    #expect(result.status == 0)
    let text = result.standardOutput
    for name in ["Slough", "Sandwell", "Reading", "Worcestershire", "Bradford"] {
      #expect(text.contains("── \(name) ("))
    }
    // Sandwell's locum rate of September 2021 sits beside the official 2021 value.
    #expect(text.contains("Agency rate 31.5% for 2021-09 (census 2021)"))
    #expect(text.contains("Agency rate over the years"))
    #expect(
      text.hasSuffix(
        "Contains public sector information licensed under the Open Government Licence v3.0.\n"))
  }

  @Test func pipeGetsNoColourUnlessAskedAndNeverWhenRefused() throws {
    let piped = try ToolRunner.run(["report", "--entity", "Sandwell"])
    #expect(!piped.standardOutput.contains(Self.escape))
    let forced = try ToolRunner.run(["report", "--entity", "Sandwell", "--color", "always"])
    #expect(forced.standardOutput.contains(Self.escape + "["))
    let refused = try ToolRunner.run([
      "chart", "--entity", "Sandwell", "--measure", "agency",
      "--color", "never",
    ])
    #expect(!refused.standardOutput.contains(Self.escape))
  }

  @Test func asciiOutputIsPrintableASCII() throws {
    for arguments in [
      ["report", "--ascii", "--color", "always"],
      ["chart", "--entity", "Slough", "--entity", "England", "--measure", "vacancy", "--ascii"],
      ["chart", "--entity", "Slough", "--measure", "caseload", "--kind", "bars", "--ascii"],
    ] {
      let result = try ToolRunner.run(arguments)
      #expect(result.status == 0)
      #expect(
        result.standardOutput.unicodeScalars.allSatisfy {
          $0.isASCII && ($0.value >= 0x20 || $0 == "\n" || $0 == "\u{1B}")
        })
    }
  }

  @Test func columnsSetsTheWidthWhenNoFlagIsGiven() throws {
    let process = Process()
    process.executableURL = ToolRunner.binary
    process.arguments = ["chart", "--entity", "Reading", "--measure", "agency"]
    process.currentDirectoryURL = ToolRunner.packageRoot
    process.environment = ["COLUMNS": "50"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(widest(text) <= 50)
    #expect(widest(text) > 40)
  }

  @Test func markdownAndJSONFormats() throws {
    let markdown = try ToolRunner.run(["report", "--entity", "Sandwell", "--format", "markdown"])
    #expect(markdown.standardOutput.contains("| Measure |"))
    #expect(markdown.standardOutput.contains("```text"))
    let json = try ToolRunner.run(["report", "--entity", "Sandwell", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "trustmetrics.report/1")
    let chart = try ToolRunner.run([
      "chart", "--entity", "Sandwell", "--measure", "agency", "--format", "json",
    ])
    #expect(chart.standardOutput.contains("\"schema\": \"trustmetrics.chart/1\""))
  }

  @Test(arguments: [
    ["report", "--width", "5"],
    ["report", "--color", "sometimes"],
    ["report", "--format", "csv"],
    ["report", "--entity", "Nowhere"],
    ["report", "--entity", "England"],
    ["report", "--since", "1999"],
    ["report", "--measure", "overspend"],
    ["chart", "--measure", "agency"],
    ["chart", "--entity", "Sandwell"],
    ["chart", "--entity", "Sandwell", "--measure", "agency", "--kind", "pie"],
  ])
  func badFlagsAreUsageErrors(arguments: [String]) throws {
    let result = try ToolRunner.run(arguments)
    #expect(result.status == 64)
    #expect(result.standardOutput.isEmpty)
    #expect(!result.standardError.isEmpty)
  }

  @Test func missingDatasetsExitWithMissingInput() throws {
    let result = try ToolRunner.run(["report", "--datasets", "/nonexistent"])
    #expect(result.status == 66)
  }
}
