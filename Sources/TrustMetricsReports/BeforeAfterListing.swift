public import TrustMetricsCore

/// Lists the before-and-after-the-trust view: each measure's change over a trust's spell beside
/// England's, the region's and the statistical neighbours' median change.
///
/// Workforce measures run between census years, finance measures between financial years; a
/// finance row keeps the integer years (the years the financial years start) and adds
/// `baseline_financial_year` and `end_financial_year` (`FY2017-18`).
public enum BeforeAfterListing {
  /// The changes as a listing; spells without a usable start date are named in the notes.
  ///
  /// - Parameters:
  ///   - changes: The computed changes.
  ///   - authorityNames: The authority name for each spell's code.
  ///   - skipped: Spells that could not be measured, with the reason.
  /// - Returns: The listing with schema `trustmetrics.before-after/1`.
  public static func listing(
    of changes: [TrustSpellChange], authorityNames: [String: String],
    skipped: [(spell: TrustSpell, reason: String)]
  ) -> Listing {
    let columns: [Listing.Column] = [
      .init("trust", "Trust"), .init("authority", "Authority"), .init("la_code", "Code"),
      .init("trust_from", "From"), .init("trust_to", "To"), .init("measure", "Measure"),
      .init("baseline_year", "Base"), .init("baseline_financial_year", "Base"),
      .init("baseline_is_first_available", "First avail."),
      .init("end_year", "End"), .init("end_financial_year", "End"),
      .init("authority_baseline", "Before"),
      .init("authority_end", "After"), .init("authority_change", "Change"),
      .init("england_change", "England"), .init("region_name", "Region"),
      .init("region_change", "Region chg"), .init("neighbour_median_change", "SN median chg"),
      .init("difference_from_england", "vs England"),
      .init("difference_from_region", "vs region"),
      .init("difference_from_neighbours", "vs SN"),
    ]
    let rows: [[Cell]] = changes.map { change in
      let places = change.measure.decimalPlaces
      let measure = change.measure
      func financialYear(_ year: Int) -> Cell {
        measure.isFinance ? .text(measure.periodText(year)) : .empty
      }
      return [
        .text(change.spell.trust), .text(authorityNames[change.spell.laCode] ?? ""),
        .text(change.spell.laCode), .text(change.spell.from?.description ?? ""),
        .text(change.spell.to?.description ?? ""), .text(measure.rawValue),
        .integer(change.baselineYear), financialYear(change.baselineYear),
        .text(change.baselineIsFirstAvailable ? "yes" : "no"),
        .integer(change.endYear), financialYear(change.endYear),
        OfficialCell.cell(change.authority.baseline, places: places),
        OfficialCell.cell(change.authority.end, places: places),
        OfficialCell.cell(change.authority.change, places: places),
        OfficialCell.cell(change.england.change, places: places), .text(change.regionName),
        OfficialCell.cell(change.region.change, places: places),
        OfficialCell.cell(change.neighbourMedian.change, places: places),
        OfficialCell.cell(change.differenceFromEngland, places: places),
        OfficialCell.cell(change.differenceFromRegion, places: places),
        OfficialCell.cell(change.differenceFromNeighbours, places: places),
      ]
    }
    let hasFinance = changes.contains { $0.measure.isFinance }
    let hasWorkforce = changes.contains { !$0.measure.isFinance } || !hasFinance
    var notes = [TrustSpellChange.descriptiveLabel]
    if hasWorkforce {
      notes += [
        "Workforce: Base = the last DfE census before the trust took over; “First avail.” yes = no census that early, so the first year available is used.",
        "Workforce: End = the latest census, or the last one before the services returned. Changes are in percentage points (caseload: cases).",
      ]
    }
    if hasFinance {
      notes += [
        "Finance: Base = the last financial year (April to March) that ended before the trust took over (a start month no source gives counts as January); “First avail.” yes = the data start later, so the first year available is used.",
        "Finance: End = the latest financial year, or the last one that ended before the services returned. Changes are in the measure's unit ("
          + Set(changes.filter(\.measure.isFinance).map(\.measure)).sorted {
            $0.rawValue < $1.rawValue
          }
          .map { "\($0.rawValue): \($0.changeUnitLabel)" }.joined(separator: "; ")
          + "), in cash terms; spend has no better direction.",
      ]
      if changes.contains(where: { $0.measure == .agencyCostPerAgencyFTE }) {
        notes.append(FinanceNotes.indicatorLabel)
      }
    }
    notes.append(
      "vs England / region / SN = the authority's change minus the comparator's change over the same years."
    )
    for (spell, reason) in skipped {
      notes.append("Not measured: \(spell.trust) (\(spell.laCode)): \(reason).")
    }
    let attribution = ComparisonListing.attribution(finance: hasFinance)
    notes.append(attribution)
    var listing = Listing(
      schema: "trustmetrics.before-after/1", columns: columns, rows: rows, notes: notes,
      metadata: [
        (key: "licence", value: attribution),
        (key: "caveat", value: TrustSpellChange.descriptiveLabel),
      ])
    listing.textColumnKeys =
      ["trust", "trust_from", "measure"]
      + (hasWorkforce ? ["baseline_year"] : []) + (hasFinance ? ["baseline_financial_year"] : [])
      + ["baseline_is_first_available"]
      + (hasWorkforce ? ["end_year"] : []) + (hasFinance ? ["end_financial_year"] : []) + [
        "authority_baseline", "authority_end", "authority_change", "england_change",
        "region_change",
        "neighbour_median_change", "difference_from_england", "difference_from_region",
        "difference_from_neighbours",
      ]
    return listing
  }
}
