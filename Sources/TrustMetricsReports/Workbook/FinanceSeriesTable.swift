import TrustMetricsCore
import XlsxWriter

/// The Finance sheet's official comparison: for each authority in scope, every finance measure
/// by financial year, England, the region and the statistical neighbours' median beside it, and
/// the latest year's rank and band; the agency-cost indicator in a table of its own.
///
/// A ratio's amounts (spend and children, looked-after and total spend, the agency memorandum
/// and agency FTE) sit on rows of their own and the ratio's cells divide them live, cached with
/// the value ``TrustMetricsCore/FinanceStatistics`` computes. A joint row's amounts are formulas
/// adding its two authorities' rows. A missing value is an empty cell with a note giving its
/// reason, never 0.
struct FinanceSeriesTable {
  /// A value a return leaves out (a published marker), for the notes under the tables.
  struct MissingValue: Hashable {
    /// The authority, as its own return names it.
    var authority: String
    /// The amount missing.
    var part: FinancePart
    /// The marker published.
    var marker: SuppressionMarker
    /// The year the financial year starts.
    var year: Int
  }

  /// A planned spend-per-child cell of the latest year, for the latest-year table and chart.
  struct LatestValue {
    /// The area's name.
    var name: String
    /// The authority's code; empty for England.
    var code: String
    /// The cell.
    var cell: CellReference
    /// Its value, or `nil` when it is empty.
    var value: Double?
    /// The reason it is empty.
    var note: String?
  }

  /// The dataset.
  let dataset: Dataset
  /// The official statistics.
  let statistics: OfficialStatistics
  /// The authorities.
  let scope: WorkbookScope
  /// The columns.
  let grid: FinanceGrid
  private let sources: FinanceSourceValues
  /// The years of section 251 data and of RO3 data.
  private let section251Years: [Int]
  private let revenueOutturnYears: [Int]

  /// Values returns leave out, in the order met.
  private(set) var missing: [MissingValue] = []
  /// Possible reclassifications in the series shown, once each, in the order met.
  private(set) var breaks: [SeriesBreak] = []
  /// Each authority's spend-per-child row, in scope order, for the line chart.
  private(set) var spendPerChildRows: [(name: String, row: Int)] = []
  /// England's spend-per-child row (the first authority's).
  private(set) var englandSpendPerChildRow: Int?
  /// The latest year's spend per child of each authority, then England.
  private(set) var latestSpendPerChild: [LatestValue] = []
  /// Where each authority's amounts went, by authority code: for the news table's official
  /// outturn.
  private(set) var amountRows: [String: [FinancePart: Int]] = [:]

  /// Prepares the tables of the authorities in scope.
  ///
  /// - Parameters:
  ///   - dataset: The dataset (neighbours, trusts).
  ///   - scope: The authorities.
  ///   - grid: The columns, with every year of finance data.
  init(dataset: Dataset, scope: WorkbookScope, grid: FinanceGrid) {
    self.dataset = dataset
    statistics = dataset.official
    self.scope = scope
    self.grid = grid
    let members = scope.authorities.flatMap { WorkforceRecord.memberCodes(of: $0.code) }
    sources = FinanceSourceValues(finance: dataset.finance, codes: Set(members))
    section251Years = dataset.finance.years(of: .spendPerChild)
    revenueOutturnYears = dataset.finance.years(of: .cscSpendPerChild)
  }

  // MARK: - Tables

  /// Plans the main table: every finance measure but the agency indicator, authority by
  /// authority, under a header row.
  ///
  /// - Returns: The next free row.
  mutating func planSeries(headerRow: Int, into plan: inout SheetPlan) -> Int {
    let measures = OfficialMeasure.finance.filter { $0 != .agencyCostPerAgencyFTE }
    return planTable(
      name: "FinanceSeries", measures: measures, headerRow: headerRow, into: &plan)
  }

  /// Plans the agency-cost indicator's table under a header row like the main table's.
  ///
  /// - Returns: The next free row.
  mutating func planAgencyIndicator(headerRow: Int, into plan: inout SheetPlan) -> Int {
    planTable(
      name: "AgencyCostIndicator", measures: [.agencyCostPerAgencyFTE], headerRow: headerRow,
      into: &plan)
  }

