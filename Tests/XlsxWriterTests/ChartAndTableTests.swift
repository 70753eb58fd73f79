import Foundation
import Testing
import XlsxPackageReader
import XlsxWriter

@Suite struct ChartAndTableTests {
  private let years = SheetRange(
    sheet: "Data", range: CellRange(from: .init(row: 0, column: 1), to: .init(row: 0, column: 3)))
  private let values = SheetRange(
    sheet: "Data", range: CellRange(from: .init(row: 1, column: 1), to: .init(row: 1, column: 3)))

  private func chart(series: [Chart.Series]? = nil, description: String = "Agency rate by year.")
    -> Chart
  {
    Chart(
      kind: .line, title: "Agency rate", description: description, categoryAxisTitle: "Year",
      valueAxisTitle: "Agency rate (%)",
      series: series ?? [
        Chart.Series(name: "Slough", categories: years, values: values),
        Chart.Series(
          name: "England", categories: years, values: values, color: .black, lineWidth: 2.5,
          isDashed: true),
      ])
  }

  private func writeData(_ workbook: Workbook) throws(XlsxError) -> Worksheet {
    let sheet = try workbook.addWorksheet(named: "Data")
    for (column, year) in [2017, 2018, 2019].enumerated() {
      try sheet.write(.number(Double(year)), at: CellReference(row: 0, column: column + 1))
    }
    for column in 1...3 {
      try sheet.write(.number(Double(column) * 10), at: CellReference(row: 1, column: column))
    }
    return sheet
  }

  @Test func insertsAChartWithTitleAxesAndAltText() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("chart.xlsx")
    try Workbook.write(to: path) { workbook throws(XlsxError) in
      try writeData(workbook).insert(chart(), at: CellReference(row: 4, column: 0))
    }
    let package = try XlsxPackage(url: URL(fileURLWithPath: path))
    let drawing = try package.xml("xl/drawings/drawing1.xml")
    #expect(drawing.first("cNvPr")?["descr"] == "Agency rate by year.")
    let chartXML = try package.xml("xl/charts/chart1.xml")
    let titles = chartXML.all("title").map { $0.all("t").map(\.text).joined() }
    #expect(titles == ["Agency rate", "Year", "Agency rate (%)"])
    #expect(chartXML.all("ser").count == 2)
    #expect(chartXML.all("f").map(\.text).contains("Data!$B$2:$D$2"))
    #expect(chartXML.first("prstDash")?["val"] == "dash")
  }

  @Test func refusesChartsWithoutSeriesOrDescription() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bad: [(Chart, String)] = [
      (chart(series: []), "it has no series"),
      (chart(description: " "), "its description is empty"),
      (
        chart(series: [
          Chart.Series(
            name: "X", categories: years,
            values: SheetRange(
              sheet: "Data",
              range: CellRange(from: .init(row: 1, column: 1), to: .init(row: 2, column: 2))))
        ]), "series \"X\": B2:C3 is not one row or column"
      ),
    ]
    for (chart, reason) in bad {
      #expect(throws: XlsxError.invalidChart("Agency rate", reason: reason)) {
        try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
          try writeData(workbook).insert(chart, at: CellReference(row: 4, column: 0))
        }
      }
    }
    #expect(try directory.contents().isEmpty)
  }

  @Test func refusesBadTables() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let range = CellRange(from: .init(row: 0, column: 0), to: .init(row: 3, column: 1))
    let first = Table(name: "First", range: range, headers: ["A", "B"])
    let bad: [(Table, String)] = [
      (Table(name: "T", range: range, headers: ["A"]), "it has 1 headers for 2 columns"),
      (Table(name: "T", range: range, headers: ["A", "a"]), "the header \"a\" is repeated"),
      (Table(name: "T", range: range, headers: ["A", ""]), "a header is empty"),
      (
        Table(
          name: "T", range: CellRange(from: .init(row: 0, column: 0), to: .init(row: 0, column: 1)),
          headers: ["A", "B"]), "it needs a header row and at least one row"
      ),
      (
        Table(name: "B2", range: range, headers: ["A", "B"]),
        "its name: it looks like a cell reference"
      ),
      (
        Table(name: "first", range: range, headers: ["A", "B"]),
        "a table on S already has that name"
      ),
      (
        Table(
          name: "T", range: CellRange(from: .init(row: 2, column: 1), to: .init(row: 5, column: 2)),
          headers: ["A", "B"]), "it overlaps the table at A1:B4"
      ),
    ]
    for (table, reason) in bad {
      #expect(throws: XlsxError.invalidTable(table.name, reason: reason)) {
        try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
          let sheet = try workbook.addWorksheet(named: "S")
          try sheet.addTable(first)
          try sheet.addTable(table)
        }
      }
    }
  }

  @Test func allowsOneAutofilterPerSheet() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let range = CellRange(from: .init(row: 0, column: 0), to: .init(row: 3, column: 1))
    #expect(
      throws: XlsxError.invalidRange("A1:B4", reason: "S already has an autofilter (one per sheet)")
    ) {
      try Workbook.write(to: directory.path("x.xlsx")) { workbook throws(XlsxError) in
        let sheet = try workbook.addWorksheet(named: "S")
        try sheet.addAutofilter(over: range)
        try sheet.addAutofilter(over: range)
      }
    }
  }

  @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
  func namesColumns(column: Int, letters: String) {
    #expect(CellReference.letters(ofColumn: column) == letters)
  }

  @Test func quotesSheetNamesInReferences() {
    let range = CellRange(from: .init(row: 0, column: 0), to: .init(row: 4, column: 0))
    #expect(SheetRange(sheet: "Data", range: range).formulaReference == "Data!$A$1:$A$5")
    #expect(
      SheetRange(sheet: "Bob's data", range: range).formulaReference == "'Bob''s data'!$A$1:$A$5")
  }
}
