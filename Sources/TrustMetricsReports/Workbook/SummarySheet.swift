import TrustMetricsCore
import XlsxWriter

/// The Summary sheet: each authority's latest published workforce values beside England, its
/// region and its statistical neighbours, with rank and quartile band; then the
/// before-and-after-the-trust view.
enum SummarySheet {
  static let headers = [
    "Authority", "Code", "Measure", "Year", "Value", "Unit", "Change on previous year",
    "Change since first year", "First year", "England", "Region", "Region value",
    "Neighbours' mean", "Neighbours' median", "Neighbours used", "Rank (1 = best)",
    "Authorities ranked", "Band (A best – D worst)",
  ]

  static let beforeAfterHeaders = [
    "Trust", "Authority", "Measure", "Trust from", "Trust to", "Baseline year",
    "Baseline is first available", "End year", "Before", "After", "Change", "England change",
    "Region", "Region change", "Neighbours' median change", "Difference from England",
    "Difference from region", "Difference from neighbours",
  ]

  static func plan(dataset: Dataset, scope: WorkbookScope) -> SheetPlan {
    var plan = SheetPlan(name: "Summary")
    let statistics = dataset.workforce
    var row = 1
    for authority in scope.authorities {
      guard
        let year = statistics.years.last(where: {
          statistics.authority(code: authority.code, year: $0) != nil
        })
      else { continue }
      for measure in OfficialMeasure.workforce {
        guard
          let comparison = OfficialComparison.compare(
            measure, authority: authority.code, year: year, statistics: dataset.official,
            neighbours: dataset.neighbours)
        else { continue }
        let series = YearSeries(
          published: measure, authority: authority.code, statistics: statistics)
        let point = series.points.first { $0.year == year }
        plan.set(.text(authority.name), row: row, column: 0, style: WorkbookStyles.text)
        plan.set(.text(authority.code), row: row, column: 1, style: WorkbookStyles.text)
        plan.set(.text(measure.displayName), row: row, column: 2, style: WorkbookStyles.text)
        plan.set(.number(Double(year)), row: row, column: 3, style: WorkbookStyles.integer)
        setOfficial(comparison.authority, row: row, column: 4, into: &plan)
        plan.set(.text(measure.unitLabel), row: row, column: 5, style: WorkbookStyles.text)
        plan.set(
          number: point?.changeFromPrevious?.difference, row: row, column: 6,
          style: WorkbookStyles.change,
          missingNote: "No change: this year or the year before has no published value.")
        plan.set(
          number: point?.changeFromFirst?.difference, row: row, column: 7,
          style: WorkbookStyles.change,
          missingNote: "No change: this year has no published value.")
        plan.set(
          number: series.firstPresent.map { Double($0.year) }, row: row, column: 8,
          style: WorkbookStyles.integer)
        setOfficial(comparison.england, row: row, column: 9, into: &plan)
        plan.set(.text(comparison.regionName), row: row, column: 10, style: WorkbookStyles.text)
        setOfficial(comparison.region, row: row, column: 11, into: &plan)
        plan.set(
          number: comparison.neighbourMean, row: row, column: 12, style: WorkbookStyles.rate,
          missingNote: "No neighbour has a published value.")
        plan.set(
          number: comparison.neighbourMedian, row: row, column: 13, style: WorkbookStyles.rate,
          missingNote: "No neighbour has a published value.")
        plan.set(
          .number(Double(comparison.neighbourCount)), row: row, column: 14,
          style: WorkbookStyles.integer)
        plan.set(
          number: comparison.rank.map(Double.init), row: row, column: 15,
          style: WorkbookStyles.integer, missingNote: "Not ranked: the value is suppressed.")
        plan.set(
          .number(Double(comparison.rankedCount)), row: row, column: 16,
          style: WorkbookStyles.integer)
        if let band = comparison.band {
          plan.set(.text(band.rawValue), row: row, column: 17, style: WorkbookStyles.band(band))
        } else {
          plan.set(
            .blank, row: row, column: 17, style: WorkbookStyles.text,
            note: "No band: the value is suppressed.")
        }
        row += 1
      }
    }
    let lastRow = max(row - 1, 1)
    plan.addTable(name: "Summary", headers: headers, headerRow: 0, lastRow: lastRow)
    row = lastRow + 2
    plan.set(
      .text(
        "Values are DfE's published rates (FTE basis): agency, vacancy and turnover in %, caseload in cases per case holder; changes in percentage points (caseload: cases). Band: LAIT quartile band of all authorities that year, A = best quarter (lowest). "
          + WorkforceStatistics.attribution),
      row: row, column: 0, style: WorkbookStyles.note, sizesColumn: false)
    row += 2
    plan.set(
      .text("Before and after the trust"), row: row, column: 0, style: WorkbookStyles.section,
      sizesColumn: false)
    plan.set(
      .text(TrustSpellChange.descriptiveLabel), row: row + 1, column: 0,
      style: WorkbookStyles.note, sizesColumn: false)
    row += 2
    planBeforeAfter(dataset: dataset, scope: scope, headerRow: row, into: &plan)
    plan.maximumWidth = 44
    return plan
  }

