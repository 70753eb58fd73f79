public import TrustMetricsCore

/// Lists the before-and-after-the-trust view: each workforce measure's change over a trust's
/// spell beside England's, the region's and the statistical neighbours' median change.
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
      .init("baseline_year", "Base"), .init("baseline_is_first_available", "First avail."),
      .init("end_year", "End"), .init("authority_baseline", "Before"),
      .init("authority_end", "After"), .init("authority_change", "Change"),
      .init("england_change", "England"), .init("region_name", "Region"),
      .init("region_change", "Region chg"), .init("neighbour_median_change", "SN median chg"),
      .init("difference_from_england", "vs England"),
      .init("difference_from_region", "vs region"),
      .init("difference_from_neighbours", "vs SN"),
    ]
    let rows: [[Cell]] = changes.map { change in
      [
        .text(change.spell.trust), .text(authorityNames[change.spell.laCode] ?? ""),
        .text(change.spell.laCode), .text(change.spell.from?.description ?? ""),
        .text(change.spell.to?.description ?? ""), .text(change.measure.rawValue),
        .integer(change.baselineYear), .text(change.baselineIsFirstAvailable ? "yes" : "no"),
        .integer(change.endYear), OfficialCell.cell(change.authority.baseline),
        OfficialCell.cell(change.authority.end), OfficialCell.change(change.authority.change),
        OfficialCell.change(change.england.change), .text(change.regionName),
        OfficialCell.change(change.region.change),
        OfficialCell.change(change.neighbourMedian.change),
        OfficialCell.change(change.differenceFromEngland),
        OfficialCell.change(change.differenceFromRegion),
        OfficialCell.change(change.differenceFromNeighbours),
      ]
    }
    var notes = [
      TrustSpellChange.descriptiveLabel,
      "Base = the last DfE census before the trust took over; “First avail.” yes = no census that early, so the first year available is used.",
      "End = the latest census, or the last one before the services returned. Changes are in percentage points (caseload: cases).",
      "vs England / region / SN = the authority's change minus the comparator's change over the same years.",
    ]
    for (spell, reason) in skipped {
      notes.append("Not measured: \(spell.trust) (\(spell.laCode)): \(reason).")
    }
    notes.append(WorkforceStatistics.attribution)
    var listing = Listing(
      schema: "trustmetrics.before-after/1", columns: columns, rows: rows, notes: notes,
      metadata: [
        (key: "licence", value: WorkforceStatistics.attribution),
        (key: "caveat", value: TrustSpellChange.descriptiveLabel),
      ])
    listing.textColumnKeys = [
      "trust", "trust_from", "measure", "baseline_year", "baseline_is_first_available", "end_year",
      "authority_baseline", "authority_end", "authority_change", "england_change", "region_change",
      "neighbour_median_change", "difference_from_england", "difference_from_region",
      "difference_from_neighbours",
    ]
    return listing
  }
}