  private mutating func planTable(
    name: String, measures: [OfficialMeasure], headerRow: Int, into plan: inout SheetPlan
  ) -> Int {
    var row = headerRow + 1
    for authority in scope.authorities {
      planBlock(of: authority, measures: measures, row: &row, into: &plan)
    }
    if row == headerRow + 1 {
      plan.set(.text("No authority in scope."), row: row, column: 0, style: WorkbookStyles.text)
      row += 1
    }
    plan.addTable(name: name, headers: grid.headers, headerRow: headerRow, lastRow: row - 1)
    return row
  }

  /// A planned row of amounts: where it is and its numbers by year (`nil` where empty).
  private struct PartRow {
    var row: Int
    var numbers: [Double?]
  }

  /// Plans one authority's measures, each amount a measure divides on its row before the first
  /// measure that needs it.
  private mutating func planBlock(
    of authority: WorkbookScope.Authority, measures: [OfficialMeasure], row: inout Int,
    into plan: inout SheetPlan
  ) {
    var parts: [FinancePart: PartRow] = [:]
    for measure in measures {
      if let ratio = FinancePart.ratio(of: measure) {
        // Children first: the row every per-child measure divides by.
        let order =
          ratio.denominator == .children
          ? [ratio.denominator, ratio.numerator] : [ratio.numerator, ratio.denominator]
        for part in order where parts[part] == nil {
          let planned = planPart(part, of: authority, row: &row, into: &plan)
          parts[part] = planned
          amountRows[authority.code, default: [:]][part] = planned.row
        }
      }
      planMeasure(measure, of: authority, parts: parts, row: &row, into: &plan)
      planComparisons(measure, of: authority, row: &row, into: &plan)
    }
  }

  /// Writes a row's authority, code and label.
  private func setLabels(
    row: Int, name: String, code: String, label: String, style: CellStyle,
    into plan: inout SheetPlan
  ) {
    plan.set(.text(name), row: row, column: FinanceGrid.authorityColumn, style: FinanceStyles.name)
    plan.set(.text(code), row: row, column: FinanceGrid.codeColumn, style: WorkbookStyles.text)
    plan.set(.text(label), row: row, column: FinanceGrid.labelColumn, style: style)
  }

  // MARK: - Amounts

  /// Plans the row of an amount; for a joint row, each authority's row first and then their sum
  /// as formulas.
  private mutating func planPart(
    _ part: FinancePart, of authority: WorkbookScope.Authority, row: inout Int,
    into plan: inout SheetPlan
  ) -> PartRow {
    let members = WorkforceRecord.memberCodes(of: authority.code)
    guard members.count > 1, part.isSummedOverMembers else {
      let planned = row
      setLabels(
        row: planned, name: authority.name, code: authority.code, label: part.label,
        style: FinanceStyles.label, into: &plan)
      var numbers: [Double?] = []
      for (index, year) in grid.years.enumerated() {
        let (number, note) =
          part == .agencyFTE
          ? agencyFTE(of: authority, year: year)
          : amount(of: part, code: authority.code, name: authority.name, year: year)
        plan.set(
          number: number, row: planned, column: FinanceGrid.firstYearColumn + index,
          style: part.style, missingNote: note)
        numbers.append(number)
      }
      row += 1
      return PartRow(row: planned, numbers: numbers)
    }
    var memberRows: [PartRow] = []
    var memberNotes: [[String?]] = []
    var memberNames: [String] = []
    for member in members {
      let name = sources.names[member] ?? member
      memberNames.append(name)
      setLabels(
        row: row, name: authority.name, code: member, label: "· " + name,
        style: FinanceStyles.comparisonLabel, into: &plan)
      var numbers: [Double?] = []
      var notes: [String?] = []
      for (index, year) in grid.years.enumerated() {
        let (number, note) = amount(of: part, code: member, name: name, year: year)
        plan.set(
          number: number, row: row, column: FinanceGrid.firstYearColumn + index,
          style: part.style, missingNote: note)
        numbers.append(number)
        notes.append(note)
      }
      memberRows.append(PartRow(row: row, numbers: numbers))
      memberNotes.append(notes)
      row += 1
    }
    let planned = row
    setLabels(
      row: planned, name: authority.name, code: authority.code, label: part.label,
      style: FinanceStyles.label, into: &plan)
    var sums: [Double?] = []
    for index in grid.years.indices {
      let column = FinanceGrid.firstYearColumn + index
      let numbers = memberRows.compactMap { $0.numbers[index] }
      if numbers.count == memberRows.count {
        let formula =
          "="
          + memberRows.map { CellReference(row: $0.row, column: column).a1 }
          .joined(separator: "+")
        // The sum in the formula's order, as a spreadsheet adds it.
        let sum = numbers.reduce(0, +)
        plan.set(
          .formula(formula, result: .number(sum)), row: planned, column: column,
          style: part.style)
        sums.append(sum)
      } else {
        let reasons = zip(memberNames, memberNotes).compactMap { name, notes in
          notes[index].map { name + ": " + $0 }
        }
        plan.set(
          .blank, row: planned, column: column, style: part.style,
          note: "No sum: an authority has no value. " + reasons.joined(separator: " "))
        sums.append(nil)
      }
    }
    plan.set(
      .text(
        "The sum of \(memberNames.joined(separator: " and ")), which DfE's workforce statistics publish as one row."
      ), row: planned, column: grid.notesColumn, style: FinanceStyles.notes)
    row += 1
    return PartRow(row: planned, numbers: sums)
  }

