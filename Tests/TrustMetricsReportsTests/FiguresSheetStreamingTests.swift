import Foundation
import Testing
import TrustMetricsCore
import XlsxPackageReader
import XlsxWriter

@testable import TrustMetricsReports

/// The Figures sheet is streamed row by row for speed and flat memory; it must write exactly
/// what emitting its full plan writes.
@Suite struct FiguresSheetStreamingTests {
  @Test(arguments: [false, true])
  func streamedSheetIsTheEmittedPlan(constantMemory: Bool) throws {
    var dataset = WorkbookFixture.dataset
    // One quote missing from its source: a blank line cell with a note.
    var missing = try #require(dataset.figures.first)
    missing.id = "missing-quote"
    missing.provenance.quote = "words the source never says"
    dataset.figures.append(missing)
    let statuses = Dictionary(
      uniqueKeysWithValues: dataset.figures.enumerated().map {
        ($1.id, $0 % 2 == 0 ? "verified" : "not found")
      })
    let directory = try WorkbookFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let streamed = directory.appendingPathComponent("streamed.xlsx")
    let planned = directory.appendingPathComponent("planned.xlsx")
    let options = Workbook.Options(constantMemory: constantMemory)
    try Workbook.write(to: streamed.path, options: options) { workbook throws(XlsxError) in
      try FiguresSheet.write(dataset: dataset, checkStatuses: statuses, into: workbook)
    }
    try Workbook.write(to: planned.path, options: options) { workbook throws(XlsxError) in
      try ComparisonWorkbook.emit(
        FiguresSheet.plan(dataset: dataset, checkStatuses: statuses), into: workbook)
    }
    let a = try XlsxPackage(url: streamed)
    let b = try XlsxPackage(url: planned)
    let parts = a.entries.keys.filter { $0.hasPrefix("xl/") && !$0.hasSuffix(".vml") }
    #expect(Set(a.entries.keys) == Set(b.entries.keys))
    for part in parts {
      #expect(a.entries[part] == b.entries[part], "\(part) differs")
    }
    #expect(a.entries["xl/worksheets/sheet1.xml"] != nil)
  }
}
