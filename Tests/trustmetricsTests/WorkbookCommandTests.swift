import Foundation
import Testing

/// End-to-end runs of `workbook`: the file, its safety rules and exit codes.
@Suite struct WorkbookCommandTests {
  func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-workbook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  func contents(of directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  @Test(arguments: [[], ["--constant-memory"]])
  func writesTheWorkbookOfTheBundledDatasets(extra: [String]) throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("trustmetrics.xlsx").path
    let result = try ToolRunner.run(["workbook", "--output", path] + extra)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("Wrote \(path): 7 sheets"))
    #expect(result.standardError.isEmpty)
    #expect(try contents(of: directory) == ["trustmetrics.xlsx"])
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.prefix(2) == Data("PK".utf8))
  }

  @Test func keepsAnExistingFileUnlessForced() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("out.xlsx").path
    try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
    let refused = try ToolRunner.run(["workbook", "--output", path])
    #expect(refused.status == 73)
    #expect(
      refused.standardError
        == "trustmetrics: \(path) already exists; pass --force to replace it, or choose another file name.\n"
    )
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("mine".utf8))
    #expect(try contents(of: directory) == ["out.xlsx"])

    let forced = try ToolRunner.run(["workbook", "--output", path, "--force"])
    #expect(forced.status == 0, "\(forced.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(2) == Data("PK".utf8))
    #expect(try contents(of: directory) == ["out.xlsx"])
  }

  @Test func aMissingDirectoryExits73AndLeavesNothing() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("missing/out.xlsx").path
    let result = try ToolRunner.run(["workbook", "--output", path])
    #expect(result.status == 73)
    #expect(result.standardError.contains("does not exist"))
    #expect(!result.standardError.contains("[ERROR]"))
    #expect(try contents(of: directory).isEmpty)
  }

  @Test(arguments: [
    (["--output", "out.txt"], "must name a file ending in .xlsx"),
    (["--output", "x.xlsx", "--discount-rate", "abc"], "is not a percentage"),
    (["--output", "x.xlsx", "--discount-rate", "150"], "is not a percentage"),
    (["--output", "x.xlsx", "--years", "0"], "--years 0 is out of range"),
    (["--output", "x.xlsx", "--entity", "Atlantis"], "is not a known trust, council or region"),
    (["--output", "x.xlsx", "--entity", "England"], "is not an authority"),
    (["--force"], "Missing expected argument '--output <file>'"),
  ])
  func usageErrorsExit64(arguments: [String], message: String) throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try ToolRunner.run(
      ["workbook"] + arguments + [
        "--datasets", ToolRunner.packageRoot.appendingPathComponent("datasets").path,
        "--seeds", ToolRunner.packageRoot.appendingPathComponent("seeds").path,
      ], in: directory)
    #expect(result.status == 64)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(try contents(of: directory).isEmpty)
  }

  @Test func scopeFollowsEntity() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("sandwell.xlsx").path
    let result = try ToolRunner.run([
      "workbook", "--output", path, "--entity", "Sandwell", "--entity", "BFfC", "--years", "10",
      "--discount-rate", "3%",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("2 authorities"))
    #expect(result.standardOutput.contains("1 insourcing cases"))
  }

  @Test func helpNamesTheSafetyRules() throws {
    let result = try ToolRunner.run(["workbook", "--help"])
    #expect(result.status == 0)
    for text in ["--output <file>", "--force", "--constant-memory", "DiscountRate", "73"] {
      #expect(result.standardOutput.contains(text), "\(text)")
    }
  }
}