  /// One authority's amount of a part in a year, or the reason it has none.
  private mutating func amount(of part: FinancePart, code: String, name: String, year: Int)
    -> (Double?, String?)
  {
    guard let value = sources.value(of: part, code: code, year: year) else {
      return (nil, noRecordNote(part, name: name, code: code, year: year))
    }
    switch value {
    case .number(let number):
      if part == .agencyCost, number <= 0 {
        return (nil, notReportedNote(code: code, thousands: number / 1000, year: year))
      }
      return (number, nil)
    case .suppressed(let marker):
      missing.append(MissingValue(authority: name, part: part, marker: marker, year: year))
      return (nil, Self.reason(marker))
    }
  }

  /// A unit's agency social workers (FTE) at the census of 30 September of the year.
  private func agencyFTE(of authority: WorkbookScope.Authority, year: Int) -> (Double?, String?) {
    guard let record = statistics.workforce.authority(code: authority.code, year: year) else {
      return (nil, "No workforce census row for \(authority.name) at 30 September \(year).")
    }
    switch record[.agencyFTE] {
    case .number(let number): return (number, nil)
    case .suppressed(let marker): return (nil, "DfE marker \(marker.rawValue): \(marker.meaning).")
    }
  }

  // MARK: - Measures

  /// Plans a measure's row: a live ratio of its amounts' rows (cached with the computed value)
  /// or the published unit cost; rank, ranked count and band in the measure's latest year;
  /// notes.
  private mutating func planMeasure(
    _ measure: OfficialMeasure, of authority: WorkbookScope.Authority,
    parts: [FinancePart: PartRow], row: inout Int, into plan: inout SheetPlan
  ) {
    let planned = row
    row += 1
    setLabels(
      row: planned, name: authority.name, code: authority.code,
      label: Self.label(of: measure), style: FinanceStyles.measureLabel, into: &plan)
    let style = Self.style(of: measure)
    let ratio = FinancePart.ratio(of: measure)
    for (index, year) in grid.years.enumerated() {
      let column = FinanceGrid.firstYearColumn + index
      let cell = CellReference(row: planned, column: column)
      var shown: Double?
      var note: String?
      if let own = statistics.authority(measure, code: authority.code, year: year) {
        switch own.value {
        case .number(let value):
          shown = value
          if let ratio, let top = parts[ratio.numerator], let bottom = parts[ratio.denominator],
            top.numbers[index] != nil, bottom.numbers[index] != nil
          {
            let formula =
              "=" + CellReference(row: top.row, column: column).a1 + "/"
              + CellReference(row: bottom.row, column: column).a1
              + (ratio.scale == 1 ? "" : "*" + Cell.fixed(ratio.scale, places: 0))
            plan.set(
              .formula(formula, result: .number(value)), row: planned, column: column, style: style)
          } else {
            plan.set(.number(value), row: planned, column: column, style: style)
          }
        case .suppressed(let marker):
          note = measureReason(marker, measure: measure, authority: authority, year: year)
        }
      } else {
        note = noRowNote(measure, name: authority.name, year: year)
      }
      if shown == nil {
        plan.set(.blank, row: planned, column: column, style: style, note: note)
      }
      if measure == .spendPerChild, year == grid.latestYear {
        latestSpendPerChild.append(
          LatestValue(
            name: authority.name, code: authority.code, cell: cell, value: shown, note: note))
      }
    }
    if measure == .spendPerChild { spendPerChildRows.append((authority.name, planned)) }
    planRank(measure, of: authority, row: planned, into: &plan)
    var notes: [String] = []
    if WorkforceRecord.memberCodes(of: authority.code).count > 1 {
      notes.append(FinanceNotes.jointRowNote(measure, name: authority.name))
    }
    if let first = grid.years.first, let last = grid.years.last {
      for found in statistics.finance.breaks(
        affecting: measure, code: authority.code, years: first...last)
      {
        notes.append(Self.sentence(found.note))
        if !breaks.contains(found) { breaks.append(found) }
        for year in [found.year - 1, found.year] {
          guard let column = grid.column(ofYear: year) else { continue }
          appendNote(Self.sentence(found.note), row: planned, column: column, in: &plan)
        }
      }
    }
    if !notes.isEmpty {
      plan.set(
        .text(notes.joined(separator: " ")), row: planned, column: grid.notesColumn,
        style: FinanceStyles.notes)
    }
  }

