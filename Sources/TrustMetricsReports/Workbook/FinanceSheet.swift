import Foundation
import TrustMetricsCore
import XlsxWriter

/// The Finance sheet: the finance comparison.
///
/// The official series of each authority in scope (``FinanceSeriesTable``), the agency-cost
/// indicator, the latest year's spend per child, the budgets and overspends the news reports
/// beside the official outturn of the same authority and year, notes, and charts. It prints
/// landscape, one page wide, the header row on every page.
enum FinanceSheet {
  /// The news table's headers.
  static let headers = [
    "Body (council)", "Financial year", "Figures used", "Budget (£, cash terms)",
    "Overspend, actual (£, cash terms)", "Overspend, forecast (£, cash terms)",
    "Overspend as % of budget", "Official outturn: s251 C&YPExpenditure (£)",
    "Official outturn: RO3 children's social care C3 (£)", "Chart label",
  ]

  /// The longest line of a note under a table, in characters: longer notes are split over rows
  /// so that the printed page keeps the tables' width.
  static let noteWidth = 150

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
    let figures = dataset.figures
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

  /// Plans the sheet: the official series from row 1 (its header printed on every page), the
  /// agency indicator, the latest year, notes, then the news table and the charts, each on a
  /// new printed page.
  static func plan(dataset: Dataset, scope: WorkbookScope) -> SheetPlan {
    var plan = SheetPlan(name: "Finance")
    let finance = dataset.finance
    let years = Set(OfficialMeasure.finance.flatMap { finance.years(of: $0) }).sorted()
    let grid = FinanceGrid(years: years)
    var series = FinanceSeriesTable(dataset: dataset, scope: scope, grid: grid)
    let news = rows(dataset: dataset, scope: scope)
    var latest: LatestTable?
    var row: Int
    if years.isEmpty {
      plan.set(
        .text("No official finance data (section 251, RO3, ONS) in the datasets."), row: 1,
        column: 0, style: WorkbookStyles.text)
      plan.addTable(name: "FinanceSeries", headers: grid.headers, headerRow: 0, lastRow: 1)
      row = 3
    } else {
      row = series.planSeries(headerRow: 0, into: &plan) + 1
      plan.set(
        .text("Agency cost per agency FTE: an indicator"), row: row, column: 0,
        style: WorkbookStyles.section, sizesColumn: false)
      row = planNote(FinanceNotes.indicatorLabel, row: row + 1, into: &plan)
      row = series.planAgencyIndicator(headerRow: row, into: &plan) + 1
      latest = planLatest(series: series, grid: grid, row: row, into: &plan)
      row = (latest?.nextRow ?? row) + 1
      row = planOfficialNotes(series: series, row: row, into: &plan) + 1
      plan.pageBreaks.append(row)
    }
    plan.set(
      .text("Budgets and overspends in the news, beside the official outturn"), row: row,
      column: 0, style: WorkbookStyles.section, sizesColumn: false)
    let newsHeader = row + 1
    row = planNews(
      news, dataset: dataset, scope: scope, series: series, grid: grid, headerRow: newsHeader,
      into: &plan)
    plan.pageBreaks.append(row + 1)
    planCharts(
      news: news, newsHeader: newsHeader, series: series, latest: latest, grid: grid,
      chartRow: row + 1, into: &plan)
    plan.repeatedRows = 0...0
    plan.fixedWidths = grid.widths
    plan.maximumWidth = 24
    return plan
  }

  /// Plans a note under a table, split into lines of at most ``noteWidth`` characters.
  ///
  /// - Returns: The next free row.
  static func planNote(_ text: String, row: Int, into plan: inout SheetPlan) -> Int {
    var row = row
    for line in lines(of: text, width: noteWidth) {
      plan.set(.text(line), row: row, column: 0, style: WorkbookStyles.note, sizesColumn: false)
      row += 1
    }
    return row
  }

