public import TrustMetricsCore

/// The numbers behind the terminal trend report: per authority and workforce measure, the
/// published series, the latest year against England, the region and the statistical
/// neighbours, figures reported in the news beside it, and the change since the trust took over.
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

  /// One workforce measure for one authority.
  public struct MeasureTrend: Sendable {
    /// The measure.
    public var measure: OfficialMeasure
    /// The published values over the report's years; suppressed values are gaps.
    public var series: YearSeries
    /// The published cell in each of the report's years, number or marker (absent: no row).
    public var cells: [Int: OfficialValue]
    /// The latest year against England, the region and the neighbours; `nil` when the
    /// authority has no row in the latest year.
    public var comparison: OfficialComparison?
    /// Figures from the news sources for this authority and measure.
    public var reported: [ReportedFigure]

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

  /// The reporting years shown, ascending.
  public var years: [Int]
  /// The measures shown, in order.
  public var measures: [OfficialMeasure]
  /// The authorities, in order.
  public var authorities: [Authority]
  /// England's published series per measure over ``years``.
  public var england: [OfficialMeasure: YearSeries]

  /// The latest year shown, or `nil` when there are no years.
  public var latestYear: Int? { years.last }

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
