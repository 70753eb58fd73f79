/// Every official statistic behind the measures of ``OfficialMeasure``: DfE's workforce
/// indicators and the finance data, asked the same questions whatever the measure's origin.
public struct OfficialStatistics: Sendable {
  /// DfE's workforce indicators.
  public var workforce: WorkforceStatistics
  /// The section 251, RO3 and population data, joined.
  public var finance: FinanceStatistics

  /// Creates the statistics from their parts.
  public init(workforce: WorkforceStatistics, finance: FinanceStatistics) {
    self.workforce = workforce
    self.finance = finance
  }

  /// The years a measure has values for, ascending: census years for the workforce measures,
  /// the years financial years start for the finance measures.
  public func years(of measure: OfficialMeasure) -> [Int] {
    measure.isFinance ? finance.years(of: measure) : workforce.years
  }

  /// The code of the row an authority code belongs to: `"940"` resolves to `"940 / 941"`.
  public func resolvedCode(_ code: String) -> String? { workforce.resolvedCode(code) }

  /// An authority's value for a measure and year, resolving codes inside joint rows; `nil` when
  /// the statistics have no row for it that year.
  public func authority(_ measure: OfficialMeasure, code: String, year: Int) -> AreaValue? {
    if measure.isFinance {
      guard let table = finance.table(measure, year: year) else { return nil }
      let resolved = workforce.resolvedCode(code) ?? code
      return table.authority(code: resolved.contains("/") ? resolved : code)
        ?? table.authority(code: resolved)
    }
    return workforce.authority(code: code, year: year).map { Self.area($0, measure) }
  }

  /// Every authority's value for a measure in a year.
  public func authorities(_ measure: OfficialMeasure, year: Int) -> [AreaValue] {
    if measure.isFinance { return finance.table(measure, year: year)?.authorities ?? [] }
    return workforce.authorities(year: year).map { Self.area($0, measure) }
  }

  /// Every authority's value (number or marker) for a measure in a year, without the names and
  /// parts ``authorities(_:year:)`` carries: what ranks and quartiles need.
  public func authorityValues(_ measure: OfficialMeasure, year: Int) -> [OfficialValue] {
    if measure.isFinance {
      return finance.table(measure, year: year)?.authorities.map(\.value) ?? []
    }
    return workforce.authorityValues(of: measure, year: year)
  }

  /// England's value for a measure and year.
  public func england(_ measure: OfficialMeasure, year: Int) -> AreaValue? {
    if measure.isFinance { return finance.table(measure, year: year)?.england }
    return workforce.england(year: year).map { Self.area($0, measure) }
  }

  /// A region's value (by DfE region name: `London`, `Inner London`, `West Midlands`).
  public func region(_ measure: OfficialMeasure, named name: String, year: Int) -> AreaValue? {
    if measure.isFinance { return finance.table(measure, year: year)?.regions[name] }
    return workforce.region(named: name, year: year).map { Self.area($0, measure) }
  }

  /// A workforce row as an area value.
  private static func area(_ record: WorkforceRecord, _ measure: OfficialMeasure) -> AreaValue {
    AreaValue(
      code: record.laCode, name: record.name, regionName: record.regionName,
      value: WorkforceRates.publishedValue(of: measure, in: record),
      memberCount: record.memberCodes.count)
  }
}
