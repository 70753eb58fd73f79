/// The change in one workforce measure over a trust's spell, beside the same change for England,
/// the region and the statistical-neighbour median: a descriptive difference-in-differences.
///
/// Years: the baseline is the last census before the trust took over
/// (`from.lastCensusYearBefore`); when the statistics hold no row for the authority that year,
/// the first later year with a row is used and ``baselineIsFirstAvailable`` is set. The end is
/// the latest year of the statistics while the spell runs; when the spell has ended (`to` is
/// given) it is the last census before the services left the trust (`to.lastCensusYearBefore`),
/// the last year the trust ran them at a census. If the authority has no row for that year, the
/// latest earlier year with a row is used.
public struct TrustSpellChange: Hashable, Sendable {
  /// The label every output of these figures must carry.
  public static let descriptiveLabel =
    "Descriptive difference-in-differences: the authority's change minus the comparator's "
    + "change over the same years. It describes what happened; it is not a causal estimate of "
    + "the trust's effect."

  /// One area's values at the two ends and the change between them.
  public struct Endpoints: Hashable, Sendable {
    /// The value in the baseline year, or `nil` when suppressed or missing.
    public var baseline: Double?
    /// The value in the end year, or `nil` when suppressed or missing.
    public var end: Double?

    /// Creates endpoints from the two values.
    public init(baseline: Double?, end: Double?) {
      self.baseline = baseline
      self.end = end
    }

    /// The change, `end − baseline` in the measure's unit (percentage points for rates); `nil`
    /// when either end is missing.
    public var change: Double? {
      guard let baseline, let end else { return nil }
      return end - baseline
    }
  }

  /// The spell measured.
  public var spell: TrustSpell
  /// The measure.
  public var measure: OfficialMeasure
  /// The year the change is measured from.
  public var baselineYear: Int
  /// Whether the baseline is the first year with data rather than the last census before the
  /// trust took over.
  public var baselineIsFirstAvailable: Bool
  /// The year the change is measured to.
  public var endYear: Int
  /// Whether the spell had ended, so the end year is the last census before `to`.
  public var spellHasEnded: Bool
  /// The comparator region's name (`London` for Inner and Outer London boroughs).
  public var regionName: String
  /// The authority's published values.
  public var authority: Endpoints
  /// England's published values.
  public var england: Endpoints
  /// The region's published values.
  public var region: Endpoints
  /// The median of the neighbours' published values in each year (type 7).
  public var neighbourMedian: Endpoints
  /// How many neighbours the baseline median uses.
  public var neighbourCountAtBaseline: Int
  /// How many neighbours the end median uses.
  public var neighbourCountAtEnd: Int

  /// Creates a spell change from its parts; see ``measure(_:over:statistics:neighbours:)``.
  public init(
    spell: TrustSpell, measure: OfficialMeasure, baselineYear: Int,
    baselineIsFirstAvailable: Bool, endYear: Int, spellHasEnded: Bool, regionName: String,
    authority: Endpoints, england: Endpoints, region: Endpoints, neighbourMedian: Endpoints,
    neighbourCountAtBaseline: Int, neighbourCountAtEnd: Int
  ) {
    self.spell = spell
    self.measure = measure
    self.baselineYear = baselineYear
    self.baselineIsFirstAvailable = baselineIsFirstAvailable
    self.endYear = endYear
    self.spellHasEnded = spellHasEnded
    self.regionName = regionName
    self.authority = authority
    self.england = england
    self.region = region
    self.neighbourMedian = neighbourMedian
    self.neighbourCountAtBaseline = neighbourCountAtBaseline
    self.neighbourCountAtEnd = neighbourCountAtEnd
  }

  /// The authority's change minus England's: `Δauthority − ΔEngland`.
  public var differenceFromEngland: Double? { difference(from: england) }

  /// The authority's change minus the region's: `Δauthority − Δregion`.
  public var differenceFromRegion: Double? { difference(from: region) }

  /// The authority's change minus the neighbour median's: `Δauthority − Δmedian`.
  public var differenceFromNeighbours: Double? { difference(from: neighbourMedian) }

  private func difference(from comparator: Endpoints) -> Double? {
    guard let own = authority.change, let other = comparator.change else { return nil }
    return own - other
  }