  /// A text split at spaces into lines of at most `width` characters (a longer word stays whole).
  static func lines(of text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// Plans the notes under the official tables: definitions, missing returns, possible
  /// reclassifications and the sources' attribution.
  ///
  /// - Returns: The next free row.
  private static func planOfficialNotes(
    series: FinanceSeriesTable, row: Int, into plan: inout SheetPlan
  ) -> Int {
    var row = row
    plan.set(
      .text("Notes on the official figures"), row: row, column: 0, style: WorkbookStyles.section,
      sizesColumn: false)
    row += 1
    var notes = [
      "Financial years run April to March (FY2024-25 = April 2024 to March 2025); per-child values divide by ONS's estimate of children aged 0–17 at the middle of the year the financial year starts. Money in cash terms (no inflation adjustment); amounts shown in £ millions, the cells hold every pound. The ratio cells are formulas over the amount rows above them.",
      "Spend has no better or worse direction: rank 1 = the lowest value among authorities with a value that year (ties share the smaller rank); band A = the lowest quarter to D = the highest (LAIT's rule), with no colours. An empty cell has a note giving its reason; it is never 0.",
    ]
    for measure in OfficialMeasure.finance {
      notes.append(
        "\(FinanceSeriesTable.label(of: measure)): \(measure.definition) (\(origin(of: measure)))."
      )
    }
    let parts: [FinancePart] =
      [.children]
      + [.childrenAndYoungPeople, .lookedAfter, .safeguarding, .familySupport].map {
        .section251($0)
      } + [.careTotal, .agencyCost, .agencyFTE]
    for part in parts { notes.append("\(part.label): \(part.definition).") }
    // Grouped by authority and marker: the sources and years each leaves out.
    var groups:
      [(authority: String, marker: SuppressionMarker, parts: [FinancePart], years: [Int])] =
        []
    for value in series.missing {
      guard
        let index = groups.firstIndex(where: {
          $0.authority == value.authority && $0.marker == value.marker
        })
      else {
        groups.append((value.authority, value.marker, [value.part], [value.year]))
        continue
      }
      if !groups[index].parts.contains(value.part) { groups[index].parts.append(value.part) }
      if !groups[index].years.contains(value.year) { groups[index].years.append(value.year) }
    }
    for group in groups {
      let years = group.years.sorted().map { FinancialYear(startYear: $0).description }
      notes.append(
        "Missing: \(group.authority), \(group.parts.map(\.source).joined(separator: ", ")) in \(years.joined(separator: ", ")): published as \(group.marker.rawValue) (\(group.marker.meaning))."
      )
    }
    for found in series.breaks {
      notes.append(
        "Possible reclassification (flagged, not corrected): "
          + FinanceSeriesTable.sentence(found.note))
    }
    notes.append(ComparisonListing.attribution(finance: true))
    for note in notes { row = planNote(note, row: row, into: &plan) }
    return row
  }

  /// Where a measure's values come from, for its definition note.
  private static func origin(of measure: OfficialMeasure) -> String {
    switch measure.origin {
    case .section251: "DfE section 251 outturn"
    case .revenueOutturn: "MHCLG revenue outturn RO3"
    case .workforceCensus: "DfE workforce census"
    }
  }

  /// Where the latest year's table went.
  struct LatestTable {
    /// The year the financial year starts.
    var year: Int
    /// The column of the values.
    var column: Int
    /// The first row of values.
    var firstRow: Int
    /// How many rows of values.
    var count: Int
    /// England's position among them.
    var englandIndex: Int?
    /// The next free row.
    var nextRow: Int
  }

  /// Plans the latest year's spend per child of the authorities in scope and England, lowest
  /// first, each a formula over the series cell, in the latest year's column under a header row
  /// like the series table's; the bar chart reads it.
  ///
  /// - Returns: Where it went, or `nil` without years or values.
  private static func planLatest(
    series: FinanceSeriesTable, grid: FinanceGrid, row: Int, into plan: inout SheetPlan
  ) -> LatestTable? {
    guard let latest = grid.latestYear, let column = grid.column(ofYear: latest),
      !series.latestSpendPerChild.isEmpty
    else { return nil }
    let year = FinancialYear(startYear: latest).description
    plan.set(
      .text("Spend per child in \(year): the authorities in scope and England, lowest first"),
      row: row, column: 0, style: WorkbookStyles.section, sizesColumn: false)
    let headerRow = row + 1
    var next = headerRow + 1
    let sorted = series.latestSpendPerChild.enumerated().sorted { first, second in
      switch (first.element.value, second.element.value) {
      case (let a?, let b?): a < b || (a == b && first.offset < second.offset)
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): first.offset < second.offset
      }
    }.map(\.element)
    let label = FinanceSeriesTable.label(of: .spendPerChild)
    for value in sorted {
      plan.set(
        .text(value.name), row: next, column: FinanceGrid.authorityColumn,
        style: FinanceStyles.name)
      plan.set(
        .text(value.code), row: next, column: FinanceGrid.codeColumn, style: WorkbookStyles.text)
      plan.set(
        .text(label), row: next, column: FinanceGrid.labelColumn,
        style: value.code.isEmpty ? FinanceStyles.comparisonLabel : FinanceStyles.label)
      if let number = value.value {
        plan.set(
          .formula("=" + value.cell.a1, result: .number(number)), row: next, column: column,
          style: FinanceStyles.pounds)
      } else {
        plan.set(.blank, row: next, column: column, style: FinanceStyles.pounds, note: value.note)
      }
      next += 1
    }
    plan.addTable(
      name: "SpendPerChildLatest", headers: grid.headers, headerRow: headerRow, lastRow: next - 1)
    return LatestTable(
      year: latest, column: column, firstRow: headerRow + 1, count: sorted.count,
      englandIndex: sorted.firstIndex { $0.code.isEmpty }, nextRow: next)
  }

