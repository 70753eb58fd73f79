import Foundation
import Testing
import XlsxPackageReader
import XlsxWriter

@Suite struct WorkbookTests {
  @Test func writesValuesFormulasLinksNamesAndProperties() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("book.xlsx")
    let created = Date(timeIntervalSince1970: 1_700_000_000)
    let warnings = try Workbook.write(to: path) { workbook throws(XlsxError) in
      let sheet = try workbook.addWorksheet(named: "Inputs")
      try sheet.write(
        .text("Rate"), at: CellReference(row: 0, column: 0), style: .init(isBold: true))
      try sheet.write(
        .number(0.035), at: CellReference(row: 0, column: 1),
        style: .init(numberFormat: "0.0%", fontColor: .inputBlue))
      try sheet.write(
        .formula("=B1*2", result: .number(0.07)), at: CellReference(row: 1, column: 1))
      try sheet.write(
        .formula("=IF(B1>1,1,\"never\")", result: .text("never")),
        at: CellReference(row: 2, column: 1))
      try sheet.write(
        .link(url: "https://example.org/a", text: "Example"), at: CellReference(row: 3, column: 0))
      try sheet.write(.blank, at: CellReference(row: 4, column: 0), style: .init(isBold: true))
      try sheet.setWidth(20, ofColumns: 0...0)
      try sheet.freezePanes(rows: 1)
      try workbook.defineName("DiscountRate", refersTo: "=Inputs!$B$1")
      try workbook.setProperties(
        DocumentProperties(
          title: "Test book", subject: "Subject", author: "TrustMetrics", keywords: "a, b",
          created: created))
    }
    #expect(warnings.isEmpty)
    #expect(try directory.contents() == ["book.xlsx"])
    let package = try XlsxPackage(url: URL(fileURLWithPath: path))
    #expect(try package.sheets().map(\.name) == ["Inputs"])
    #expect(try package.definedNames() == ["DiscountRate": "Inputs!$B$1"])
    let cells = try package.cells(ofSheet: "Inputs")
    #expect(cells["A1"]?.value == "Rate")
    #expect(cells["B1"]?.value == "0.035")
    #expect(cells["B2"]?.formula == "B1*2")
    #expect(cells["B2"]?.value.flatMap(Double.init) == 0.07)
    #expect(cells["B3"]?.type == "str")
    #expect(cells["B3"]?.value == "never")
    #expect(cells["A4"]?.value == "Example")
    let rels = try package.xml("xl/worksheets/_rels/sheet1.xml.rels")
    #expect(rels.all("Relationship").contains { $0["Target"] == "https://example.org/a" })
    let core = try package.xml("docProps/core.xml")
    #expect(core.first("title")?.text == "Test book")
    #expect(core.first("creator")?.text == "TrustMetrics")
    #expect(core.first("keywords")?.text == "a, b")
    #expect(core.first("created")?.text == "2023-11-14T22:13:20Z")
  }

  @Test func countsEachCellWrittenAndNotAFailedWrite() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var counts: [Int] = []
    try Workbook.write(to: directory.path("count.xlsx")) { workbook throws(XlsxError) in
      let sheet = try workbook.addWorksheet(named: "Cells")
      counts.append(sheet.cellCount)
      try sheet.write(.text("a"), at: CellReference(row: 0, column: 0))
      try sheet.write(.number(1), at: CellReference(row: 0, column: 1))
      // A non-finite number becomes a styled blank with a note: still one cell.
      try sheet.write(.number(.nan), at: CellReference(row: 1, column: 0))
      try sheet.write(.formula("=B1+1", result: .number(2)), at: CellReference(row: 1, column: 1))
      counts.append(sheet.cellCount)
      // Past Excel's last row: refused, not counted.
      #expect(throws: XlsxError.self) {
        try sheet.write(.number(1), at: CellReference(row: 1_048_576, column: 0))
      }
      counts.append(sheet.cellCount)
    }
    // 0 at first; a, 1, the blank and the formula make 4; the refused write leaves 4.
    #expect(counts == [0, 4, 4])
  }

  @Test func constantMemoryWritesInlineStringsInRowOrder() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("big.xlsx")
    try Workbook.write(to: path, options: .init(constantMemory: true)) {
      workbook throws(XlsxError) in
      #expect(workbook.isConstantMemory)
      let sheet = try workbook.addWorksheet(named: "Rows")
      try sheet.addAutofilter(
        over: CellRange(from: .init(row: 0, column: 0), to: .init(row: 99, column: 1)))
      for row in 0..<100 {
        try sheet.write(.text("row \(row)"), at: CellReference(row: row, column: 0))
        try sheet.write(.number(Double(row)), at: CellReference(row: row, column: 1))
      }
    }
    let cells = try XlsxPackage(url: URL(fileURLWithPath: path)).cells(ofSheet: "Rows")
    #expect(cells["A100"]?.value == "row 99")
    #expect(cells["A100"]?.type == "inlineStr")
    #expect(cells["B100"]?.value == "99")
  }

  @Test func constantMemoryRefusesEarlierRowsAndTables() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("big.xlsx")
    #expect(throws: XlsxError.rowOutOfOrder(cell: "Rows!A1", lastRow: 5)) {
      try Workbook.write(to: path, options: .init(constantMemory: true)) {
        workbook throws(XlsxError) in
        let sheet = try workbook.addWorksheet(named: "Rows")
        try sheet.write(.number(1), at: CellReference(row: 5, column: 0))
        try sheet.write(.number(1), at: CellReference(row: 0, column: 0))
      }
    }
    #expect(throws: XlsxError.rowOutOfOrder(cell: "Rows!A1", lastRow: 3)) {
      try Workbook.write(to: path, options: .init(constantMemory: true)) {
        workbook throws(XlsxError) in
        let sheet = try workbook.addWorksheet(named: "Rows")
        try sheet.write(.number(1), at: CellReference(row: 3, column: 0))
        try sheet.addAutofilter(
          over: CellRange(from: .init(row: 0, column: 0), to: .init(row: 5, column: 0)))
      }
    }
    #expect(throws: XlsxError.tableNeedsRandomAccess(sheet: "Rows")) {
      try Workbook.write(to: path, options: .init(constantMemory: true)) {
        workbook throws(XlsxError) in
        let sheet = try workbook.addWorksheet(named: "Rows")
        try sheet.addTable(
          Table(
            name: "Rows",
            range: CellRange(from: .init(row: 0, column: 0), to: .init(row: 1, column: 0)),
            headers: ["A"]))
      }
    }
    #expect(try directory.contents().isEmpty)
  }

  @Test func tableWritesItsHeaders() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("table.xlsx")
    try Workbook.write(to: path) { workbook throws(XlsxError) in
      let sheet = try workbook.addWorksheet(named: "Data")
      try sheet.write(.text("Name"), at: CellReference(row: 0, column: 0))
      try sheet.write(.text("Value"), at: CellReference(row: 0, column: 1))
      try sheet.write(.text("a"), at: CellReference(row: 1, column: 0))
      try sheet.write(.number(1), at: CellReference(row: 1, column: 1))
      try sheet.addTable(
        Table(
          name: "Data",
          range: CellRange(from: .init(row: 0, column: 0), to: .init(row: 1, column: 1)),
          headers: ["Name", "Value"], headerStyle: .init(isBold: true)))
    }
    let package = try XlsxPackage(url: URL(fileURLWithPath: path))
    let table = try package.xml("xl/tables/table1.xml")
    #expect(table["ref"] == "A1:B2")
    #expect(table["name"] == "Data")
    #expect(table.all("tableColumn").map { $0["name"] } == ["Name", "Value"])
    #expect(table.first("autoFilter") != nil)
  }

  @Test(arguments: [
    ("", "it is empty"),
    (String(repeating: "x", count: 32), "it is longer than 31 characters"),
    ("a[b", "it contains \"[\"; none of []:*?/\\ is allowed"),
    ("a/b", "it contains \"/\"; none of []:*?/\\ is allowed"),
    ("'quoted", "it begins or ends with an apostrophe"),
    ("History", "Excel reserves the name History"),
    ("summary", "a sheet is already named so (ignoring case)"),
  ])
  func refusesBadSheetNames(name: String, reason: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(throws: XlsxError.invalidSheetName(name, reason: reason)) {
      try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
        _ = try workbook.addWorksheet(named: "Summary")
        _ = try workbook.addWorksheet(named: name)
      }
    }
    #expect(try directory.contents().isEmpty)
  }

  @Test(arguments: [
    ("A1", "it looks like a cell reference"),
    ("xfd100", "it looks like a cell reference"),
    ("R1C1", "it looks like a cell reference"),
    ("R", "R and C are reserved"),
    ("1Rate", "it must begin with a letter, _ or \\"),
    ("Discount rate", "only letters, digits, _ and . are allowed"),
    ("Rate", "it is already defined"),
  ])
  func refusesBadDefinedNames(name: String, reason: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(throws: XlsxError.invalidDefinedName(name, reason: reason)) {
      try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
        _ = try workbook.addWorksheet(named: "Inputs")
        try workbook.defineName("rate", refersTo: "=Inputs!$A$1")
        try workbook.defineName(name, refersTo: "=Inputs!$A$1")
      }
    }
  }

  @Test func refusesCellsOutsideTheSheet() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for cell in [
      CellReference(row: -1, column: 0), CellReference(row: 1_048_576, column: 0),
      CellReference(row: 0, column: 16_384),
    ] {
      #expect(throws: XlsxError.cellOutOfRange(row: cell.row, column: cell.column)) {
        try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
          try workbook.addWorksheet(named: "S").write(.number(1), at: cell)
        }
      }
    }
  }

  @Test func refusesBadFormulasAndLinks() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let a1 = CellReference(row: 0, column: 0)
    let cases: [(CellValue, XlsxError)] = [
      (.formula("=", result: .number(1)), .invalidFormula(cell: "S!A1", reason: "it is empty")),
      (
        .formula("=" + String(repeating: "1+", count: 4_100) + "1", result: .number(1)),
        .invalidFormula(cell: "S!A1", reason: "it is longer than 8192 characters")
      ),
      (.formula("=1/0", result: .number(.infinity)), .nonFiniteResult(cell: "S!A1")),
      (.formula("=0/0", result: .number(.nan)), .nonFiniteResult(cell: "S!A1")),
      (
        .link(url: "javascript:alert(1)", text: nil),
        .invalidLink(
          cell: "S!A1", url: "javascript:alert(1)", reason: "only http, https, ftp and mailto")
      ),
      (
        .link(url: "https://example.org/" + String(repeating: "a", count: 2_100), text: nil),
        .invalidLink(
          cell: "S!A1", url: "https://example.org/" + String(repeating: "a", count: 2_100),
          reason: "it is longer than 2079 characters")
      ),
    ]
    for (value, expected) in cases {
      #expect(throws: expected) {
        try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
          try workbook.addWorksheet(named: "S").write(value, at: a1)
        }
      }
    }
    #expect(try directory.contents().isEmpty)
  }

  @Test func truncatesLongTextWithAMarkerAndAWarning() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("long.xlsx")
    let long = String(repeating: "é", count: 40_000)
    let warnings = try Workbook.write(to: path) { workbook throws(XlsxError) in
      try workbook.addWorksheet(named: "S").write(.text(long), at: CellReference(row: 0, column: 0))
    }
    #expect(warnings == [.textTruncated(cell: "S!A1", characters: 40_000)])
    let value = try #require(
      try XlsxPackage(url: URL(fileURLWithPath: path)).cells(ofSheet: "S")["A1"]?.value)
    #expect(value.unicodeScalars.count == 32_767)
    #expect(value.hasSuffix(XlsxWarning.truncationMarker))
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func neverWritesNonFiniteNumbers(number: Double) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("nan.xlsx")
    try Workbook.write(to: path) { workbook throws(XlsxError) in
      try workbook.addWorksheet(named: "S").write(
        .number(number), at: CellReference(row: 0, column: 0), style: .init(isBold: true),
        undefinedNote: "Undefined: no budget.")
    }
    let package = try XlsxPackage(url: URL(fileURLWithPath: path))
    let cell = try #require(try package.cells(ofSheet: "S")["A1"])
    #expect(cell.value == nil)
    let comments = try package.xml("xl/comments1.xml")
    #expect(comments.first("comment")?["ref"] == "A1")
    #expect(comments.all("t").map(\.text).joined() == "Undefined: no budget.")
  }

  @Test func workbookRefusesChangesAfterItsScope() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var kept: Workbook?
    var keptSheet: Worksheet?
    try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
      kept = workbook
      keptSheet = try workbook.addWorksheet(named: "S")
    }
    #expect(throws: XlsxError.workbookClosed) { try kept?.addWorksheet(named: "T") }
    #expect(throws: XlsxError.workbookClosed) {
      try keptSheet?.write(.number(1), at: CellReference(row: 0, column: 0))
    }
  }
}
