import Foundation
import Testing
import TrustMetricsCore
import XlsxPackageReader
import XlsxWriter

@testable import TrustMetricsReports

/// The Finance sheet written from ``FinanceSheetFixture``: rows copied from the bundled official
/// files, so every expected value below is worked by hand from the quoted rows.
@Suite struct FinanceSheetTests {
  /// The written Finance sheet's cells, with look-ups by row label.
  struct Sheet {
    let cells: [String: XlsxPackage.CellEntry]

    /// The column letters of a header in row 1, such as `E` for `FY2024-25`.
    func column(ofHeader header: String) throws -> String {
      let found = cells.first { key, entry in
        entry.value == header && key.drop { $0.isLetter } == "1"
      }
      return try #require(found.map { String($0.key.prefix { $0.isLetter }) })
    }

    /// The rows (1-based) whose columns A, B and C hold these texts.
    func rows(authority: String, code: String, label: String) -> [Int] {
      cells.compactMap { key, entry -> Int? in
        guard key.hasPrefix("C"), entry.value == label, let row = Int(key.dropFirst()),
          cells["A\(row)"]?.value == authority, cells["B\(row)"]?.value == code
        else { return nil }
        return row
      }.sorted()
    }

    /// The first such row.
    func row(authority: String, code: String, label: String) throws -> Int {
      try #require(rows(authority: authority, code: code, label: label).first)
    }

    /// A cell's cached number.
    func number(_ reference: String) -> Double? { cells[reference]?.value.flatMap(Double.init) }
  }

  static let northamptonshire = "North Northamptonshire / West Northamptonshire"

  func written(constantMemory: Bool = false) throws -> (XlsxPackage, Sheet, URL) {
    let directory = try WorkbookFixture.temporaryDirectory()
    let path = directory.appendingPathComponent("finance.xlsx").path
    _ = try ComparisonWorkbook.write(
      FinanceSheetFixture.dataset,
      options: WorkbookOptions(
        constantMemory: constantMemory, created: Date(timeIntervalSince1970: 1_750_000_000)),
      to: path, replacingExisting: false)
    let package = try XlsxPackage(url: URL(fileURLWithPath: path))
    return (package, Sheet(cells: try package.cells(ofSheet: "Finance")), directory)
  }

  func plan() -> SheetPlan {
    let dataset = FinanceSheetFixture.dataset
    let scope = WorkbookScope(
      codes: ComparisonWorkbook.defaultAuthorityCodes(in: dataset), statistics: dataset.workforce)
    return FinanceSheet.plan(dataset: dataset, scope: scope)
  }

  /// The planned row (0-based) whose columns A, B and C hold these texts.
  func plannedRow(_ plan: SheetPlan, authority: String, code: String, label: String) -> Int? {
    (0..<plan.nextRow).first { row in
      func text(_ column: Int) -> String? {
        if case .text(let text)? = plan.entry(row: row, column: column)?.value { return text }
        return nil
      }
      return text(0) == authority && text(1) == code && text(2) == label
    }
  }

