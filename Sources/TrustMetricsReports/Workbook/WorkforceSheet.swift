import TrustMetricsCore
import XlsxWriter

/// The Workforce sheet: each workforce measure by year for the authorities in scope, their
/// regions and England; reported (news) figures beside the official ones; line charts of agency
/// and turnover rates with England as the comparison.
enum WorkforceSheet {
  static func plan(dataset: Dataset, scope: WorkbookScope) -> SheetPlan {
    var plan = SheetPlan(name: "Workforce")
    let statistics = dataset.workforce
    let years = statistics.years
    let headers = ["Area", "Code", "Level", "Measure", "Unit"] + years.map(String.init)
    let firstYearColumn = 5
    var row = 1
    var rowOf: [WorkforceMeasure: [(name: String, row: Int, isEngland: Bool)]] = [:]
    for measure in WorkforceMeasure.allCases {
      var areas: [(name: String, code: String, level: String, record: (Int) -> WorkforceRecord?)] =
        scope.authorities.map { authority in
          (
            authority.name, authority.code, "Authority",
            { statistics.authority(code: authority.code, year: $0) }
          )
        }
      areas += scope.regions.map { region in
        (region, "", "Region", { statistics.region(named: region, year: $0) })
      }
      areas.append(
        (WorkforceStatistics.englandName, "", "England", { statistics.england(year: $0) }))
      for area in areas {
        plan.set(.text(area.name), row: row, column: 0, style: WorkbookStyles.text)
        plan.set(.text(area.code), row: row, column: 1, style: WorkbookStyles.text)
        plan.set(.text(area.level), row: row, column: 2, style: WorkbookStyles.text)
        plan.set(.text(measure.displayName), row: row, column: 3, style: WorkbookStyles.text)
        plan.set(.text(measure.unitLabel), row: row, column: 4, style: WorkbookStyles.text)
        for (index, year) in years.enumerated() {
          let column = firstYearColumn + index
          switch area.record(year).map({ WorkforceRates.publishedValue(of: measure, in: $0) }) {
          case .number(let number)?:
            plan.set(.number(number), row: row, column: column, style: WorkbookStyles.rate)
          case .suppressed(let marker)?:
            // Empty (a gap in the charts), with the marker in a note: a marker as text would
            // be plotted as zero.
            plan.set(
              .blank, row: row, column: column, style: WorkbookStyles.rate,
              note: "DfE marker \(marker.rawValue): \(marker.meaning).")
          case nil:
            plan.set(
              .blank, row: row, column: column, style: WorkbookStyles.rate,
              note: "No row in the statistics for \(year).")
          }
        }
        rowOf[measure, default: []].append((area.name, row, area.level == "England"))
        row += 1
      }
    }
    plan.addTable(name: "WorkforceSeries", headers: headers, headerRow: 0, lastRow: row - 1)
    row += 1
    plan.set(
      .text(
        "DfE's published rates (FTE basis) by reporting year (census at 30 September). An empty cell has a note: a suppression marker or no row. "
          + WorkforceStatistics.attribution),
      row: row, column: 0, style: WorkbookStyles.note, sizesColumn: false)
    row += 2
    row = planReported(dataset: dataset, scope: scope, startRow: row, into: &plan)
    var chartRow = row + 1
    for measure in [WorkforceMeasure.agency, .turnover] {
      let lastColumn = firstYearColumn + years.count - 1
      let categories = SheetRange(
        sheet: plan.name,
        range: CellRange(
          from: CellReference(row: 0, column: firstYearColumn),
          to: CellReference(row: 0, column: lastColumn)))
      let series = (rowOf[measure] ?? []).filter { area in
        area.isEngland || scope.authorities.contains { $0.name == area.name }
      }.map { area in
        Chart.Series(
          name: area.name, categories: categories,
          values: SheetRange(
            sheet: plan.name,
            range: CellRange(
              from: CellReference(row: area.row, column: firstYearColumn),
              to: CellReference(row: area.row, column: lastColumn))),
          color: area.isEngland ? .black : nil, lineWidth: area.isEngland ? 3 : 1.75,
          isDashed: area.isEngland)
      }
      let names = scope.authorities.map(\.name).joined(separator: ", ")
      let chart = Chart(
        kind: .line, title: "\(measure.displayName) by year, with England for comparison",
        description: String(
          "Line chart of DfE's published \(measure.displayName.lowercased()) (%) for each year \(years.first ?? 0)–\(years.last ?? 0): \(names); England dashed black."
            .prefix(255)),
        categoryAxisTitle: "Reporting year (census at 30 September)",
        valueAxisTitle: "\(measure.displayName) (%)", series: series, width: 900, height: 460)
      plan.charts.append((chart, CellReference(row: chartRow, column: 0)))
      chartRow += 25
    }
    plan.maximumWidth = 26
    return plan
  }

  /// Plans the reported figures beside the official value of the same census year.
  ///
  /// - Returns: The next free row.
  private static func planReported(
    dataset: Dataset, scope: WorkbookScope, startRow: Int, into plan: inout SheetPlan
  ) -> Int {
    plan.set(
      .text("Reported figures (news and reports) beside the official ones"), row: startRow,
      column: 0, style: WorkbookStyles.section, sizesColumn: false)
    let headerRow = startRow + 1
    let headers = [
      "Figure", "Entity", "Authority", "Measure", "Period", "Census year", "Reported",
      "Official", "Reported − official",
    ]
    var row = headerRow + 1
    for figure in dataset.figures {
      guard let measure = WorkforceMeasure(figure.measure),
        let code = WorkbookScope.authorityCode(ofEntity: figure.entity, in: dataset),
        let authority = scope.authorities.first(where: { $0.code == code })
      else { continue }
      let year = figure.period.censusYear
      let official = dataset.workforce.authority(code: code, year: year).flatMap {
        WorkforceRates.publishedValue(of: measure, in: $0).number
      }
      let texts = [
        figure.id, figure.entity, authority.name, measure.displayName, figure.period.description,
      ]
      for (column, text) in texts.enumerated() {
        plan.set(.text(text), row: row, column: column, style: WorkbookStyles.text)
      }
      plan.set(.number(Double(year)), row: row, column: 5, style: WorkbookStyles.integer)
      plan.set(.number(figure.doubleValue), row: row, column: 6, style: WorkbookStyles.rate)
      plan.set(
        number: official, row: row, column: 7, style: WorkbookStyles.rate,
        missingNote: "No published official value for \(year).")
      if let official {
        plan.set(
          .formula("=G\(row + 1)-H\(row + 1)", result: .number(figure.doubleValue - official)),
          row: row, column: 8, style: WorkbookStyles.change)
      } else {
        plan.set(
          .blank, row: row, column: 8, style: WorkbookStyles.change,
          note: "No difference: no official value.")
      }
      row += 1
    }
    if row == headerRow + 1 {
      plan.set(.text("No reported workforce figure in scope."), row: row, column: 0)
      row += 1
    }
    plan.addTable(name: "ReportedFigures", headers: headers, headerRow: headerRow, lastRow: row - 1)
    return row + 1
  }
}
