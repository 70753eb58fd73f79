import Foundation
import Testing

/// End-to-end runs of the built binary: exit codes, messages, formats, `--help`.
@Suite struct CommandLineTests {
  @Test func helpListsSubcommandsAndExitCodes() throws {
    let result = try ToolRunner.run(["--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("figures"))
    #expect(result.standardOutput.contains("65 bad data"))
  }

  @Test func figuresHelpHasAnExample() throws {
    let result = try ToolRunner.run(["figures", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("trustmetrics figures --entity Sandwell"))
  }

  @Test func versionNamesTheXlsxLibrary() throws {
    let result = try ToolRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("libxlsxwriter 1."))
  }

  @Test func figuresPrintACitationForEachFigure() throws {
    let result = try ToolRunner.run(["figures", "--entity", "Sandwell", "--measure", "agency_rate"])
    #expect(result.status == 0)
    // The single Sandwell agency-rate figure, with its article's publisher, date and quote.
    #expect(result.standardOutput.contains("31.5%"))
    #expect(
      result.standardOutput.contains(
        "Community Care, 2022-07-06, “Borough’s ‘inadequate’ decade ends on back of strong children’s trust leadership”"
      ))
    #expect(result.standardOutput.contains("1 figure\n"))
  }

  @Test func figuresJSONIsOneEnvelopeWithEveryFigure() throws {
    let result = try ToolRunner.run(["figures", "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "trustmetrics.figures/1")
    let rows = try #require(object["rows"] as? [[String: Any]])
    // One row per data line of datasets/figures.csv (an independent count of the file).
    let csv = try String(
      contentsOf: ToolRunner.packageRoot.appendingPathComponent("datasets/figures.csv"),
      encoding: .utf8)
    let ids = csv.split(separator: "\n").dropFirst().filter { $0.first?.isLetter == true }
    #expect(rows.count == ids.count)
    let overspend = try #require(
      rows.first { $0["id"] as? String == "wcf-overspend-fy2022-23-oct24" })
    #expect((overspend["value"] as? NSNumber)?.doubleValue == 7_600_000)
    #expect(overspend["period"] as? String == "FY2022-23")
  }

  @Test func figuresCSVHasTheHeaderOfJSONKeys() throws {
    let result = try ToolRunner.run(["figures", "--format", "csv", "--measure", "overspend"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput.hasPrefix(
        "id,entity,measure,period,value,unit,qualifier,publisher,date,title,url,source,line,quote\r\n"
      ))
  }

  @Test(arguments: ["Sandwel Trust", "Narnia"])
  func unknownEntityIsAUsageErrorListingClosestNames(name: String) throws {
    let result = try ToolRunner.run(["figures", "--entity", name])
    #expect(result.status == 64)
    #expect(result.standardError.contains("closest:"))
  }

  @Test func ambiguousEntityIsAUsageError() throws {
    let result = try ToolRunner.run(["figures", "--entity", "Sandwel"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("ambiguous"))
  }

  @Test func unknownMeasureIsAUsageError() throws {
    let result = try ToolRunner.run(["figures", "--measure", "happiness"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("agency_rate"))
  }

  @Test func missingDatasetsDirectoryExits66() throws {
    let result = try ToolRunner.run(["figures", "--datasets", "/nonexistent/datasets"])
    #expect(result.status == 66)
    #expect(result.standardError.contains("/nonexistent/datasets/entities.csv: not found"))
  }

  @Test func malformedFigureRowExits65NamingFileLineAndField() throws {
    let copy = try ToolRunner.scratchCopy()
    defer { try? FileManager.default.removeItem(at: copy) }
    let file = copy.appendingPathComponent("datasets/figures.csv")
    var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
    // Line 3 of the file: replace its value field (the fifth) with "£7.6m".
    var fields = lines[2].components(separatedBy: ",")
    fields[4] = "£7.6m"
    lines[2] = fields.joined(separator: ",")
    try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    let result = try ToolRunner.run(["figures"], in: copy)
    #expect(result.status == 65)
    #expect(
      result.standardError.contains(
        "datasets/figures.csv:3: invalid value (\"£7.6m\"), expected a plain finite number"))
    #expect(result.standardOutput.isEmpty)
  }

  @Test func sourceFileThatIsADirectoryExits66() throws {
    let copy = try ToolRunner.scratchCopy()
    defer { try? FileManager.default.removeItem(at: copy) }
    let file = copy.appendingPathComponent("datasets/trusts.csv")
    try FileManager.default.removeItem(at: file)
    try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
    let result = try ToolRunner.run(["figures"], in: copy)
    #expect(result.status == 66)
    #expect(result.standardError.contains("datasets/trusts.csv: cannot be read: it is a directory"))
  }
}