  @Test(arguments: [false, true])
  func bradfordSpendPerChildIsALiveFormulaOverSpendAndChildren(constantMemory: Bool) throws {
    let (_, sheet, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    let year = try sheet.column(ofHeader: "FY2024-25")
    let spend = try sheet.row(
      authority: "Bradford", code: "380", label: "Total C&YP spend, s251 (£)")
    let children = try sheet.row(
      authority: "Bradford", code: "380", label: "Children aged 0–17 (ONS)")
    let perChild = try sheet.row(authority: "Bradford", code: "380", label: "Spend per child (£)")
    // "C&YPExpenditure,...,2024-25,380,Bradford,Yorkshire and The Humber,253549261" and
    // "2024,...,380,E08000032,Bradford,Children aged 0 to 17 years,142483".
    #expect(sheet.number("\(year)\(spend)") == 253_549_261)
    #expect(sheet.number("\(year)\(children)") == 142_483)
    let cell = try #require(sheet.cells["\(year)\(perChild)"])
    #expect(cell.formula == "\(year)\(spend)/\(year)\(children)")
    // 253,549,261 ÷ 142,483 = £1,779.51 per child.
    let cached = try #require(cell.value.flatMap(Double.init))
    #expect(abs(cached - 253_549_261.0 / 142_483.0) <= 1e-12 * cached)
    #expect(abs(cached - 1_779.51) < 0.005)
  }

  @Test(arguments: [false, true])
  func worcestershireChildrenFirstsBudgetSitsBesideTheOfficialOutturn(constantMemory: Bool)
    throws
  {
    let (_, sheet, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    let header = try #require(sheet.cells.first { $0.value.value == "Body (council)" }?.key)
    let headerRow = try #require(Int(header.dropFirst()))
    #expect(sheet.cells["H\(headerRow)"]?.value == "Official outturn: s251 C&YPExpenditure (£)")
    #expect(
      sheet.cells["I\(headerRow)"]?.value == "Official outturn: RO3 children's social care C3 (£)")
    let row = headerRow + 1
    #expect(sheet.cells["A\(row)"]?.value == "Worcestershire Children First (Worcestershire)")
    #expect(sheet.cells["B\(row)"]?.value == "FY2023-24")
    // The news: a gross budget of £148.4m for 2023-24.
    #expect(sheet.number("D\(row)") == 148_400_000)
    // "C&YPExpenditure,...,2023-24,885,Worcestershire,West Midlands,139635466": £139.6m.
    let year = try sheet.column(ofHeader: "FY2023-24")
    let spend = try sheet.row(
      authority: "Worcestershire", code: "885", label: "Total C&YP spend, s251 (£)")
    #expect(sheet.cells["H\(row)"]?.formula == "\(year)\(spend)")
    #expect(sheet.number("H\(row)") == 139_635_466)
    // "2023-24,E1821,E10000034,Worcestershire CC,...,Total Expenditure (C3 = C1 + C2),147901"
    // (£ thousand): £147,901,000 = £147.9m.
    let care = try sheet.row(
      authority: "Worcestershire", code: "885", label: "Social care spend, RO3 C3 (£)")
    #expect(sheet.cells["I\(row)"]?.formula == "\(year)\(care)")
    #expect(sheet.number("I\(row)") == 147_901_000)
    #expect(Cell.fixed(139_635_466 / 1e6, places: 1) == "139.6")
    #expect(Cell.fixed(147_901_000 / 1e6, places: 1) == "147.9")
  }

  @Test func officialAmountsAreShownInMillionsAndTheBandHasNoColour() throws {
    let plan = plan()
    let grid = FinanceGrid(years: [2023, 2024])
    let spend = try #require(
      plannedRow(plan, authority: "Bradford", code: "380", label: "Total C&YP spend, s251 (£)"))
    let column = try #require(grid.column(ofYear: 2024))
    #expect(plan.entry(row: spend, column: column)?.style == FinanceStyles.millions)
    let perChild = try #require(
      plannedRow(plan, authority: "Bradford", code: "380", label: "Spend per child (£)"))
    let band = try #require(plan.entry(row: perChild, column: grid.bandColumn))
    #expect(band.style?.backgroundColor == nil)
    #expect(band.style?.fontColor == nil)
  }

  @Test(arguments: [false, true])
  func jointRowsAddUpTheirTwoAuthorities(constantMemory: Bool) throws {
    let (_, sheet, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    let year = try sheet.column(ofHeader: "FY2024-25")
    let name = Self.northamptonshire
    let spend = try sheet.row(
      authority: name, code: "940 / 941", label: "Total C&YP spend, s251 (£)")
    let children = try sheet.row(
      authority: name, code: "940 / 941", label: "Children aged 0–17 (ONS)")
    // Each sum's two authorities are the rows just above it.
    for sum in [spend, children] {
      #expect(sheet.cells["B\(sum - 2)"]?.value == "940")
      #expect(sheet.cells["C\(sum - 2)"]?.value == "· North Northamptonshire")
      #expect(sheet.cells["B\(sum - 1)"]?.value == "941")
      #expect(sheet.cells["C\(sum - 1)"]?.value == "· West Northamptonshire")
      #expect(sheet.cells["\(year)\(sum)"]?.formula == "\(year)\(sum - 2)+\(year)\(sum - 1)")
    }
    // "C&YPExpenditure,...,2024-25,940,North Northamptonshire,East Midlands,95523723" +
    // "...,2024-25,941,West Northamptonshire,East Midlands,118755822" = 214,279,545.
    #expect(sheet.number("\(year)\(spend - 2)") == 95_523_723)
    #expect(sheet.number("\(year)\(spend - 1)") == 118_755_822)
    #expect(sheet.number("\(year)\(spend)") == 214_279_545)
    // Children: 83,113 (940) + 96,295 (941) = 179,408.
    #expect(sheet.number("\(year)\(children)") == 179_408)
    // Spend per child: 214,279,545 ÷ 179,408 = £1,194.37.
    let perChild = try sheet.row(authority: name, code: "940 / 941", label: "Spend per child (£)")
    #expect(sheet.cells["\(year)\(perChild)"]?.formula == "\(year)\(spend)/\(year)\(children)")
    let cached = try #require(sheet.number("\(year)\(perChild)"))
    #expect(abs(cached - 214_279_545.0 / 179_408.0) <= 1e-12 * cached)
    #expect(abs(cached - 1_194.37) < 0.005)
  }

  @Test func aJointRowHasNoUnitCostAndSaysWhy() throws {
    let plan = plan()
    let grid = FinanceGrid(years: [2023, 2024])
    let column = try #require(grid.column(ofYear: 2024))
    let label = "Looked-after weekly unit cost (£ per week)"
    let joint = try #require(
      plannedRow(plan, authority: Self.northamptonshire, code: "940 / 941", label: label))
    let cell = try #require(plan.entry(row: joint, column: column))
    guard case .blank = cell.value else {
      Issue.record("The joint row's unit cost is \(cell.value), not empty")
      return
    }
    #expect(cell.note?.contains(SuppressionMarker.jointRow.meaning) == true)
    guard case .text(let notes)? = plan.entry(row: joint, column: grid.notesColumn)?.value else {
      Issue.record("No notes beside the joint row's unit cost")
      return
    }
    #expect(
      notes.contains(FinanceNotes.jointRowNote(.lacWeeklyUnitCost, name: Self.northamptonshire)))
    // A single authority's unit cost is published: "LACFinance,...,2024-25,380,Bradford,...,2310".
    let bradford = try #require(
      plannedRow(plan, authority: "Bradford", code: "380", label: label))
    guard case .number(let value)? = plan.entry(row: bradford, column: column)?.value else {
      Issue.record("Bradford's unit cost is missing")
      return
    }
    #expect(value == 2_310)
  }

  @Test(arguments: [false, true])
  func theAgencyIndicatorHasItsOwnTableAndLabel(constantMemory: Bool) throws {
    let (package, sheet, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    if !constantMemory {
      let tables = try package.paths(under: "xl/tables/").map { try package.xml($0) }
      #expect(tables.contains { $0.all("table").first?["name"] == "AgencyCostIndicator" })
    }
    // The label, split over note lines under the section title.
    let title = try #require(
      sheet.cells.first { $0.value.value == "Agency cost per agency FTE: an indicator" }?.key)
    let titleRow = try #require(Int(title.dropFirst()))
    var label: [String] = []
    var row = titleRow + 1
    while let text = sheet.cells["A\(row)"]?.value, sheet.cells["B\(row)"] == nil {
      label.append(text)
      row += 1
    }
    #expect(label.joined(separator: " ") == FinanceNotes.indicatorLabel)
    let year = try sheet.column(ofHeader: "FY2023-24")
    let indicator = "Agency cost per agency FTE (indicator) (£ per FTE)"
    let cost = try sheet.row(
      authority: "Worcestershire", code: "885", label: "Agency staff cost, RO3 (£)")
    let fte = try sheet.row(
      authority: "Worcestershire", code: "885", label: "Agency social workers (FTE)")
    let value = try sheet.row(authority: "Worcestershire", code: "885", label: indicator)
    // "2023-24,E1821,E10000034,Worcestershire CC,...,agency staff cost memorandum item,3531"
    // (£ thousand) ÷ 33 agency FTE at the census of September 2023 = £107,000 per FTE.
    #expect(sheet.cells["\(year)\(value)"]?.formula == "\(year)\(cost)/\(year)\(fte)")
    #expect(sheet.number("\(year)\(value)") == 107_000)
  }

  @Test func aMemorandumOfZeroIsNotReportedAndAMissingReturnKeepsItsMarker() throws {
    let plan = plan()
    let grid = FinanceGrid(years: [2023, 2024])
    let column = try #require(grid.column(ofYear: 2023))
    // "2023-24,E2802,E06000062,West Northamptonshire,...,agency staff cost memorandum item,0".
    let west = try #require(
      (0..<plan.nextRow).first { row in
        if case .text("· West Northamptonshire")? = plan.entry(row: row, column: 2)?.value,
          case .text("941")? = plan.entry(row: row, column: 1)?.value,
          case .text("Agency staff cost, RO3 (£)")? = plan.entry(row: row + 1, column: 2)?.value
        {
          return true
        }
        return false
      })
    let memorandum = try #require(plan.entry(row: west, column: column))
    guard case .blank = memorandum.value else {
      Issue.record("A memorandum of 0 is shown as \(memorandum.value)")
      return
    }
    let trust =
      "Northamptonshire Children's Trust ran the service: the trust's agency spend is not in the council's return."
    #expect(memorandum.note?.hasPrefix("Not reported") == true)
    #expect(memorandum.note?.hasSuffix(trust) == true)
    let indicator = try #require(
      plannedRow(
        plan, authority: Self.northamptonshire, code: "940 / 941",
        label: "Agency cost per agency FTE (indicator) (£ per FTE)"))
    #expect(plan.entry(row: indicator, column: column)?.note?.hasSuffix(trust) == true)
    // "2023-24,E4701,E08000032,Bradford,MD,[x],TOTAL CHILDREN SOCIAL CARE,...,[x]".
    let bradford = try #require(
      plannedRow(plan, authority: "Bradford", code: "380", label: "Social care spend, RO3 C3 (£)"))
    let missing = try #require(plan.entry(row: bradford, column: column))
    guard case .blank = missing.value else {
      Issue.record("A return not received is shown as \(missing.value)")
      return
    }
    #expect(missing.note == "Published as [x]: RO3 return not received.")
    var notes: [String] = []
    plan.forEachEntry { _, entry in
      if case .text(let text) = entry.value, entry.style == WorkbookStyles.note {
        notes.append(text)
      }
    }
    #expect(
      notes.joined(separator: " ").contains(
        "Missing: Bradford, RO3 children's social care C3, RO3 agency staff cost memorandum in FY2023-24: published as [x] (RO3 return not received)."
      ))
  }

  @Test(arguments: [false, true])
  func englandTheRegionAndTheNeighboursStandBesideEachMeasure(constantMemory: Bool) throws {
    let (_, sheet, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    let year = try sheet.column(ofHeader: "FY2024-25")
    let perChild = try sheet.row(authority: "Bradford", code: "380", label: "Spend per child (£)")
    #expect(sheet.cells["C\(perChild + 1)"]?.value == "England")
    #expect(sheet.cells["C\(perChild + 2)"]?.value == "Yorkshire and The Humber (region)")
    #expect(sheet.cells["C\(perChild + 3)"]?.value == "Statistical neighbours' median")
    // England: "C&YPExpenditure,...,2024-25,970,England,,16012355892" ÷ 12,183,016 children
    // = £1,314.32.
    let england = try #require(sheet.number("\(year)\(perChild + 1)"))
    #expect(abs(england - 16_012_355_892.0 / 12_183_016.0) <= 1e-12 * england)
    // Region: "...,2024-25,982,Yorkshire and the Humber,,1628694479" ÷ 1,181,103 = £1,378.96.
    let region = try #require(sheet.number("\(year)\(perChild + 2)"))
    #expect(abs(region - 1_628_694_479.0 / 1_181_103.0) <= 1e-12 * region)
    #expect(abs(region - 1_378.96) < 0.005)
    // Neighbours 885 and 940: Worcestershire 140,293,921 ÷ 120,119 = £1,167.96 and the joint
    // row £1,194.37; the median of two is their mean, £1,181.16.
    let median = try #require(sheet.number("\(year)\(perChild + 3)"))
    let expected = (140_293_921.0 / 120_119.0 + 214_279_545.0 / 179_408.0) / 2
    #expect(abs(median - expected) <= 1e-12 * median)
    #expect(abs(median - 1_181.16) < 0.005)
    // Rank and band: of 1,167.96, 1,194.37 and 1,779.51, Bradford's is the highest (rank 3 of
    // 3); type-7 Q3 = 1,194.37 + 0.5 × (1,779.51 − 1,194.37) = 1,486.94 < 1,779.51: band D.
    let grid = try sheet.column(ofHeader: "Rank FY2024-25")
    #expect(sheet.cells["\(grid)\(perChild)"]?.value == "3")
    let bandColumn = try sheet.column(ofHeader: "Band FY2024-25")
    #expect(sheet.cells["\(bandColumn)\(perChild)"]?.value == "D")
    let worcestershire = try sheet.row(
      authority: "Worcestershire", code: "885", label: "Spend per child (£)")
    #expect(sheet.cells["\(bandColumn)\(worcestershire)"]?.value == "A")
  }

  @Test(arguments: [false, true])
  func chartsPlotSpendPerChildByFinancialYearWithEngland(constantMemory: Bool) throws {
    let (package, sheet, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    let charts = try package.paths(under: "xl/charts/chart").map { try package.xml($0) }
    let line = try #require(
      charts.first {
        $0.all("t").map(\.text).joined().contains("Spend per child by financial year")
      })
    // Categories: the header cells of the financial years.
    let first = try sheet.column(ofHeader: "FY2023-24")
    let last = try sheet.column(ofHeader: "FY2024-25")
    let categories = Set(line.all("cat").compactMap { $0.first("f")?.text })
    #expect(categories == ["Finance!$\(first)$1:$\(last)$1"])
    let names = line.all("tx").compactMap { $0.first("v")?.text }
    #expect(names.contains("England"))
    #expect(names.contains("Bradford"))
    #expect(line.first("prstDash")?["val"] == "dash")
    // The bar chart of the latest year, England's bar black.
    let bar = try #require(charts.first { $0.first("barDir")?["val"] == "bar" })
    #expect(bar.all("t").map(\.text).joined().contains("Spend per child in FY2024-25"))
    let points = bar.all("dPt")
    #expect(points.count == 1)
    #expect(points.first?.first("srgbClr")?["val"] == "000000")
    let values = try #require(bar.first("val")?.first("f")?.text)
    #expect(values.hasPrefix("Finance!$\(last)$"))
    // England's place among the bars is the row its point colours.
    let index = try #require(points.first?.first("idx")?["val"].flatMap(Int.init))
    let firstRow = try #require(
      Int(values.split(separator: "$")[2].prefix { $0.isNumber }))
    #expect(sheet.cells["A\(firstRow + index)"]?.value == "England")
  }

  @Test(arguments: [false, true])
  func printsLandscapeOnePageWideWithTheHeaderRowOnEveryPage(constantMemory: Bool) throws {
    let (package, _, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try package.definedNames()["_xlnm.Print_Titles"] == "Finance!$1:$1")
    let path = try #require(try package.sheets().first { $0.name == "Finance" }?.path)
    let xml = try package.xml(path)
    #expect(xml.first("pageSetup")?["orientation"] == "landscape")
    #expect(xml.first("pageSetup")?["fitToHeight"] == "0")
    #expect(xml.first("pageSetUpPr")?["fitToPage"] == "1")
    #expect(xml.first("rowBreaks") != nil)
  }

  @Test(arguments: [false, true])
  func everyFormulaRecomputesFromTheCellsItNames(constantMemory: Bool) throws {
    let (_, sheet, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    var checked = 0
    for (reference, cell) in sheet.cells {
      guard let formula = cell.formula else { continue }
      let cached = try #require(cell.value.flatMap(Double.init), "\(reference)")
      #expect(cached.isFinite)
      // The forms the sheet writes: A1, A1/B1, A1/B1*100, A1+B1.
      let scale = formula.hasSuffix("*100") ? 100.0 : 1
      let body = formula.hasSuffix("*100") ? String(formula.dropLast(4)) : formula
      let expected: Double
      if body.contains("/") {
        let parts = body.split(separator: "/").map { sheet.number(String($0)) }
        let top = try #require(parts.first ?? nil, "\(reference)")
        let bottom = try #require(parts.last ?? nil, "\(reference)")
        expected = top / bottom * scale
      } else {
        let terms = body.split(separator: "+").map { sheet.number(String($0)) }
        expected = try terms.reduce(0) { total, term in
          try total + #require(term, "\(reference): \(formula)")
        }
      }
      #expect(abs(cached - expected) <= 1e-9 * max(1, abs(expected)), "\(reference): \(formula)")
      checked += 1
    }
    #expect(checked > 20)
  }

  @Test func everyEmptyOfficialCellSaysWhy() {
    let plan = plan()
    let grid = FinanceGrid(years: [2023, 2024])
    var empty = 0
    plan.forEachEntry { cell, entry in
      guard grid.years.indices.contains(cell.column - FinanceGrid.firstYearColumn),
        case .blank = entry.value
      else { return }
      // The news table's blank amounts share one note under the table.
      guard case .text(let label)? = plan.entry(row: cell.row, column: 2)?.value,
        !label.hasPrefix("actual:"), !label.hasPrefix("budget:"), !label.hasPrefix("forecast:")
      else { return }
      #expect(entry.note?.isEmpty == false, "\(cell.a1) (\(label)) is empty without a reason")
      empty += 1
    }
    #expect(empty > 0)
  }
}