  /// The years a spell is measured over for a measure, by the rules in the type's description.
  ///
  /// Census years for workforce measures: the last census before the start (or the first
  /// available, flagged) to the last census before the end (or the latest). Financial years for
  /// finance measures: the last financial year ending before the start (a start month unknown
  /// counts as January) to the last ending before the end, or the latest.
  ///
  /// - Parameters:
  ///   - spell: The trust spell.
  ///   - measure: The measure; its periods decide the rule.
  ///   - statistics: The official statistics.
  /// - Returns: The baseline and end years and the flags, or `nil` when the spell has no start
  ///   date, the authority has no rows, or no row falls before the end.
  public static func years(
    of spell: TrustSpell, measure: OfficialMeasure = .agency, statistics: OfficialStatistics
  ) -> (baseline: Int, baselineIsFirstAvailable: Bool, end: Int, spellHasEnded: Bool)? {
    guard let from = spell.from else { return nil }
    let rowYears = statistics.years(of: measure).filter {
      statistics.authority(measure, code: spell.laCode, year: $0) != nil
    }
    func lastBefore(_ date: PartialDate) -> Int {
      measure.isFinance ? date.lastFinancialYearBefore : date.lastCensusYearBefore
    }
    let wantedEnd = spell.to.map(lastBefore) ?? Int.max
    guard let end = rowYears.last(where: { $0 <= wantedEnd }) else { return nil }
    let wantedBaseline = lastBefore(from)
    let baseline: Int
    let isFirst: Bool
    if rowYears.contains(wantedBaseline) {
      baseline = wantedBaseline
      isFirst = false
    } else if let later = rowYears.first(where: { $0 > wantedBaseline }) {
      baseline = later
      isFirst = true
    } else {
      return nil
    }
    guard baseline < end else { return nil }
    return (baseline, isFirst, end, spell.to != nil)
  }

  /// The change in one measure over a spell, beside England, the region and the neighbours.
  ///
  /// - Parameters:
  ///   - measure: The measure.
  ///   - spell: The trust spell.
  ///   - statistics: The official statistics.
  ///   - neighbours: DfE's statistical-neighbour model.
  /// - Returns: The change, or `nil` when the spell cannot be measured.
  public static func measure(
    _ measure: OfficialMeasure, over spell: TrustSpell, statistics: OfficialStatistics,
    neighbours: StatisticalNeighbours
  ) -> TrustSpellChange? {
    guard let years = years(of: spell, measure: measure, statistics: statistics),
      let endRow = statistics.authority(measure, code: spell.laCode, year: years.end)
    else { return nil }
    func endpoints(_ row: (Int) -> AreaValue?) -> Endpoints {
      Endpoints(
        baseline: row(years.baseline)?.value.number, end: row(years.end)?.value.number)
    }
    let regionName = WorkforceStatistics.comparatorRegion(of: endRow.regionName)
    let atBaseline = NeighbourSummary(
      measure, authority: spell.laCode, year: years.baseline, statistics: statistics,
      neighbours: neighbours)
    let atEnd = NeighbourSummary(
      measure, authority: spell.laCode, year: years.end, statistics: statistics,
      neighbours: neighbours)
    return TrustSpellChange(
      spell: spell, measure: measure, baselineYear: years.baseline,
      baselineIsFirstAvailable: years.baselineIsFirstAvailable, endYear: years.end,
      spellHasEnded: years.spellHasEnded, regionName: regionName,
      authority: endpoints { statistics.authority(measure, code: spell.laCode, year: $0) },
      england: endpoints { statistics.england(measure, year: $0) },
      region: endpoints { statistics.region(measure, named: regionName, year: $0) },
      neighbourMedian: Endpoints(baseline: atBaseline.median, end: atEnd.median),
      neighbourCountAtBaseline: atBaseline.numbers.count,
      neighbourCountAtEnd: atEnd.numbers.count)
  }

  /// The change in each workforce measure over a spell.
  public static func measures(
    over spell: TrustSpell, statistics: OfficialStatistics, neighbours: StatisticalNeighbours
  ) -> [TrustSpellChange] {
    OfficialMeasure.workforce.compactMap {
      measure($0, over: spell, statistics: statistics, neighbours: neighbours)
    }
  }
}
