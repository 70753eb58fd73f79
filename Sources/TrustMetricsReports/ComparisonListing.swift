public import TrustMetricsCore

/// Lists comparisons of official measures: an authority against England, its region and its
/// statistical neighbours, with rank and quartile band.
public enum ComparisonListing {
  /// The comparisons as a listing with notes explaining ranks, bands, markers and finance joins.
  ///
  /// A finance row keeps the integer `year` the financial year starts in and adds
  /// `financial_year` (`FY2024-25`); money rates are shown in whole pounds, rates and shares to
  /// one decimal place.
  public static func listing(of comparisons: [OfficialComparison]) -> Listing {
    let columns: [Listing.Column] = [
      .init("authority", "Authority"), .init("la_code", "Code"), .init("measure", "Measure"),
      .init("year", "Year"), .init("financial_year", "Year"), .init("value", "Value"),
      .init("unit", "Unit"), .init("england", "England"),
      .init("region_name", "Region"), .init("region", "Region value"),
      .init("neighbour_mean", "SN mean"), .init("neighbour_median", "SN median"),
      .init("neighbours_used", "SN used"), .init("neighbours_left_out", "SN left out"),
      .init("rank", "Rank"), .init("ranked_count", "of"), .init("band", "Band"),
      .init("left_out_of_ranking", "Left out"),
    ]
    let rows: [[Cell]] = comparisons.map { row in
      let places = row.measure.decimalPlaces
      return [
        .text(row.authorityName), .text(row.laCode), .text(row.measure.rawValue),
        .integer(row.year),
        row.measure.isFinance ? .text(row.measure.periodText(row.year)) : .empty,
        OfficialCell.cell(row.authority, places: places), .text(row.measure.unitLabel),
        OfficialCell.cell(row.england, places: places),
        .text(row.regionName), OfficialCell.cell(row.region, places: places),
        OfficialCell.cell(row.neighbourMean, places: places),
        OfficialCell.cell(row.neighbourMedian, places: places),
        .integer(row.neighbourCount), .integer(row.neighboursSuppressed + row.neighboursMissing),
        row.rank.map(Cell.integer) ?? .empty, .integer(row.rankedCount),
        row.band.map { .text($0.rawValue) } ?? .empty, .integer(row.excludedFromRanking),
      ]
    }
    var markers = Set<SuppressionMarker>()
    for row in comparisons {
      for value in [row.authority, row.england, row.region] {
        if let m = value?.marker { markers.insert(m) }
      }
    }
    let hasWorkforce = comparisons.contains { !$0.measure.isFinance }
    let hasFinance = comparisons.contains { $0.measure.isFinance }
    var notes: [String] = []
    if hasWorkforce || comparisons.isEmpty {
      notes.append(
        "Workforce values are DfE's published rates (FTE basis): agency, vacancy and turnover in %, caseload in cases per case holder."
      )
    }
    if hasFinance {
      notes.append(
        "Finance values by financial year (April to March), in cash terms: "
          + Set(comparisons.filter(\.measure.isFinance).map(\.measure))
          .sorted { $0.rawValue < $1.rawValue }
          .map { "\($0.rawValue) = \($0.definition)" }.joined(separator: "; ") + ".")
    }
    notes.append(
      "SN = the ten statistical neighbours (DfE 2025 model); mean and median of those with a value."
    )
    if hasWorkforce || comparisons.isEmpty {
      notes.append(
        "Workforce: rank 1 = best (lowest) among authorities with a published value that year; ties share the smaller rank. Band: LAIT quartile band of all authorities that year, A (best quarter, ≤ Q1) to D (worst, > Q3)."
      )
    }
    if hasFinance {
      notes.append(
        "Finance: spend has no better direction. Rank 1 = the lowest value among authorities with a value that year (ties share the smaller rank); band A = the lowest-spending quarter (≤ Q1) to D = the highest-spending quarter (> Q3)."
      )
    }
    notes.append(
      "Left out: suppressed or missing values are excluded from means, medians, quartiles and ranks."
    )
    var seen = Set<String>()
    for row in comparisons {
      for note in row.notes where seen.insert(note).inserted { notes.append(note) }
    }
    notes += OfficialCell.legend(for: markers)
    notes.append(attribution(finance: hasFinance))
    var listing = Listing(
      schema: "trustmetrics.compare/1", columns: columns, rows: rows, notes: notes,
      metadata: [(key: "licence", value: attribution(finance: hasFinance))])
    listing.textColumnKeys =
      ["authority", "measure"]
      + (hasWorkforce || !hasFinance ? ["year"] : []) + (hasFinance ? ["financial_year"] : [])
      + ["value"] + (hasFinance ? ["unit"] : [])
      + [
        "england", "region_name", "region", "neighbour_mean", "neighbour_median",
        "neighbours_left_out", "rank", "ranked_count", "band", "left_out_of_ranking",
      ]
    return listing
  }

  /// The attribution: DfE's, and for finance also MHCLG's and ONS's data.
  static func attribution(finance: Bool) -> String {
    finance
      ? "Sources: DfE (workforce census, section 251 outturn, statistical neighbours), MHCLG (revenue outturn RO3), ONS (mid-year population estimates). "
        + WorkforceStatistics.attribution
      : WorkforceStatistics.attribution
  }
}
