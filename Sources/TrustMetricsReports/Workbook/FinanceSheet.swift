import Foundation
import TrustMetricsCore
import XlsxWriter

/// The Finance sheet: budgets and overspends, actual and forecast, by body and financial year;
/// the overspend as a share of the budget as a formula; a column chart.
enum FinanceSheet {
  static let headers = [
    "Body", "Financial year", "Chart label", "Budget (£, cash terms)",
    "Overspend, actual (£, cash terms)", "Overspend, forecast (£, cash terms)",
    "Overspend as % of budget", "Figures used",
  ]

  /// One body's money in one financial year.
  struct Row {
    var entity: String
    var period: Period
    var budget: SourceChoice<Decimal>?
    var actual: SourceChoice<Decimal>?
    var forecast: SourceChoice<Decimal>?
  }

  /// A budget or overspend figure in scope, with what the rows need of it, copied in one pass
  /// over the figures.
  private struct Found {
    /// The figure's index in the dataset.
    var index: Int
    var id: String
    var source: String
    var value: Decimal
    var isBudget: Bool
    var isForecast: Bool
  }

  static func rows(dataset: Dataset, scope: WorkbookScope) -> [Row] {
    var found: [Found] = []
    // Groups of found figures, by position in `found`, in order of first figure.
    var groups: [(entity: String, period: Period, members: [Int])] = []
    var groupOfKey: [String: Int] = [:]
    let codes = scope.codes
    let codeOfEntity = WorkbookScope.authorityCodes(in: dataset)
    dataset.figures.withUnsafeBufferPointer { figures in
      for index in figures.indices
      where figures[index].measure == .grossBudget || figures[index].measure == .overspend {
        let entity = figures[index].entity
        guard let code = codeOfEntity[entity], codes.contains(code) else { continue }
        let period = figures[index].period
        let key = entity + "|" + period.description
        if let group = groupOfKey[key] {
          groups[group].members.append(found.count)
        } else {
          groupOfKey[key] = groups.count
          groups.append((entity, period, [found.count]))
        }
        found.append(
          Found(
            index: index, id: figures[index].id, source: figures[index].provenance.source,
            value: figures[index].value, isBudget: figures[index].measure == .grossBudget,
            isForecast: figures[index].isForecast))
      }
    }
    let grouped = groups.flatMap(\.members)
    let dates = WorkbookScope.citationDates(
      count: grouped.count, id: { found[grouped[$0]].id }, source: { found[grouped[$0]].source },
      figure: { dataset.figures[found[grouped[$0]].index] }, in: dataset)
    func choice(_ members: [Int]) -> SourceChoice<Decimal>? {
      SourceChoice(
        candidates: members.map {
          .init(
            value: found[$0].value,
            date: dates[found[$0].id]
              ?? dataset.citation(for: dataset.figures[found[$0].index]).date,
            figureID: found[$0].id)
        })
    }
    // The groups' order sorted, not their rows: the same comparisons, without moving rows.
    let order = groups.indices.sorted {
      (groups[$0].entity, groups[$0].period) < (groups[$1].entity, groups[$1].period)
    }
    return order.map { index in
      let group = groups[index]
      let budgets = group.members.filter { found[$0].isBudget }
      let overspends = group.members.filter { !found[$0].isBudget }
      return Row(
        entity: group.entity, period: group.period, budget: choice(budgets),
        actual: choice(overspends.filter { !found[$0].isForecast }),
        forecast: choice(overspends.filter { found[$0].isForecast }))
    }
  }

  /// The name a chart label gives an entity: its first alias of at most five characters, all
  /// capitals (such as `NCT`), else its name.
  static func shortName(of entity: String, in dataset: Dataset) -> String {
    dataset.entity(named: entity)?.aliases.first { $0.count <= 5 && $0 == $0.uppercased() }
      ?? entity
  }

