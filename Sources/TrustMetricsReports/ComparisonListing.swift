public import TrustMetricsCore

/// Lists workforce comparisons: an authority against England, its region and its statistical
/// neighbours, with rank and quartile band.
public enum ComparisonListing {
  /// The comparisons as a listing with notes explaining ranks, bands and markers.
  public static func listing(of comparisons: [WorkforceComparison]) -> Listing {
    let columns: [Listing.Column] = [
      .init("authority", "Authority"), .init("la_code", "Code"), .init("measure", "Measure"),
      .init("year", "Year"), .init("value", "Value"), .init("england", "England"),
      .init("region_name", "Region"), .init("region", "Region value"),
      .init("neighbour_mean", "SN mean"), .init("neighbour_median", "SN median"),
      .init("neighbours_used", "SN used"), .init("neighbours_left_out", "SN left out"),
      .init("rank", "Rank"), .init("ranked_count", "of"), .init("band", "Band"),
      .init("left_out_of_ranking", "Left out"),
    ]
    let rows: [[Cell]] = comparisons.map { row in
      [
        .text(row.authorityName), .text(row.laCode), .text(row.measure.rawValue),
        .integer(row.year), OfficialCell.cell(row.authority), OfficialCell.cell(row.england),
        .text(row.regionName), OfficialCell.cell(row.region),
        OfficialCell.cell(row.neighbourMean), OfficialCell.cell(row.neighbourMedian),
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
    let notes =
      [
        "Values are DfE's published rates (FTE basis): agency, vacancy and turnover in %, caseload in cases per case holder.",
        "SN = the ten statistical neighbours (DfE 2025 model); mean and median of those with a published value.",
        "Rank 1 = best (lowest) among authorities with a published value that year; ties share the smaller rank.",
        "Band: LAIT quartile band of all authorities that year, A (best quarter, ≤ Q1) to D (worst, > Q3).",
        "Left out: suppressed or missing values are excluded from means, medians, quartiles and ranks.",
      ] + OfficialCell.legend(for: markers) + [WorkforceStatistics.attribution]
    var listing = Listing(
      schema: "trustmetrics.compare/1", columns: columns, rows: rows, notes: notes,
      metadata: [(key: "licence", value: WorkforceStatistics.attribution)])
    listing.textColumnKeys = [
      "authority", "measure", "year", "value", "england", "region_name", "region",
      "neighbour_mean", "neighbour_median", "neighbours_left_out", "rank", "ranked_count", "band",
      "left_out_of_ranking",
    ]
    return listing
  }
}
