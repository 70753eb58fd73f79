public import TrustMetricsCore

/// The numbers behind the terminal trend report: per authority and official measure (workforce
/// rates by census year, finance measures by financial year), the series, the latest year against
/// England, the region and the statistical neighbours, figures reported in the news beside it,
/// and the change since the trust took over.
public struct TrendReport: Sendable {
  /// One authority's section.
  public struct Authority: Sendable {
    /// DfE's `old_la_code` as the statistics write it (merged codes resolved).
    public var laCode: String
    /// The authority's latest name in the statistics.
    public var name: String
    /// The region it is compared with (`London` for London boroughs).
    public var regionName: String
    /// The trusts that ran its children's services, one spell each.
    public var spells: [TrustSpell]
    /// One trend per measure, in the report's measure order.
    public var trends: [MeasureTrend]
    /// The change over each measurable spell, per measure.
    public var spellChanges: [TrustSpellChange]
    /// Spells that could not be measured, with the reason.
    public var unmeasuredSpells: [(spell: TrustSpell, reason: String)]
  }

  /// One official measure for one authority.
  public struct MeasureTrend: Sendable {
    /// The measure.
    public var measure: OfficialMeasure
    /// The years shown for the measure, ascending: census years, or the years financial years
    /// start.
    public var years: [Int]
    /// The values over ``years``; suppressed and missing values are gaps.
    public var series: YearSeries
    /// The cell in each of the measure's years, number or marker (absent: no row).
    public var cells: [Int: OfficialValue]
    /// The latest year against England, the region and the neighbours; `nil` when the
    /// authority has no row in the latest year.
    public var comparison: OfficialComparison?
    /// Figures from the news sources for this authority and measure.
    public var reported: [ReportedFigure]
    /// What a reader must know about a finance series: the indicator label, a joint row's sum,
    /// how England or the region was totalled, possible reclassifications in the years shown;
    /// empty for a workforce measure.
    public var notes: [String] = []

    /// The change from the year before the latest, when both are published: `v(t) − v(t−1)`.
    public var changeFromPrevious: Change? { series.points.last?.changeFromPrevious }

    /// The change from the first published year of the report to the latest:
    /// `v(latest) − v(first)`; `nil` when the latest is not published.
    public var changeFromFirst: Change? {
      guard let last = series.points.last, last.value != nil,
        let first = series.firstPresent, first.year < last.year
      else { return nil }
      return last.changeFromFirst
    }
  }

  /// The census years shown for the workforce measures, ascending; empty when the report shows
  /// no workforce measure.
  public var years: [Int]
  /// The years shown for each measure, ascending (for a finance measure, the years its
  /// financial years start).
  public var yearsByMeasure: [OfficialMeasure: [Int]]
  /// The measures shown, in order.
  public var measures: [OfficialMeasure]
  /// The authorities, in order.
  public var authorities: [Authority]
  /// England's series per measure over the measure's years.
  public var england: [OfficialMeasure: YearSeries]

  /// The measures a report shows when none is chosen: the four workforce rates, then spend per
  /// child (which reclassifications between section 251 lines do not break).
  public static let defaultMeasures: [OfficialMeasure] =
    OfficialMeasure.workforce + [.spendPerChild]

  /// The latest census year shown, or `nil` when there are none.
  public var latestYear: Int? { years.last }

  /// The years shown for a measure, ascending.
  public func years(of measure: OfficialMeasure) -> [Int] { yearsByMeasure[measure] ?? [] }

  /// The workforce measures shown, in order.
  public var workforceMeasures: [OfficialMeasure] { measures.filter { !$0.isFinance } }

  /// The finance measures shown, in order.
  public var financeMeasures: [OfficialMeasure] { measures.filter(\.isFinance) }

  /// The years any finance measure shows (the years the financial years start), ascending.
  public var financeYears: [Int] {
    Set(financeMeasures.flatMap { years(of: $0) }).sorted()
  }

  /// Every suppression marker shown anywhere in the report, for the legend.
  public var markersShown: Set<SuppressionMarker> {
    var markers = Set<SuppressionMarker>()
    for authority in authorities {
      for trend in authority.trends {
        if let marker = trend.comparison?.authority.marker { markers.insert(marker) }
        if let marker = trend.comparison?.england?.marker { markers.insert(marker) }
        if let marker = trend.comparison?.region?.marker { markers.insert(marker) }
        for cell in trend.cells.values {
          if let marker = cell.marker { markers.insert(marker) }
        }
        for figure in trend.reported {
          if let marker = figure.official?.marker { markers.insert(marker) }
        }
      }
    }
    return markers
  }
}