  /// Adds a sentence to a planned cell's note, keeping its value and style.
  private func appendNote(_ text: String, row: Int, column: Int, in plan: inout SheetPlan) {
    guard let entry = plan.entry(row: row, column: column) else { return }
    let note = entry.note.map { $0 + " " + text } ?? text
    plan.set(entry.value, row: row, column: column, style: entry.style, note: note)
  }

  /// Plans the rank, ranked count and band of the measure's latest year.
  private func planRank(
    _ measure: OfficialMeasure, of authority: WorkbookScope.Authority, row: Int,
    into plan: inout SheetPlan
  ) {
    guard let latest = statistics.years(of: measure).last,
      let comparison = OfficialComparison.compare(
        measure, authority: authority.code, year: latest, statistics: statistics,
        neighbours: dataset.neighbours)
    else {
      plan.set(
        .blank, row: row, column: grid.rankColumn, style: FinanceStyles.integer,
        note: "No rank: no row for \(authority.name) in the latest year.")
      return
    }
    let year = FinancialYear(startYear: latest).description
    let yearNote = latest == grid.latestYear ? "" : " Rank and band of \(year), the latest year."
    let leftOut =
      "\(comparison.rankedCount) authorities with a value in \(year); \(comparison.excludedFromRanking) without one left out."
      + yearNote
    if let rank = comparison.rank {
      plan.set(
        .number(Double(rank)), row: row, column: grid.rankColumn, style: FinanceStyles.integer,
        note: "1 = the lowest value; ties share the smaller rank. " + leftOut)
    } else {
      plan.set(
        .blank, row: row, column: grid.rankColumn, style: FinanceStyles.integer,
        note: "No rank: no value in \(year).")
    }
    plan.set(
      .number(Double(comparison.rankedCount)), row: row, column: grid.rankedCountColumn,
      style: FinanceStyles.integer, note: leftOut)
    if let band = comparison.band, let quartiles = comparison.quartiles {
      plan.set(
        .text(band.rawValue), row: row, column: grid.bandColumn, style: FinanceStyles.band,
        note: Self.bandNote(band, quartiles: quartiles, measure: measure, year: year))
    } else {
      plan.set(
        .blank, row: row, column: grid.bandColumn, style: FinanceStyles.band,
        note: "No band: no value in \(year).")
    }
  }

  // MARK: - Comparisons

