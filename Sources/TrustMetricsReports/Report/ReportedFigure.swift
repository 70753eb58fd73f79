public import TrustMetricsCore

/// A workforce figure from a news source, set beside the official value for the DfE census year
/// its period maps to.
public struct ReportedFigure: Sendable {
  /// The figure as extracted.
  public var figure: Figure
  /// The census year its period maps to (``Period/censusYear``): April–September months to that
  /// September, October–March to the previous one.
  public var censusYear: Int
  /// The authority's published value for that census year; `nil` when the statistics have no
  /// row that year (before 2017, say).
  public var official: OfficialValue?
  /// Where it was reported.
  public var citation: Citation

  /// Creates a reported figure from its parts.
  public init(figure: Figure, censusYear: Int, official: OfficialValue?, citation: Citation) {
    self.figure = figure
    self.censusYear = censusYear
    self.official = official
    self.citation = citation
  }

  /// The reported value minus the official one, `reported − official`, in the measure's unit;
  /// `nil` when there is no published official number.
  public var differenceFromOfficial: Double? {
    official?.number.map { figure.doubleValue - $0 }
  }
}
