import Foundation
import Testing

/// End-to-end runs of `trustmetrics extract` on a text it has never seen.
@Suite struct ExtractCommandTests {
  static let article = """
    Council reports progress

    Monday, 3 March 2025

    Sandwell Council said its agency rate had fallen to 12.4% in 2024, while it overspent \
    by £3.2m in 2023-24. Call 0121 555 0000 or subscribe from £15 / month.
    """

  func run(_ arguments: [String]) throws -> ToolRunner.Result {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("extract-\(UUID().uuidString).txt")
    try Self.article.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    return try ToolRunner.run(["extract", file.path] + arguments)
  }

  @Test func proposesRowsWithExactQuotes() throws {
    let result = try run(["--source", "new.txt"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.first == "id,entity,measure,period,value,unit,qualifier,source,quote")
    #expect(lines.contains { $0.contains(",agency_rate,2024,12.4,percent,,new.txt,") })
    #expect(lines.contains { $0.contains(",overspend,FY2023-24,3200000,GBP,,new.txt,") })
    // Page furniture: the price per month and the phone number are not proposed.
    #expect(!result.standardOutput.contains(",15,"))
    #expect(lines.count == 3)
    for line in lines.dropFirst() {
      let quote = String(line.split(separator: ",", maxSplits: 8).last ?? "")
        .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      #expect(Self.article.contains(quote))
    }
  }

  @Test func aQuantityWithoutAVocabularyMeasureIsProposedAsOtherAndSaidSo() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("extract-\(UUID().uuidString).txt")
    try """
    Sandwell Council said 901 children were in care last year, and its agency rate was 20%.
    """.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try ToolRunner.run(
      ["extract", file.path, "--source", "new.txt", "--published", "2019-09-27"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.contains { $0.hasPrefix("sandwell-other-2018,Sandwell,other,2018,901,count,,") })
    #expect(lines.contains { $0.contains(",Sandwell,agency_rate,2018,20,percent,,") })
    #expect(result.standardError.contains("1 of 2 rows have measure `other`"))
  }

  @Test func aMissingFileIsMissingInput() throws {
    #expect(try ToolRunner.run(["extract", "/nonexistent/file.txt"]).status == 66)
  }
}