  /// Plans England's, the region's and the neighbours' median rows of a measure.
  private mutating func planComparisons(
    _ measure: OfficialMeasure, of authority: WorkbookScope.Authority, row: inout Int,
    into plan: inout SheetPlan
  ) {
    let style = Self.style(of: measure)
    let englandLatest = planAreaRow(
      measure, of: authority, area: "England", label: "England", row: row, into: &plan
    ) { statistics.england(measure, year: $0) }
    if measure == .spendPerChild, englandSpendPerChildRow == nil,
      let column = grid.latestYear.flatMap(grid.column(ofYear:))
    {
      englandSpendPerChildRow = row
      latestSpendPerChild.append(
        LatestValue(
          name: "England", code: "", cell: CellReference(row: row, column: column),
          value: englandLatest.0, note: englandLatest.1))
    }
    if measure.origin == .revenueOutturn {
      plan.set(
        .text(
          "England and the region: sums over the reporting authorities (see each cell's note)."
        ), row: row, column: grid.notesColumn, style: FinanceStyles.notes)
    }
    row += 1
    _ = planAreaRow(
      measure, of: authority, area: authority.region, label: authority.region + " (region)",
      row: row, into: &plan
    ) { statistics.region(measure, named: authority.region, year: $0) }
    row += 1
    // The neighbours.
    setLabels(
      row: row, name: authority.name, code: authority.code,
      label: "Statistical neighbours' median", style: FinanceStyles.comparisonLabel, into: &plan)
    let listed = dataset.neighbours.neighbours(of: authority.code).count
    for (index, year) in grid.years.enumerated() {
      let column = FinanceGrid.firstYearColumn + index
      guard statistics.years(of: measure).contains(year) else {
        plan.set(
          .blank, row: row, column: column, style: style,
          note: coverageNote(measure.origin, year: year))
        continue
      }
      let summary = NeighbourSummary(
        measure, authority: authority.code, year: year, statistics: statistics,
        neighbours: dataset.neighbours)
      let leftOut = summary.suppressed + summary.missing
      if let median = summary.median {
        plan.set(
          .number(median), row: row, column: column, style: style,
          note: leftOut == 0
            ? nil
            : "The median of \(summary.numbers.count) of \(listed) neighbours: \(summary.suppressed) without a value, \(summary.missing) without a row of their own that year."
        )
      } else {
        plan.set(
          .blank, row: row, column: column, style: style,
          note: listed == 0
            ? "No statistical neighbours listed for \(authority.name)."
            : "No neighbour has a value in \(FinancialYear(startYear: year))."
        )
      }
    }
    row += 1
  }

  /// Plans the row of an area (England, or the authority's region) under an authority's name,
  /// labelled `label`: each year's value `areaValue` gives, or an empty cell with the reason
  /// (which names the area); an RO3 value's note says what it adds up.
  ///
  /// - Returns: The latest year's value, or its reason; `(nil, nil)` without a latest year.
  private func planAreaRow(
    _ measure: OfficialMeasure, of authority: WorkbookScope.Authority, area: String,
    label: String, row: Int, into plan: inout SheetPlan,
    areaValue: (Int) -> AreaValue?
  ) -> (Double?, String?) {
    setLabels(
      row: row, name: authority.name, code: authority.code, label: label,
      style: FinanceStyles.comparisonLabel, into: &plan)
    let style = Self.style(of: measure)
    var latest: (Double?, String?) = (nil, nil)
    for (index, year) in grid.years.enumerated() {
      let value = areaValue(year)
      let (number, note) = areaCell(value, measure: measure, name: area, year: year)
      plan.set(
        number: number, row: row, column: FinanceGrid.firstYearColumn + index, style: style,
        missingNote: note)
      if number != nil, measure.origin == .revenueOutturn, let value {
        appendNote(
          FinanceNotes.totalNote(measure, total: value), row: row,
          column: FinanceGrid.firstYearColumn + index, in: &plan)
      }
      if year == grid.latestYear { latest = (number, note) }
    }
    return latest
  }

  /// An England or region value as a number, or the reason there is none.
  private func areaCell(
    _ value: AreaValue?, measure: OfficialMeasure, name: String, year: Int
  ) -> (Double?, String?) {
    guard let value else {
      return (
        nil,
        statistics.years(of: measure).contains(year)
          ? "No row for \(name) in \(FinancialYear(startYear: year))."
          : coverageNote(measure.origin, year: year)
      )
    }
    switch value.value {
    case .number(let number): return (number, nil)
    case .suppressed(let marker): return (nil, Self.reason(marker))
    }
  }

  // MARK: - Notes

  /// Why a marker stands in place of a value: a published marker is quoted, a computed one
  /// explained.
  static func reason(_ marker: SuppressionMarker) -> String {
    switch marker {
    case .notReported, .jointRow, .noCounterpart, .undefined: "No value: \(marker.meaning)."
    case .blank: "Published empty: \(marker.meaning)."
    default: "Published as \(marker.rawValue): \(marker.meaning)."
    }
  }

  /// Why a measure has no value for an authority in a year.
  private func measureReason(
    _ marker: SuppressionMarker, measure: OfficialMeasure, authority: WorkbookScope.Authority,
    year: Int
  ) -> String {
    guard marker == .notReported else { return Self.reason(marker) }
    return "Not reported: an RO3 agency memorandum of 0 or below gives no value."
      + trustSentence(code: authority.code, year: year)
  }

