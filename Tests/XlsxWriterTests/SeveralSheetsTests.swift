import Dispatch
import Foundation
import Synchronization
import Testing
import XlsxPackageReader
import XlsxWriter

/// Several sheets written in turn, each preparing its own styles, keep their own cells, styles,
/// notes and warnings (libxlsxwriter is called from one thread: Sources/XlsxWriter/README.md).
@Suite struct SeveralSheetsTests {
  @Test func sheetsWrittenInTurnKeepTheirCellsStylesNotesAndWarnings() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("threads.xlsx")
    let sheetCount = 4
    let rows = 3_000
    let long = String(repeating: "x", count: 40_000)
    let failures = Mutex<[String]>([])
    let warnings = try Workbook.write(to: path, options: .init(constantMemory: true)) {
      workbook throws(XlsxError) in
      let sheets = try (0..<sheetCount).map { index throws(XlsxError) in
        try workbook.addWorksheet(named: "S\(index)")
      }
      // Each sheet prepares its styles: bold is the same style on every sheet, the number
      // format is each sheet's own ("0.0", "0.00", ...).
      for index in 0..<sheetCount {
        do throws(XlsxError) {
          let sheet = sheets[index]
          let bold = try workbook.prepare(CellStyle(isBold: true))
          let places = String(repeating: "0", count: index + 1)
          let own = try workbook.prepare(CellStyle(numberFormat: "0." + places))
          for row in 0..<rows {
            try sheet.write(
              .text("S\(index) row \(row)"), at: CellReference(row: row, column: 0), prepared: bold)
            try sheet.write(
              .number(Double(row) + 0.5), at: CellReference(row: row, column: 1), prepared: own)
            if row % 1_000 == 0 {
              try sheet.addNote("note \(index)/\(row)", at: CellReference(row: row, column: 1))
            }
          }
          try sheet.write(.text(long), at: CellReference(row: rows, column: 0))
        } catch {
          failures.withLock { $0.append("S\(index): \(error)") }
        }
      }
    }
    #expect(failures.withLock { $0 }.isEmpty)
    // One truncation a sheet.
    #expect(
      Set(warnings)
        == Set(
          (0..<sheetCount).map {
            XlsxWarning.textTruncated(cell: "S\($0)!A\(rows + 1)", characters: 40_000)
          }
        ))

    let package = try XlsxPackage(url: URL(fileURLWithPath: path))
    let styles = try package.xml("xl/styles.xml")
    let formats = Dictionary(
      uniqueKeysWithValues: styles.all("numFmt").map {
        ($0["numFmtId"] ?? "", $0["formatCode"] ?? "")
      })
    let fonts = try #require(styles.first("fonts")).all("font")
    let cellFormats = try #require(styles.first("cellXfs")).all("xf")
    func isBold(_ style: Int?) -> Bool {
      guard let style, let font = Int(cellFormats[style]["fontId"] ?? "") else { return false }
      return fonts[font].first("b") != nil
    }
    func numberFormat(_ style: Int?) -> String? {
      style.flatMap { formats[cellFormats[$0]["numFmtId"] ?? ""] }
    }
    for index in 0..<sheetCount {
      let cells = try package.cells(ofSheet: "S\(index)")
      // rows × 2 cells, and the long text in the last row.
      #expect(cells.count == rows * 2 + 1)
      for row in [0, 1, 1_234, rows - 1] {
        let text = try #require(cells["A\(row + 1)"])
        #expect(text.value == "S\(index) row \(row)")
        #expect(isBold(text.style))
        let number = try #require(cells["B\(row + 1)"])
        #expect(number.value == "\(Double(row) + 0.5)")
        #expect(numberFormat(number.style) == "0." + String(repeating: "0", count: index + 1))
      }
    }
    // 3 notes a sheet (rows 0, 1,000 and 2,000), each in its sheet's own comments part.
    let notes = package.paths(under: "xl/comments").sorted()
    #expect(notes.count == sheetCount)
    for path in notes {
      let texts = try package.xml(path).all("t").map(\.text).filter { $0.hasPrefix("note ") }
      #expect(texts.count == 3)
      #expect(Set(texts.map { $0.split(separator: "/")[0] }).count == 1)
    }
  }
}