  static func plan(dataset: Dataset, scope: WorkbookScope) -> SheetPlan {
    var plan = SheetPlan(name: "Finance")
    let found = rows(dataset: dataset, scope: scope)
    var row = 1
    // Each entity's short name, found once.
    var shortNames: [String: String] = [:]
    let textStyle = plan.styleID(of: WorkbookStyles.text)
    let pounds = plan.styleID(of: WorkbookStyles.pounds)
    let fractionPercent = plan.styleID(of: WorkbookStyles.fractionPercent)
    let wrapped = plan.styleID(of: WorkbookStyles.wrapped)
    for item in found {
      let r = row + 1
      let period = item.period.description
      plan.set(.text(item.entity), row: row, column: 0, style: textStyle)
      plan.set(.text(period), row: row, column: 1, style: textStyle)
      let short = shortNames.cachedValue(forKey: item.entity) {
        shortName(of: item.entity, in: dataset)
      }
      plan.set(.text(short + " " + period), row: row, column: 2, style: textStyle)
      let amounts = [item.budget, item.actual, item.forecast]
      // A blank amount is explained once, under the table, not by the same note on every one.
      for (offset, amount) in amounts.enumerated() {
        plan.set(
          number: amount.map { NSDecimalNumber(decimal: $0.chosen.value).doubleValue },
          row: row, column: 3 + offset, style: pounds)
      }
      if let budget = item.budget.flatMap({ Money($0.chosen.value) }),
        let (column, overspend) = item.actual.map({ ("E", $0) })
          ?? item.forecast.map({ ("F", $0) }),
        let amount = Money(overspend.chosen.value),
        let percent = BudgetVariance.overspend(outturn: budget + amount, budget: budget)
          .percentOfBase
      {
        plan.set(
          .formula("=\(column)\(r)/D\(r)", result: .number(percent / 100)), row: row,
          column: 6, style: fractionPercent,
          note: column == "F" ? "Of the forecast overspend: no actual figure." : nil)
      } else {
        plan.set(
          .blank, row: row, column: 6, style: fractionPercent,
          note: "No percentage: the year has no budget figure or no overspend figure.")
      }
      var used: [String] = []
      for (label, amount) in zip(["budget", "actual", "forecast"], amounts) {
        guard let amount else { continue }
        used.append("\(label): \(amount.chosen.figureID)")
        used += amount.others.map { "  also \($0.figureID)" }
      }
      plan.set(
        .text(used.joined(separator: "\n")), row: row, column: 7, style: wrapped)
      row += 1
    }
    if found.isEmpty {
      plan.set(.text("No budget or overspend figure in scope."), row: row, column: 0)
      row += 1
    }
    plan.addTable(name: "Finance", headers: headers, headerRow: 0, lastRow: row - 1)
    plan.set(
      .text(
        "Overspend = outturn − budget (negative: an underspend). % of budget = the actual overspend (else the forecast) ÷ the budget. Where sources repeat a figure the latest-dated is used and the others are listed. "
          + InsourcingAppraisal.cashTermsNote),
      row: row + 1, column: 0, style: WorkbookStyles.note, sizesColumn: false)
    // A line of its own, so that the note above stays as wide as before when printed.
    plan.set(
      .text("A blank budget or overspend: no source gives that figure for the year."),
      row: row + 2, column: 0, style: WorkbookStyles.note, sizesColumn: false)
    if !found.isEmpty {
      let lastRow = found.count
      func column(_ index: Int) -> SheetRange {
        SheetRange(
          sheet: plan.name,
          range: CellRange(
            from: CellReference(row: 1, column: index),
            to: CellReference(row: lastRow, column: index)))
      }
      let chart = Chart(
        kind: .column, title: "Overspends by body and financial year (£m, cash terms)",
        description: String(
          ("Column chart of overspends in pounds, cash terms, actual and forecast, for "
            + found.map { "\($0.entity) \($0.period)" }.joined(separator: "; ") + ".")
            .prefix(255)),
        categoryAxisTitle: "Body and financial year", valueAxisTitle: "Overspend (£m, cash terms)",
        valueAxisNumberFormat: "£#,##0,,\"m\"",
        series: [
          Chart.Series(
            name: "Overspend, actual", categories: column(2), values: column(4),
            color: Color(rgb: 0x1F_4E79)),
          Chart.Series(
            name: "Overspend, forecast", categories: column(2), values: column(5),
            color: Color(rgb: 0xED_7D31)),
        ], width: 760, height: 400)
      plan.charts.append((chart, CellReference(row: row + 4, column: 0)))
    }
    plan.fixedWidths = [7: 60]
    plan.maximumWidth = 32
    return plan
  }
}