  private static func planBeforeAfter(
    dataset: Dataset, scope: WorkbookScope, headerRow: Int, into plan: inout SheetPlan
  ) {
    let codes = scope.codes
    var row = headerRow + 1
    var notes: [String] = []
    for spell in TrustSpell.consolidated(dataset.trusts) {
      guard let code = dataset.workforce.resolvedCode(spell.laCode), codes.contains(code) else {
        continue
      }
      let changes = TrustSpellChange.measures(
        over: spell, statistics: dataset.official, neighbours: dataset.neighbours)
      if changes.isEmpty {
        notes.append(
          "Not measured: \(spell.trust) (\(spell.laCode)): "
            + (spell.from == nil
              ? "no source states when it took over."
              : "no two census years inside the official statistics."))
      }
      for change in changes {
        let name = dataset.workforce.name(ofCode: code) ?? code
        let texts = [
          change.spell.trust, name, change.measure.displayName,
          change.spell.from?.description ?? "", change.spell.to?.description ?? "",
        ]
        for (column, text) in texts.enumerated() {
          plan.set(.text(text), row: row, column: column, style: WorkbookStyles.text)
        }
        plan.set(
          .number(Double(change.baselineYear)), row: row, column: 5, style: WorkbookStyles.integer
        )
        plan.set(
          .text(change.baselineIsFirstAvailable ? "yes" : "no"), row: row, column: 6,
          style: WorkbookStyles.text)
        plan.set(
          .number(Double(change.endYear)), row: row, column: 7, style: WorkbookStyles.integer)
        let missing = "No value: a published value is missing at one end."
        plan.set(
          number: change.authority.baseline, row: row, column: 8, style: WorkbookStyles.rate,
          missingNote: missing)
        plan.set(
          number: change.authority.end, row: row, column: 9, style: WorkbookStyles.rate,
          missingNote: missing)
        plan.set(
          number: change.authority.change, row: row, column: 10, style: WorkbookStyles.change,
          missingNote: missing)
        plan.set(
          number: change.england.change, row: row, column: 11, style: WorkbookStyles.change,
          missingNote: missing)
        plan.set(.text(change.regionName), row: row, column: 12, style: WorkbookStyles.text)
        let values: [Double?] = [
          change.region.change, change.neighbourMedian.change, change.differenceFromEngland,
          change.differenceFromRegion, change.differenceFromNeighbours,
        ]
        for (offset, value) in values.enumerated() {
          plan.set(
            number: value, row: row, column: 13 + offset, style: WorkbookStyles.change,
            missingNote: missing)
        }
        row += 1
      }
    }
    if row == headerRow + 1 {
      plan.set(.text("No trust in scope could be measured."), row: row, column: 0)
      row += 1
    }
    plan.addTable(
      name: "BeforeAfter", headers: beforeAfterHeaders, headerRow: headerRow, lastRow: row - 1)
    for note in notes {
      row += 1
      plan.set(.text(note), row: row, column: 0, style: WorkbookStyles.note, sizesColumn: false)
    }
  }

  /// A published value: the number, or its marker as text with its meaning as a note.
  static func setOfficial(
    _ value: OfficialValue?, row: Int, column: Int, into plan: inout SheetPlan
  ) {
    switch value {
    case .number(let number)?:
      plan.set(.number(number), row: row, column: column, style: WorkbookStyles.rate)
    case .suppressed(let marker)?:
      plan.set(
        .text(marker.rawValue), row: row, column: column,
        style: CellStyle(alignment: .right, alignsTop: true),
        note: "DfE marker \(marker.rawValue): \(marker.meaning).")
    case nil:
      plan.set(
        .blank, row: row, column: column, style: WorkbookStyles.rate,
        note: "No row in the statistics for this year.")
    }
  }
}
