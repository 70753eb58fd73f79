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
    var rowOf: [OfficialMeasure: [(name: String, row: Int, isEngland: Bool)]] = [:]
    let areas = self.areas(in: scope, statistics: statistics)
    // Each area's rows, fetched once for every measure.
    let records = areas.map { area in years.map(area.record) }
    let markerNotes = Dictionary(
      uniqueKeysWithValues: SuppressionMarker.allCases.map {
        ($0, "DfE marker \($0.rawValue): \($0.meaning).")
      })
    let missingNotes = years.map { "No row in the statistics for \($0)." }
    let text = plan.styleID(of: WorkbookStyles.text)
    let rate = plan.styleID(of: WorkbookStyles.rate)
    for measure in OfficialMeasure.workforce {
      for (area, areaRecords) in zip(areas, records) {
        plan.set(.text(area.name), row: row, column: 0, style: text)
        plan.set(.text(area.code), row: row, column: 1, style: text)
        plan.set(.text(area.level), row: row, column: 2, style: text)
        plan.set(.text(measure.displayName), row: row, column: 3, style: text)
        plan.set(.text(measure.unitLabel), row: row, column: 4, style: text)
        for (index, record) in areaRecords.enumerated() {
          let column = firstYearColumn + index
          switch record.map({ WorkforceRates.publishedValue(of: measure, in: $0) }) {
          case .number(let number)?:
            plan.set(.number(number), row: row, column: column, style: rate)
          case .suppressed(let marker)?:
            // Empty (a gap in the charts), with the marker in a note: a marker as text would
            // be plotted as zero.
            plan.set(
              .blank, row: row, column: column, style: rate,
              note: markerNotes[marker])
          case nil:
            plan.set(
              .blank, row: row, column: column, style: rate,
              note: missingNotes[index])
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
    let authorityNames = Set(scope.authorities.map(\.name))
    for measure in [OfficialMeasure.agency, .turnover] {
      let lastColumn = firstYearColumn + years.count - 1
      let categories = SheetRange(
        sheet: plan.name,
        range: CellRange(
          from: CellReference(row: 0, column: firstYearColumn),
          to: CellReference(row: 0, column: lastColumn)))
      let series = (rowOf[measure] ?? []).filter { area in
        area.isEngland || authorityNames.contains(area.name)
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

  /// One row of the series: an authority, a region or England.
  private struct Area {
    var name: String
    var code: String
    var level: String
    /// The area's row of a year.
    var record: (Int) -> WorkforceRecord?
  }

  /// The authorities in scope, their regions and England, in that order.
  private static func areas(in scope: WorkbookScope, statistics: WorkforceStatistics) -> [Area] {
    var areas = scope.authorities.map { authority in
      Area(
        name: authority.name, code: authority.code, level: "Authority",
        record: { statistics.authority(code: authority.code, year: $0) })
    }
    areas += scope.regions.map { region in
      Area(
        name: region, code: "", level: "Region",
        record: { statistics.region(named: region, year: $0) })
    }
    areas.append(
      Area(
        name: WorkforceStatistics.englandName, code: "", level: "England",
        record: { statistics.england(year: $0) }))
    return areas
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
    let authorityOfEntity = authorityIndices(in: dataset, scope: scope)
    // Made once each: an authority-year's official values (by measure, in `allCases` order), a
    // period's text, a year's note.
    var officials: [AuthorityYear: [Double?]] = [:]
    var periodTexts: [Period: String] = [:]
    var missingNotes: [Int: String] = [:]
    let text = plan.styleID(of: WorkbookStyles.text)
    let integer = plan.styleID(of: WorkbookStyles.integer)
    let rate = plan.styleID(of: WorkbookStyles.rate)
    let change = plan.styleID(of: WorkbookStyles.change)
    // Fields are read in place: the figures are not copied.
    let figures = dataset.figures
    for index in figures.indices {
      guard let measure = OfficialMeasure(figures[index].measure),
        let authorityIndex = authorityOfEntity[figures[index].entity]
      else { continue }
      let authority = scope.authorities[authorityIndex]
      let period = figures[index].period
      let year = period.censusYear
      let values = officials.cachedValue(
        forKey: AuthorityYear(authority: authorityIndex, year: year)
      ) {
        let record = dataset.workforce.authority(code: authority.code, year: year)
        return OfficialMeasure.workforce.map { measure in
          record.flatMap { WorkforceRates.publishedValue(of: measure, in: $0).number }
        }
      }
      let official = OfficialMeasure.workforce.firstIndex(of: measure).flatMap { values[$0] }
      plan.set(.text(figures[index].id), row: row, column: 0, style: text)
      plan.set(.text(figures[index].entity), row: row, column: 1, style: text)
      plan.set(.text(authority.name), row: row, column: 2, style: text)
      plan.set(.text(measure.displayName), row: row, column: 3, style: text)
      plan.set(
        .text(periodTexts.cachedValue(forKey: period) { period.description }), row: row,
        column: 4, style: text)
      plan.set(.number(Double(year)), row: row, column: 5, style: integer)
      let reported = figures[index].doubleValue
      plan.set(.number(reported), row: row, column: 6, style: rate)
      if let official, official.isFinite {
        plan.set(.number(official), row: row, column: 7, style: rate)
      } else {
        plan.set(
          .blank, row: row, column: 7, style: rate,
          note: missingNotes.cachedValue(forKey: year) {
            "No published official value for \(year)."
          })
      }
      if let official {
        let excelRow = String(row + 1)
        plan.set(
          .formula("=G" + excelRow + "-H" + excelRow, result: .number(reported - official)),
          row: row, column: 8, style: change)
      } else {
        plan.set(
          .blank, row: row, column: 8, style: change,
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

  /// An authority's census year: its index in scope and the year.
  private struct AuthorityYear: Hashable {
    var authority: Int
    var year: Int
  }

  /// The index in `scope.authorities` of the authority each entity's figures belong to, by
  /// entity name (``WorkbookScope/authorityCode(ofEntity:in:)``, then the first authority in
  /// scope with that code).
  private static func authorityIndices(in dataset: Dataset, scope: WorkbookScope) -> [String: Int] {
    var indexOfCode: [String: Int] = [:]
    for (index, authority) in scope.authorities.enumerated()
    where indexOfCode[authority.code] == nil {
      indexOfCode[authority.code] = index
    }
    return WorkbookScope.authorityCodes(in: dataset).compactMapValues { indexOfCode[$0] }
  }
}