  /// Plans the news table (budgets and overspends by body and financial year, the overspend as a
  /// % of the budget) with the official outturn of the body's authority in the same year beside
  /// it, and its notes.
  ///
  /// - Returns: The row after the notes.
  private static func planNews(
    _ found: [Row], dataset: Dataset, scope: WorkbookScope, series: FinanceSeriesTable,
    grid: FinanceGrid, headerRow: Int, into plan: inout SheetPlan
  ) -> Int {
    let codeOfEntity = WorkbookScope.authorityCodes(in: dataset)
    let nameOfCode = Dictionary(
      scope.authorities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    var row = headerRow + 1
    // Each entity's short name, found once.
    var shortNames: [String: String] = [:]
    let textStyle = plan.styleID(of: WorkbookStyles.text)
    let amounts = plan.styleID(of: FinanceStyles.newsMillions)
    let fractionPercent = plan.styleID(of: WorkbookStyles.fractionPercent)
    let wrapped = plan.styleID(of: WorkbookStyles.wrapped)
    for item in found {
      let r = row + 1
      let period = item.period.description
      let code = codeOfEntity[item.entity]
      let council = code.flatMap { nameOfCode[$0] }
      plan.set(
        .text(item.entity + (council.map { " (\($0))" } ?? "")), row: row, column: 0,
        style: FinanceStyles.name)
      plan.set(.text(period), row: row, column: 1, style: textStyle)
      let short = shortNames.cachedValue(forKey: item.entity) {
        shortName(of: item.entity, in: dataset)
      }
      let figures = [item.budget, item.actual, item.forecast]
      // A blank amount is explained once, under the table, not by the same note on every one.
      for (offset, amount) in figures.enumerated() {
        plan.set(
          number: amount.map { NSDecimalNumber(decimal: $0.chosen.value).doubleValue },
          row: row, column: 3 + offset, style: amounts)
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
      for (column, part) in [(7, FinancePart.section251(.childrenAndYoungPeople)), (8, .careTotal)]
      {
        let (value, note) = official(
          part, code: code, period: item.period, series: series, grid: grid, plan: plan)
        if let (cell, number) = value {
          plan.set(
            .formula("=" + cell.a1, result: .number(number)), row: row, column: column,
            style: amounts)
        } else {
          plan.set(.blank, row: row, column: column, style: amounts, note: note)
        }
      }
      var used: [String] = []
      for (label, amount) in zip(["budget", "actual", "forecast"], figures) {
        guard let amount else { continue }
        used.append("\(label): \(amount.chosen.figureID)")
        used += amount.others.map { "  also \($0.figureID)" }
      }
      plan.set(.text(used.joined(separator: "\n")), row: row, column: 2, style: wrapped)
      plan.set(.text(short + " " + period), row: row, column: 9, style: textStyle)
      row += 1
    }
    if found.isEmpty {
      plan.set(.text("No budget or overspend figure in scope."), row: row, column: 0)
      row += 1
    }
    plan.addTable(name: "FinanceNews", headers: headers, headerRow: headerRow, lastRow: row - 1)
    row += 1
    for note in [
      "Overspend = outturn − budget (negative: an underspend). % of budget = the actual overspend (else the forecast) ÷ the budget. Where sources repeat a figure the latest-dated is used and the others are listed. "
        + InsourcingAppraisal.cashTermsNote,
      "A blank budget or overspend: no source gives that figure for the year.",
      "The official outturn of the same authority and financial year is context, not a reconciliation: a trust's budget covers what its contract covers, while s251 C&YPExpenditure is the council's gross spend on all children and young people's services (excluding capital charged to revenue) and RO3 C3 its total expenditure on children's social care. A joint row adds both councils.",
    ] {
      row = planNote(note, row: row, into: &plan)
    }
    return row
  }

  /// The official amount of a part for an authority and financial year, as the series table's
  /// cell, or the reason there is none.
  private static func official(
    _ part: FinancePart, code: String?, period: Period, series: FinanceSeriesTable,
    grid: FinanceGrid, plan: SheetPlan
  ) -> ((CellReference, Double)?, String) {
    guard let code, let partRow = series.amountRows[code]?[part] else {
      return (nil, "No official outturn: the body's authority is not in the official series.")
    }
    guard case .financialYear(let start) = period else {
      return (nil, "No official outturn: the period is not a financial year.")
    }
    guard let column = grid.column(ofYear: start) else {
      return (
        nil, "No official outturn for \(period): the official data do not cover that year."
      )
    }
    let cell = CellReference(row: partRow, column: column)
    let entry = plan.entry(row: partRow, column: column)
    let number: Double? =
      switch entry?.value {
      case .number(let number)?, .formula(_, .number(let number))?: number
      default: nil
      }
    guard let number else {
      return (nil, entry?.note ?? "No official outturn for \(period).")
    }
    return ((cell, number), "")
  }

  /// Plans the charts: spend per child by year against England (a line chart), the latest year
  /// across the authorities in scope with England marked (a bar chart), and the news
  /// overspends (a column chart).
  private static func planCharts(
    news: [Row], newsHeader: Int, series: FinanceSeriesTable, latest: LatestTable?,
    grid: FinanceGrid, chartRow: Int, into plan: inout SheetPlan
  ) {
    var chartRow = chartRow
    let sheet = plan.name
    func range(_ first: CellReference, _ last: CellReference) -> SheetRange {
      SheetRange(sheet: sheet, range: CellRange(from: first, to: last))
    }
    if let firstYear = grid.years.first, let lastYear = grid.years.last,
      let englandRow = series.englandSpendPerChildRow
    {
      let first = FinanceGrid.firstYearColumn
      let last = first + grid.years.count - 1
      let categories = range(
        CellReference(row: 0, column: first), CellReference(row: 0, column: last))
      func line(_ name: String, row: Int, isEngland: Bool) -> Chart.Series {
        Chart.Series(
          name: name, categories: categories,
          values: range(
            CellReference(row: row, column: first), CellReference(row: row, column: last)),
          color: isEngland ? .black : nil, lineWidth: isEngland ? 3 : 1.75, isDashed: isEngland)
      }
      let lines =
        series.spendPerChildRows.map { line($0.name, row: $0.row, isEngland: false) }
        + [line("England", row: englandRow, isEngland: true)]
      let names = series.spendPerChildRows.map(\.name).joined(separator: ", ")
      let span =
        FinancialYear(startYear: firstYear).description + " to "
        + FinancialYear(startYear: lastYear).description
      plan.charts.append(
        (
          Chart(
            kind: .line, title: "Spend per child by financial year, with England (£, cash terms)",
            description: String(
              "Line chart of section 251 children and young people's services spend per child aged 0–17, \(span): \(names); England dashed black."
                .prefix(255)),
            categoryAxisTitle: "Financial year (April to March)",
            valueAxisTitle: "Spend per child (£, cash terms)", valueAxisNumberFormat: "£#,##0",
            series: lines, width: 900, height: 560),
          CellReference(row: chartRow, column: 0)
        ))
      chartRow += 30
      if let latest {
        let year = FinancialYear(startYear: latest.year).description
        let tableFirst = latest.firstRow
        // 28 px a bar, within the 4,000 px libxlsxwriter allows (every authority: 153 bars).
        let height = min(4000, max(300, 60 + 28 * latest.count))
        plan.charts.append(
          (
            Chart(
              kind: .bar, title: "Spend per child in \(year): authorities in scope and England",
              description: String(
                "Bar chart of section 251 children and young people's services spend per child aged 0–17 in \(year), lowest first, for \(names); England's bar in black."
                  .prefix(255)),
              categoryAxisTitle: "Authority",
              valueAxisTitle: "Spend per child, \(year) (£, cash terms)",
              valueAxisNumberFormat: "£#,##0",
              series: [
                Chart.Series(
                  name: "Spend per child, \(year)",
                  categories: range(
                    CellReference(row: tableFirst, column: 0),
                    CellReference(row: tableFirst + latest.count - 1, column: 0)),
                  values: range(
                    CellReference(row: tableFirst, column: latest.column),
                    CellReference(row: tableFirst + latest.count - 1, column: latest.column)),
                  color: Color(rgb: 0x1F_4E79),
                  pointColors: latest.englandIndex.map { [$0: .black] } ?? [:])
              ], width: 900, height: height),
            CellReference(row: chartRow, column: 0)
          ))
        chartRow += height / 20 + 3
      }
    }
    guard !news.isEmpty else { return }
    func column(_ index: Int) -> SheetRange {
      range(
        CellReference(row: newsHeader + 1, column: index),
        CellReference(row: newsHeader + news.count, column: index))
    }
    plan.charts.append(
      (
        Chart(
          kind: .column, title: "Overspends by body and financial year (£m, cash terms)",
          description: String(
            ("Column chart of overspends in pounds, cash terms, actual and forecast, for "
              + news.map { "\($0.entity) \($0.period)" }.joined(separator: "; ") + ".")
              .prefix(255)),
          categoryAxisTitle: "Body and financial year",
          valueAxisTitle: "Overspend (£m, cash terms)",
          valueAxisNumberFormat: "£#,##0,,\"m\"",
          series: [
            Chart.Series(
              name: "Overspend, actual", categories: column(9), values: column(4),
              color: Color(rgb: 0x1F_4E79)),
            Chart.Series(
              name: "Overspend, forecast", categories: column(9), values: column(5),
              color: Color(rgb: 0xED_7D31)),
          ], width: 760, height: 400),
        CellReference(row: chartRow, column: 0)
      ))
  }
}
