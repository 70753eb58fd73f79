import Foundation
import Testing
import XlsxPackageReader
import XlsxWriter

@Suite struct BarChartAndPrintingTests {
  private let names = SheetRange(
    sheet: "Data", range: CellRange(from: .init(row: 0, column: 0), to: .init(row: 2, column: 0)))
  private let values = SheetRange(
    sheet: "Data", range: CellRange(from: .init(row: 0, column: 1), to: .init(row: 2, column: 1)))

  private func bar(pointColors: [Int: Color]) -> Chart {
    Chart(
      kind: .bar, title: "Spend per child", description: "Bars of spend per child.",
      categoryAxisTitle: "Authority", valueAxisTitle: "£ per child",
      valueAxisNumberFormat: "£#,##0",
      series: [
        Chart.Series(
          name: "Spend", categories: names, values: values, color: Color(rgb: 0x1F_4E79),
          pointColors: pointColors)
      ])
  }

  private func writeData(_ workbook: Workbook) throws(XlsxError) -> Worksheet {
    let sheet = try workbook.addWorksheet(named: "Data")
    for (row, name) in ["Slough", "England", "Reading"].enumerated() {
      try sheet.write(.text(name), at: CellReference(row: row, column: 0))
      try sheet.write(.number(Double(row + 1) * 500), at: CellReference(row: row, column: 1))
    }
    return sheet
  }

  @Test func aBarChartNamesItsVerticalCategoryAxisAndColoursOneBar() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("bar.xlsx")
    try Workbook.write(to: path) { workbook throws(XlsxError) in
      try writeData(workbook).insert(
        bar(pointColors: [1: .black]), at: CellReference(row: 4, column: 0))
    }
    let chart = try XlsxPackage(url: URL(fileURLWithPath: path)).xml("xl/charts/chart1.xml")
    #expect(chart.first("barDir")?["val"] == "bar")
    let categoryAxis = try #require(chart.first("catAx"))
    let valueAxis = try #require(chart.first("valAx"))
    #expect(categoryAxis.all("t").map(\.text).joined() == "Authority")
    #expect(valueAxis.all("t").map(\.text).joined() == "£ per child")
    #expect(valueAxis.first("numFmt")?["formatCode"] == "£#,##0")
    let points = chart.all("dPt")
    #expect(points.count == 1)
    #expect(points.first?.first("idx")?["val"] == "1")
    #expect(points.first?.first("srgbClr")?["val"] == "000000")
  }

  @Test func refusesAColouredPointOutsideTheValues() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(
      throws: XlsxError.invalidChart(
        "Spend per child", reason: "series \"Spend\": a coloured point is outside its values")
    ) {
      try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
        try writeData(workbook).insert(
          bar(pointColors: [3: .black]), at: CellReference(row: 4, column: 0))
      }
    }
  }

  @Test(arguments: [false, true])
  func repeatsHeaderRowsAndBreaksPagesInBothModes(constantMemory: Bool) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("print.xlsx")
    try Workbook.write(to: path, options: .init(constantMemory: constantMemory)) {
      workbook throws(XlsxError) in
      let sheet = try workbook.addWorksheet(named: "Long")
      try sheet.repeatWhenPrinted(rows: 0...1)
      try sheet.startPrintedPages(atRows: [40, 80])
      for row in 0..<100 {
        try sheet.write(.number(Double(row)), at: CellReference(row: row, column: 0))
      }
    }
    let package = try XlsxPackage(url: URL(fileURLWithPath: path))
    #expect(try package.definedNames()["_xlnm.Print_Titles"] == "Long!$1:$2")
    let breaks = try package.xml("xl/worksheets/sheet1.xml").all("brk").compactMap { $0["id"] }
    #expect(breaks == ["40", "80"])
  }

  @Test func refusesAPageBreakAtTheFirstRow() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(throws: XlsxError.invalidRange("A1", reason: "a page break must be below row 1")) {
      try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
        try workbook.addWorksheet(named: "S").startPrintedPages(atRows: [0])
      }
    }
  }
}
