/// One authority's value of an official measure beside England, its region, its statistical
/// neighbours and every other authority in the same year.
///
/// Workforce comparisons use the published FTE value; finance comparisons the computed finance
/// measure (see ``FinanceStatistics``). Missing values (every marker, `low` included) are left
/// out of means, medians, quantiles and ranks, and the counts left out are reported.
public struct OfficialComparison: Hashable, Sendable {
  /// The measure compared.
  public var measure: OfficialMeasure
  /// The reporting year, or the year the financial year starts for a finance measure.
  public var year: Int
  /// The authority's code as the statistics write it (merged codes resolved, such as `"940 / 941"`).
  public var laCode: String
  /// The authority's name in that year's row.
  public var authorityName: String
  /// The authority's published value, number or marker.
  public var authority: OfficialValue
  /// England's published value, or `nil` when the statistics have no national row that year.
  public var england: OfficialValue?
  /// The region compared with (`London` for Inner and Outer London boroughs).
  public var regionName: String
  /// The region's published value, or `nil` when there is no regional row that year.
  public var region: OfficialValue?
  /// The mean of the neighbours' published numbers: Σxᵢ ÷ n; `nil` when none is published.
  public var neighbourMean: Double?
  /// The median of the neighbours' published numbers (type 7); `nil` when none is published.
  public var neighbourMedian: Double?
  /// How many neighbours' numbers the mean and median use.
  public var neighbourCount: Int
  /// How many neighbours were left out because their value is suppressed.
  public var neighboursSuppressed: Int
  /// How many listed neighbours have no row that year (or resolve to the authority's own row).
  public var neighboursMissing: Int
  /// The authority's rank among authorities with a published number, 1 = best, ties sharing the
  /// smaller rank; `nil` when the authority's value is suppressed.
  public var rank: Int?
  /// How many authorities have a published number that year (the rank's denominator).
  public var rankedCount: Int
  /// The quartiles of every authority's published number that year; `nil` when none.
  public var quartiles: Quartiles?
  /// The authority's quartile band, by LAIT's rule; `nil` when its value is suppressed.
  public var band: QuartileBand?
  /// How many authorities that year were left out of the rank and quartiles as suppressed.
  public var excludedFromRanking: Int
  /// What a reader must know about these values: a joint row's sum, England or a region added
  /// up from reporting authorities, possible reclassifications.
  public var notes: [String] = []

  /// Creates a comparison from its parts; see ``compare(_:authority:year:statistics:neighbours:)``
  /// to compute one.
  public init(
    measure: OfficialMeasure, year: Int, laCode: String, authorityName: String,
    authority: OfficialValue, england: OfficialValue?, regionName: String, region: OfficialValue?,
    neighbourMean: Double?, neighbourMedian: Double?, neighbourCount: Int,
    neighboursSuppressed: Int, neighboursMissing: Int, rank: Int?, rankedCount: Int,
    quartiles: Quartiles?, band: QuartileBand?, excludedFromRanking: Int
  ) {
    self.measure = measure
    self.year = year
    self.laCode = laCode
    self.authorityName = authorityName
    self.authority = authority
    self.england = england
    self.regionName = regionName
    self.region = region
    self.neighbourMean = neighbourMean
    self.neighbourMedian = neighbourMedian
    self.neighbourCount = neighbourCount
    self.neighboursSuppressed = neighboursSuppressed
    self.neighboursMissing = neighboursMissing
    self.rank = rank
    self.rankedCount = rankedCount
    self.quartiles = quartiles
    self.band = band
    self.excludedFromRanking = excludedFromRanking
  }

  /// Compares an authority's value for one measure and year.
  ///
  /// Neighbours come from `neighbours.neighbours(of:)` and are resolved with
  /// `statistics.authority(_:code:year:)`; neighbours sharing one joint row count once. Rank is
  /// 1 + the number of authorities with a strictly lower number (the measure's ranking order);
  /// the band places the value against the type-7 quartiles of all authorities' numbers (A if
  /// v ≤ Q1, B if v ≤ Q2, C if v ≤ Q3, else D).
  ///
  /// - Parameters:
  ///   - measure: The measure compared.
  ///   - code: The authority's `old_la_code`, alone or joint.
  ///   - year: The reporting year, or the year the financial year starts.
  ///   - statistics: The official statistics.
  ///   - neighbours: DfE's statistical-neighbour model.
  /// - Returns: The comparison, or `nil` when the statistics have no row for the authority that
  ///   year.
  public static func compare(
    _ measure: OfficialMeasure, authority code: String, year: Int,
    statistics: OfficialStatistics, neighbours: StatisticalNeighbours
  ) -> OfficialComparison? {
    guard let own = statistics.authority(measure, code: code, year: year) else { return nil }
    let regionName = WorkforceStatistics.comparatorRegion(of: own.regionName)
    let summary = NeighbourSummary(
      measure, authority: code, year: year, statistics: statistics, neighbours: neighbours)
    let all = statistics.authorityValues(measure, year: year)
    let numbers = all.compactMap(\.number)
    let quartiles = SampleStatistics.quartiles(numbers)
    let rank = own.value.number.flatMap {
      CompetitionRanking.rank(of: $0, among: numbers, polarity: measure.rankingPolarity)
    }
    let band = own.value.number.flatMap { number in
      quartiles.flatMap { $0.band(of: number, polarity: measure.rankingPolarity) }
    }
    let england = statistics.england(measure, year: year)
    let region = statistics.region(measure, named: regionName, year: year)
    var comparison = OfficialComparison(
      measure: measure, year: year, laCode: own.code, authorityName: own.name,
      authority: own.value, england: england?.value, regionName: regionName,
      region: region?.value, neighbourMean: SampleStatistics.mean(summary.numbers),
      neighbourMedian: SampleStatistics.median(summary.numbers),
      neighbourCount: summary.numbers.count, neighboursSuppressed: summary.suppressed,
      neighboursMissing: summary.missing, rank: rank, rankedCount: numbers.count,
      quartiles: quartiles, band: band, excludedFromRanking: all.count - numbers.count)
    comparison.notes = FinanceNotes.notes(
      measure, own: own, england: england, region: region, year: year, statistics: statistics)
    return comparison
  }
}
