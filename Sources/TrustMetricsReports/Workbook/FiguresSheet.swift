import TrustMetricsCore
import XlsxWriter

/// The Figures sheet: every extracted figure with its citation.
enum FiguresSheet {
  static let headers = [
    "Id", "Entity", "Measure", "Period", "Value", "Unit", "Qualifier", "Publisher", "Date",
    "Source", "Line", "Check status", "Quote",
  ]

  static func plan(dataset: Dataset, checkStatuses: [String: String] = [:]) -> SheetPlan {
    var plan = SheetPlan(name: "Figures")
    var row = 1
    for figure in dataset.figures {
      let citation = dataset.citation(for: figure)
      let texts = [
        figure.id, figure.entity, figure.measure.rawValue, figure.period.description,
      ]
      for (column, text) in texts.enumerated() {
        plan.set(.text(text), row: row, column: column, style: WorkbookStyles.text)
      }
      plan.set(
        .number(figure.doubleValue), row: row, column: 4,
        style: WorkbookStyles.value(of: figure.unit))
      plan.set(.text(figure.unit.rawValue), row: row, column: 5, style: WorkbookStyles.text)
      plan.set(
        .text(figure.qualifiers.map(\.rawValue).joined(separator: ";")), row: row, column: 6,
        style: WorkbookStyles.text)
      plan.set(.text(citation.publisher ?? ""), row: row, column: 7, style: WorkbookStyles.text)
      plan.set(
        .text(citation.date?.description ?? ""), row: row, column: 8, style: WorkbookStyles.text)
      plan.set(.text(citation.source), row: row, column: 9, style: WorkbookStyles.text)
      plan.set(
        number: citation.position.map { Double($0.line) }, row: row, column: 10,
        style: WorkbookStyles.integer, missingNote: "The quote was not found in the source.")
      plan.set(
        .text(checkStatuses[figure.id] ?? "not checked"), row: row, column: 11,
        style: WorkbookStyles.text)
      plan.set(.text(citation.quote), row: row, column: 12, style: WorkbookStyles.wrapped)
      row += 1
    }
    if dataset.figures.isEmpty {
      plan.set(.text("No figures."), row: row, column: 0)
      row += 1
    }
    plan.addTable(name: "Figures", headers: headers, headerRow: 0, lastRow: row - 1)
    plan.fixedWidths = [12: 80]
    plan.maximumWidth = 40
    return plan
  }
}
