import Foundation
import Testing
import TrustMetricsCore
import XlsxPackageReader
import XlsxWriter

@testable import TrustMetricsReports

/// The Figures sheet is streamed row by row for speed and flat memory; it must write exactly
/// what emitting its full plan writes.
@Suite struct FiguresSheetStreamingTests {
  /// The Figures sheet written streamed, and written by emitting its full plan.
  static func streamedAndPlanned(
    _ dataset: Dataset, checkStatuses: [String: String], constantMemory: Bool
  ) throws -> (streamed: XlsxPackage, planned: XlsxPackage) {
    let directory = try WorkbookFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let streamed = directory.appendingPathComponent("streamed.xlsx")
    let planned = directory.appendingPathComponent("planned.xlsx")
    let options = Workbook.Options(constantMemory: constantMemory)
    try Workbook.write(to: streamed.path, options: options) { workbook throws(XlsxError) in
      try FiguresSheet.write(dataset: dataset, checkStatuses: checkStatuses, into: workbook)
    }
    try Workbook.write(to: planned.path, options: options) { workbook throws(XlsxError) in
      try ComparisonWorkbook.emit(
        FiguresSheet.plan(dataset: dataset, checkStatuses: checkStatuses), into: workbook)
    }
    return (try XlsxPackage(url: streamed), try XlsxPackage(url: planned))
  }

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
    let (a, b) = try Self.streamedAndPlanned(
      dataset, checkStatuses: statuses, constantMemory: constantMemory)
    let parts = a.entries.keys.filter { $0.hasPrefix("xl/") && !$0.hasSuffix(".vml") }
    #expect(Set(a.entries.keys) == Set(b.entries.keys))
    for part in parts {
      #expect(a.entries[part] == b.entries[part], "\(part) differs")
    }
    #expect(a.entries["xl/worksheets/sheet1.xml"] != nil)
  }

  /// Rows are made on a second thread in batches of 256: 700 figures (the fixture's, repeated
  /// under new ids) take three batches, the last one short, and must still be the plan's rows.
  @Test func streamedSheetAcrossBatchesIsTheEmittedPlan() throws {
    var dataset = WorkbookFixture.dataset
    let originals = dataset.figures
    dataset.figures = (0..<700).map { index in
      var figure = originals[index % originals.count]
      figure.id = "figure-\(index)"
      return figure
    }
    let (a, b) = try Self.streamedAndPlanned(dataset, checkStatuses: [:], constantMemory: true)
    let sheet = "xl/worksheets/sheet1.xml"
    #expect(a.entries[sheet] == b.entries[sheet])
    // 700 figure rows and the header row.
    let xml = try #require(a.entries[sheet].flatMap { String(data: $0, encoding: .utf8) })
    #expect(xml.components(separatedBy: "<row ").count - 1 == 701)
  }

  /// The rows and widths do not depend on how the rows are batched, and an early stop ends the
  /// making at once.
  @Test func preparedRowsDoNotDependOnTheBatchSize() throws {
    let dataset = WorkbookFixture.dataset
    /// Every row's texts (all eleven text columns), line and height, in order.
    func made(batchSize: Int) -> (
      rows: [[String?]], lines: [Int32], heights: [Double?],
      batches: Int, widths: [Double]
    ) {
      var rows: [[String?]] = []
      var lines: [Int32] = []
      var heights: [Double?] = []
      var batches = 0
      let widths = FiguresSheet.prepareRows(
        dataset: dataset, checkStatuses: FigureStatusLabels(), batchSize: batchSize
      ) { batch in
        for row in 0..<batch.count {
          rows.append(
            FigureRowTexts.Row.textColumns.map { batch.text(row: row, column: $0) })
        }
        lines += batch.numbers.map(\.line)
        heights += batch.numbers.map(\.height)
        batches += 1
        return true
      }
      return (rows, lines, heights, batches, widths)
    }
    let whole = made(batchSize: 10_000)
    let single = made(batchSize: 1)
    #expect(whole.rows.count == dataset.figures.count)
    #expect(whole.batches == 1)
    #expect(single.batches == dataset.figures.count)
    #expect(single.rows == whole.rows)
    #expect(single.lines == whole.lines)
    #expect(single.heights == whole.heights)
    #expect(single.widths == whole.widths)
    // The texts are the figures' own: id in column 0, quote in column 12.
    let first = try #require(dataset.figures.first)
    #expect(whole.rows.first?.first == first.id)
    #expect(whole.rows.first?.last == first.provenance.quote)
    var stoppedAfter = 0
    _ = FiguresSheet.prepareRows(
      dataset: dataset, checkStatuses: FigureStatusLabels(), batchSize: 2
    ) { _ in
      stoppedAfter += 1
      return false
    }
    #expect(stoppedAfter == 1)
  }

  /// Each figure's line is the line of its source its quote first stands on, as citations
  /// count lines.
  @Test func quoteLinesAreTheCitationsLines() {
    let dataset = WorkbookFixture.dataset
    var index = QuoteLineIndex(figures: dataset.figures, sourceTexts: dataset.sourceTexts)
    let citations = dataset.citations(for: dataset.figures)
    // Asked for from last to first, so sources are searched in another order than the rows'.
    let lines = dataset.figures.indices.reversed().map { index.line(of: $0) }.reversed()
    #expect(Array(lines) == citations.map { Int32($0.position?.line ?? 0) })
    #expect(lines.contains { $0 > 0 })
  }
}