  /// The note of an agency memorandum of 0 or below.
  private func notReportedNote(code: String, thousands: Double, year: Int) -> String {
    let amount = ValueText.grouped(Cell.fixed(abs(thousands), places: 0))
    return
      "Not reported: the council's RO3 agency memorandum is \(thousands < 0 ? "−" : "")£\(amount) thousand (0 or below means not reported)."
      + trustSentence(code: code, year: year)
  }

  /// ` X ran the service: the trust's agency spend is not in the council's return.` when a trust
  /// ran the authority's services that year; empty otherwise.
  private func trustSentence(code: String, year: Int) -> String {
    guard let spell = WorkforceViews.runningSpell(code: code, financialYear: year, in: dataset)
    else { return "" }
    return
      " \(spell.trust) ran the service: the trust's agency spend is not in the council's return."
  }

  /// Why an authority's amount has no record.
  private func noRecordNote(_ part: FinancePart, name: String, code: String, year: Int) -> String {
    switch part {
    case .children:
      return "No ONS estimate for \(name) (\(code)) at mid-\(year)."
    case .section251:
      return section251Years.contains(year)
        ? "No section 251 row for \(name) (\(code)) in \(FinancialYear(startYear: year))."
        : coverageNote(.section251, year: year)
    case .careTotal, .agencyCost:
      return revenueOutturnYears.contains(year)
        ? "No RO3 row for \(name) (\(code)) in \(FinancialYear(startYear: year))."
        : coverageNote(.revenueOutturn, year: year)
    case .agencyFTE:
      return "No workforce census row for \(name) at 30 September \(year)."
    }
  }

  /// Why a measure has no row for an authority in a year.
  private func noRowNote(_ measure: OfficialMeasure, name: String, year: Int) -> String {
    statistics.years(of: measure).contains(year)
      ? "No row for \(name) in \(FinancialYear(startYear: year)): no ONS estimate or return under this code that year."
      : coverageNote(measure.origin, year: year)
  }

  /// The note of a year a source does not cover.
  private func coverageNote(_ origin: OfficialMeasure.Origin, year: Int) -> String {
    let (source, years) =
      origin == .revenueOutturn
      ? ("RO3", revenueOutturnYears) : ("section 251", section251Years)
    guard let first = years.first, let last = years.last else {
      return "No \(source) data in the datasets."
    }
    return
      "No \(source) data for \(FinancialYear(startYear: year)): the datasets cover \(FinancialYear(startYear: first)) to \(FinancialYear(startYear: last))."
  }

  /// The band's note in neutral words: which quarter, with the quartiles.
  static func bandNote(
    _ band: QuartileBand, quartiles: Quartiles, measure: OfficialMeasure, year: String
  ) -> String {
    let isSpend = measure.unit == .gbpPerChild
    let quarter =
      switch band {
      case .a: isSpend ? "the lowest-spending quarter" : "the lowest quarter"
      case .b: "the second quarter from the lowest"
      case .c: "the third quarter from the lowest"
      case .d: isSpend ? "the highest-spending quarter" : "the highest quarter"
      }
    return
      "\(band.rawValue): \(quarter) of authorities in \(year) (Q1 \(text(quartiles.q1, measure)), median \(text(quartiles.q2, measure)), Q3 \(text(quartiles.q3, measure))). LAIT's bands; for finance no quarter is better or worse."
  }

  /// A value as the sheet shows it: `£1,780` or `31.5%`.
  static func text(_ value: Double, _ measure: OfficialMeasure) -> String {
    let places = measure.decimalPlaces
    let number = ValueText.grouped(Cell.fixed(value, places: places))
    return measure.unit == .percent ? number + "%" : "£" + number
  }

  /// A measure's row label with its unit.
  static func label(of measure: OfficialMeasure) -> String {
    let unit =
      switch measure.unit {
      case .percent: "%"
      case .gbpPerWeek: "£ per week"
      case .gbpPerFTE: "£ per FTE"
      default: "£"
      }
    return "\(measure.displayName) (\(unit))"
  }

  /// The cell style of a measure's values.
  static func style(of measure: OfficialMeasure) -> CellStyle {
    measure.unit == .percent ? FinanceStyles.percent : FinanceStyles.pounds
  }

  /// A note with a capital first letter and a full stop.
  static func sentence(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
  }
}
