import Foundation
import Testing
import XlsxPackageReader
import XlsxWriter

/// A style prepared once writes exactly what passing the style to every cell writes, and only
/// in the workbook that prepared it.
@Suite struct PreparedStyleTests {
  @Test(arguments: [false, true])
  func preparedStylesWriteWhatStylesWrite(constantMemory: Bool) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bold = CellStyle(isBold: true)
    let money = CellStyle(numberFormat: "£#,##0", alignsTop: true)
    let cells: [(CellValue, CellStyle?)] = [
      (.text("Sandwell"), bold), (.number(7_600_000), money), (.blank, money),
      (.text("no style"), nil), (.number(.nan), money),
    ]
    let options = Workbook.Options(constantMemory: constantMemory)
    let plain = directory.path("plain.xlsx")
    let prepared = directory.path("prepared.xlsx")
    try Workbook.write(to: plain, options: options) { workbook throws(XlsxError) in
      let sheet = try workbook.addWorksheet(named: "Cells")
      for (column, (value, style)) in cells.enumerated() {
        try sheet.write(value, at: CellReference(row: 1, column: column), style: style)
      }
    }
    try Workbook.write(to: prepared, options: options) { workbook throws(XlsxError) in
      let sheet = try workbook.addWorksheet(named: "Cells")
      for (column, (value, style)) in cells.enumerated() {
        let ready = try workbook.prepare(style)
        #expect(ready.style == style)
        try sheet.write(value, at: CellReference(row: 1, column: column), prepared: ready)
      }
    }
    let a = try XlsxPackage(url: URL(fileURLWithPath: plain))
    let b = try XlsxPackage(url: URL(fileURLWithPath: prepared))
    for part in ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"] {
      #expect(a.entries[part] == b.entries[part], "\(part) differs")
    }
    // 5 cells: the NaN leaves a styled blank with a note, as with a style.
    #expect(try a.cells(ofSheet: "Cells").count == 5)
  }

  @Test func aStylePreparedByAnotherWorkbookIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var foreign: PreparedStyle?
    try Workbook.write(to: directory.path("first.xlsx")) { workbook throws(XlsxError) in
      foreign = try workbook.prepare(CellStyle(isBold: true))
      _ = try workbook.addWorksheet(named: "A")
    }
    let style = try #require(foreign)
    #expect(throws: XlsxError.foreignStyle) {
      try Workbook.write(to: directory.path("second.xlsx")) { workbook throws(XlsxError) in
        let sheet = try workbook.addWorksheet(named: "B")
        try sheet.write(.text("x"), at: CellReference(row: 0, column: 0), prepared: style)
      }
    }
    // Nothing is left of the failed workbook.
    #expect(try directory.contents() == ["first.xlsx"])
  }

  /// The style of a workbook already closed and freed is refused by every later workbook.
  ///
  /// The next workbook is often made at the freed one's address, which an identity by address
  /// could not tell apart; the style is refused before libxlsxwriter can read the freed
  /// format. Run also under
  /// AddressSanitizer (`swift test --sanitize=address --filter PreparedStyleTests`).
  @Test func aStyleOfAClosedWorkbookIsRefusedByEveryLaterWorkbook() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for round in 0..<20 {
      var stale: PreparedStyle?
      try Workbook.write(to: directory.path("old-\(round).xlsx")) { workbook throws(XlsxError) in
        stale = try workbook.prepare(CellStyle(numberFormat: "0.0", isBold: true))
        _ = try workbook.addWorksheet(named: "A")
      }
      let style = try #require(stale)
      #expect(throws: XlsxError.foreignStyle) {
        try Workbook.write(to: directory.path("new-\(round).xlsx")) { workbook throws(XlsxError) in
          let sheet = try workbook.addWorksheet(named: "B")
          try sheet.write(.number(1), at: CellReference(row: 0, column: 0), prepared: style)
        }
      }
    }
    // Only the workbooks that used their own styles were written.
    #expect(try directory.contents().count == 20)
  }

  @Test func aClosedWorkbookRefusesPreparedWrites() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var kept: (Worksheet, PreparedStyle)?
    try Workbook.write(to: directory.path("book.xlsx")) { workbook throws(XlsxError) in
      kept = (try workbook.addWorksheet(named: "A"), try workbook.prepare(nil))
    }
    let (sheet, style) = try #require(kept)
    #expect(throws: XlsxError.workbookClosed) {
      try sheet.write(.text("late"), at: CellReference(row: 0, column: 0), prepared: style)
    }
  }
}
