import Foundation
import Testing

/// Each command reads the finance files only when it shows finance or prints the datasets'
/// content hash (which covers them): with the section 251 file gone, the others still run.
@Suite struct FinancePartsCommandTests {
  static let section251 = "datasets/official/s251_outturn_2016-17_to_2024-25.csv"

  /// A scratch copy of the data without the section 251 file.
  static func withoutSection251() throws -> URL {
    let directory = try ToolRunner.scratchCopy()
    try FileManager.default.removeItem(at: directory.appendingPathComponent(section251))
    return directory
  }

  @Test(arguments: [
    ["figures"], ["check"], ["compare", "--entity", "Slough"],
    ["before-after", "--trust", "Slough Children's Services Trust"],
    ["report", "--entity", "Slough", "--measure", "agency"],
    ["chart", "--entity", "Slough", "--measure", "agency"],
    ["savings", "--entity", "Reading"],
    ["extract", "seeds/000_66467e72143439a9.txt"],
  ])
  func aCommandWithoutFinanceDoesNotReadIt(arguments: [String]) throws {
    let directory = try Self.withoutSection251()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try ToolRunner.run(arguments, in: directory)
    #expect(result.status == 0, "\(arguments): \(result.standardError)")
  }

  @Test(arguments: [
    ["compare", "--entity", "Slough", "--measure", "spend_per_child"],
    ["report", "--entity", "Slough"],
    ["report", "--entity", "Slough", "--measure", "agency", "--format", "html"],
    ["chart", "--entity", "Slough", "--measure", "agency", "--format", "html"],
    ["before-after", "--measure", "spend_per_child"],
    ["fact-check", "seeds/000_66467e72143439a9.txt"],
    ["workbook", "--output", "out.xlsx"],
  ])
  func aCommandShowingFinanceOrTheContentHashReadsIt(arguments: [String]) throws {
    let directory = try Self.withoutSection251()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try ToolRunner.run(arguments, in: directory)
    #expect(result.status == 66, "\(arguments)")
    #expect(result.standardError.contains(Self.section251 + ": not found"), "\(arguments)")
  }
}
