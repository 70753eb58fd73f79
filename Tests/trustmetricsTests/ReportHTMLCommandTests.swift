import Foundation
import Testing

/// End-to-end runs of `report` and `chart` with `--format html` and `--output`: the page on
/// standard output or in a file written as the workbook is, its stamp, and the exit codes.
@Suite struct ReportHTMLCommandTests {
  static let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

  func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  func contents(of directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  @Test func theBundledReportIsOnePageWithASectionPerAuthority() throws {
    let result = try ToolRunner.run(["report", "--format", "html"], environment: Self.epoch)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    let html = result.standardOutput
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(html.hasSuffix("</html>\n"))
    // The seven authorities the text report shows, each a section of its own.
    #expect(html.components(separatedBy: "class=\"authority\"").count - 1 == 7)
    #expect(html.contains("<h2 id=\"s-2-h\">Sandwell (333, West Midlands)</h2>"))
    #expect(html.contains("Generated 2023-11-14 22:13 UTC by TrustMetrics."))
    // Sandwell's trust took over in April 2018, inside the census and financial years shown.
    #expect(html.contains(">Trust from 2018-04</text>"))
    // Its news figures link to their article.
    #expect(
      html.contains(
        "<a href=\"https://www.communitycare.co.uk/2022/07/06/leaders-energy-vision-childrens-services-trust-shed-inadequate-rating-despite-slow-progress-ofsted/\">"
      ))
    // The same inputs and SOURCE_DATE_EPOCH give the same bytes.
    let again = try ToolRunner.run(["report", "--format", "html"], environment: Self.epoch)
    #expect(again.standardOutput == html)
  }

  @Test func outputWritesTheFileKeepsAnExistingOneAndForceReplacesIt() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("report.html").path
    let page = try ToolRunner.run(["report", "--format", "html"], environment: Self.epoch)
    let written = try ToolRunner.run(
      ["report", "--format", "html", "--output", path], environment: Self.epoch)
    #expect(written.status == 0, "\(written.standardError)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(String(decoding: bytes, as: UTF8.self) == page.standardOutput)
    let count = bytes.count.formatted(
      .number.grouping(.automatic).locale(Locale(identifier: "en_GB")))
    #expect(
      written.standardOutput == "Wrote \(path): html report, 7 authorities, \(count) bytes.\n")
    #expect(try contents(of: directory) == ["report.html"])

    try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
    let refused = try ToolRunner.run(["report", "--format", "html", "--output", path])
    #expect(refused.status == 73)
    #expect(
      refused.standardError
        == "trustmetrics: \(path) already exists; pass --force to replace it, or choose another file name.\n"
    )
    #expect(refused.standardOutput.isEmpty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("mine".utf8))
    #expect(try contents(of: directory) == ["report.html"])

    let forced = try ToolRunner.run(
      ["report", "--format", "html", "--output", path, "--force"], environment: Self.epoch)
    #expect(forced.status == 0, "\(forced.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    #expect(try contents(of: directory) == ["report.html"])
  }

  @Test func aMissingDirectoryExits73AndLeavesNothing() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("missing/report.html").path
    let result = try ToolRunner.run(["report", "--format", "html", "--output", path])
    #expect(result.status == 73)
    #expect(
      result.standardError
        == "trustmetrics: The directory of \(path) does not exist; create it first or choose another path.\n"
    )
    #expect(try contents(of: directory).isEmpty)
  }

  @Test func everyFormatMayGoToAFile() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("report.md").path
    let arguments = [
      "report", "--entity", "Sandwell", "--measure", "agency", "--format", "markdown",
    ]
    let page = try ToolRunner.run(arguments)
    let written = try ToolRunner.run(arguments + ["--output", path])
    #expect(written.status == 0)
    #expect(written.standardOutput.hasPrefix("Wrote \(path): markdown report, 1 authority, "))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == page.standardOutput)
  }

  @Test func aChartPageHasItsPictureAndItsDataTable() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("chart.html").path
    let result = try ToolRunner.run(
      [
        "chart", "--entity", "Sandwell", "--entity", "Slough", "--measure", "spend_per_child",
        "--format", "html", "--output", path,
      ], environment: Self.epoch)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardOutput.hasPrefix("Wrote \(path): html chart (line) of spend_per_child, "))
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.components(separatedBy: "<svg ").count == 2)
    #expect(html.contains("<details>\n<summary>Data table: Spend per child (£ per child)"))
    // Sandwell's FY2024-25 spend per child, as the text report says: £1,203.
    #expect(
      html.contains("<tr><th scope=\"row\">FY2024-25</th><td class=\"num\">£1,203</td>"))
    #expect(html.contains("Generated 2023-11-14 22:13 UTC"))
  }

  @Test(arguments: [
    (["report", "--force"], [String: String](), "--force applies only with --output <file>"),
    (
      ["report", "--format", "html"], ["SOURCE_DATE_EPOCH": "yesterday"],
      "SOURCE_DATE_EPOCH=\"yesterday\" is not a whole number of seconds since 1970-01-01 UTC"
    ),
  ])
  func usageErrorsExit64(arguments: [String], environment: [String: String], message: String)
    throws
  {
    let result = try ToolRunner.run(arguments, environment: environment)
    #expect(result.status == 64)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }
}
