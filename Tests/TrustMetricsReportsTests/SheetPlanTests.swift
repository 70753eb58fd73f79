import Testing
import TrustMetricsCore
import XlsxWriter

@testable import TrustMetricsReports

/// A plan lists its cells in row, then column order however they were planned, keeps the later
/// of two cells planned at one place, and measures widths and heights the same way whether it
/// is asked directly or given its listed entries.
@Suite struct SheetPlanTests {
  /// Cells as (row, column, value) for comparing listings.
  static func cells(_ plan: SheetPlan) -> [String] {
    plan.entries.map { "\($0.cell.a1)=\($0.entry.value)" }
  }

  @Test func cellsAreListedInRowThenColumnOrderWhateverTheOrderPlanned() {
    var plan = SheetPlan(name: "S")
    plan.set(.number(23), row: 2, column: 3)
    plan.set(.number(1), row: 0, column: 1)
    plan.set(.number(20), row: 2, column: 0)
    plan.set(.number(52), row: 5, column: 2)
    plan.set(.number(0), row: 0, column: 0)
    plan.set(.number(21), row: 2, column: 1)
    #expect(
      Self.cells(plan) == [
        "A1=number(0.0)", "B1=number(1.0)", "A3=number(20.0)", "B3=number(21.0)",
        "D3=number(23.0)", "C6=number(52.0)",
      ])
    #expect(plan.cellCount == 6)
    // Rows 0…5 are used, so row 6 is the next free one.
    #expect(plan.nextRow == 6)
    var visited: [String] = []
    plan.forEachEntry { cell, _ in visited.append(cell.a1) }
    #expect(visited == ["A1", "B1", "A3", "B3", "D3", "C6"])
  }

  @Test func anEmptyPlanStartsAtRowZero() {
    let plan = SheetPlan(name: "S")
    #expect(plan.nextRow == 0)
    #expect(plan.entries.isEmpty)
    #expect(plan.entry(row: 0, column: 0) == nil)
    #expect(plan.columnWidths().isEmpty)
  }

  @Test func aCellPlannedTwiceKeepsTheLaterOne() throws {
    var plan = SheetPlan(name: "S")
    plan.set(.text("a"), row: 1, column: 1, note: "first")
    plan.set(.text("z"), row: 1, column: 4)
    plan.set(.text("b"), row: 1, column: 1, style: WorkbookStyles.text)
    let entry = try #require(plan.entry(row: 1, column: 1))
    #expect(entry.value == .text("b"))
    #expect(entry.style == WorkbookStyles.text)
    #expect(entry.note == nil)
    #expect(plan.entry(row: 1, column: 0) == nil)
    #expect(plan.entry(row: 1, column: 2) == nil)
    #expect(plan.entry(row: 9, column: 1) == nil)
    #expect(plan.entry(row: -1, column: 1) == nil)
    #expect(plan.cellCount == 2)
    #expect(Self.cells(plan) == ["B2=text(\"b\")", "E2=text(\"z\")"])
  }

  @Test func aStyleIDPlansTheSameCellsAsItsStyle() {
    var byStyle = SheetPlan(name: "S")
    var byID = SheetPlan(name: "S")
    let rate = byID.styleID(of: WorkbookStyles.rate)
    let text = byID.styleID(of: WorkbookStyles.text)
    #expect(byID.styleID(of: WorkbookStyles.rate) == rate)
    for row in 0..<3 {
      byStyle.set(.text("r\(row)"), row: row, column: 0, style: WorkbookStyles.text)
      byID.set(.text("r\(row)"), row: row, column: 0, style: text)
      byStyle.set(number: row == 1 ? nil : 2.5, row: row, column: 1, style: WorkbookStyles.rate)
      byID.set(number: row == 1 ? nil : 2.5, row: row, column: 1, style: rate)
    }
    let listed = byStyle.entries
    let listedByID = byID.entries
    #expect(listed.map(\.cell) == listedByID.map(\.cell))
    #expect(listed.map(\.entry.value) == listedByID.map(\.entry.value))
    #expect(listed.map(\.entry.style) == listedByID.map(\.entry.style))
    #expect(listed.map(\.entry.note) == listedByID.map(\.entry.note))
    // The missing number is an empty cell in the style.
    #expect(byID.entry(row: 1, column: 1)?.value == .blank)
    #expect(byID.entry(row: 1, column: 1)?.style == WorkbookStyles.rate)
  }

  /// A plan with one column of each kind, measured by hand.
  ///
  /// - A: "Brighter Futures for Children", 29 characters → 29 + 2 = 31.
  /// - B: £7,600,000 as `£#,##0;[Red]-£#,##0`: 7 digits + 2 separators + 2 decimals (no point
  ///   in the format) + 2 + 1 for the format = 14 → 16.
  /// - C: a header of 40 characters counts 24 → 26. A header wraps too: a column 26 wide holds
  ///   28.6 characters a line, so ⌈40 ÷ 28.6⌉ = 2 lines → 2 × 15 + 3 = 33 points for row 0.
  /// - D: only an empty cell: 0 + 2, at least 8 → 8.
  /// - E: a title that does not size its column: no width.
  /// - F: fixed at 12 whatever it holds.
  /// - G: 130 wrapped characters; the column is at most 60 wide, which holds 66 characters a
  ///   line: ⌈130 ÷ 66⌉ = 2 lines → 2 × 15 + 3 = 33 points for row 2; the 5-character "short"
  ///   in row 3 fits on one line, so row 3 gets no height.
  static func measuredPlan() -> SheetPlan {
    var plan = SheetPlan(name: "S")
    plan.set(.text("Brighter Futures for Children"), row: 1, column: 0)
    plan.set(.number(7_600_000), row: 1, column: 1, style: WorkbookStyles.pounds)
    plan.set(
      .text("Reported − official value of the measure"), row: 0, column: 2,
      style: WorkbookStyles.header)
    plan.set(.blank, row: 1, column: 3, note: "Nothing.")
    plan.set(
      .text("A very long title that spills over its empty neighbours"), row: 0, column: 4,
      style: WorkbookStyles.title, sizesColumn: false)
    plan.set(.text("Wide enough to be cut"), row: 1, column: 5)
    plan.set(
      .text(String(repeating: "w", count: 130)), row: 2, column: 6, style: WorkbookStyles.wrapped)
    plan.set(.text("short"), row: 3, column: 6, style: WorkbookStyles.wrapped)
    plan.fixedWidths = [5: 12]
    return plan
  }

  @Test func widthsAndHeightsWorkedByHand() {
    let plan = Self.measuredPlan()
    let widths = plan.columnWidths()
    #expect(widths == [0: 31, 1: 16, 2: 26, 3: 8, 5: 12, 6: 60])
    #expect(plan.rowHeights(widths: widths) == [0: 33, 2: 33])
    let layout = plan.layout()
    #expect(layout.widths == widths)
    #expect(layout.heights == [0: 33, 2: 33])
  }

  @Test func listedEntriesMeasureTheSameAsThePlan() {
    let plan = Self.measuredPlan()
    let entries = plan.entries
    let widths = plan.columnWidths(of: entries)
    #expect(widths == plan.columnWidths())
    #expect(plan.rowHeights(of: entries, widths: widths) == plan.rowHeights(widths: widths))
  }

  @Test func formulasAreCounted() {
    var plan = SheetPlan(name: "S")
    plan.set(.formula("=A1+1", result: .number(2)), row: 0, column: 1)
    plan.set(.number(1), row: 0, column: 0)
    plan.set(.formula("=IF(A1>0,\"yes\",\"no\")", result: .text("yes")), row: 3, column: 0)
    plan.set(.text("=not a formula"), row: 3, column: 1)
    #expect(plan.formulaCount == 2)
  }

  /// Plans and scopes cross threads (sheets may be planned while another is written): this
  /// compiles only while they are `Sendable`.
  @Test func plansAndScopesAreSendable() {
    func sendable<Value: Sendable>(_ value: Value) -> Value { value }
    let plan = sendable(SheetPlan(name: "S"))
    let scope = sendable(WorkbookScope(codes: [], statistics: WorkforceStatistics(records: [])))
    #expect(plan.name == "S")
    #expect(scope.authorities.isEmpty)
  }
}
