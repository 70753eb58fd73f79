/// The official finance data (DfE's section 251 outturn, MHCLG's RO3 children's social care
/// return and ONS's children aged 0–17), joined and computed into the finance measures of
/// ``OfficialMeasure`` for every authority, England and the regions.
///
/// Authorities are the workforce statistics' units: where DfE's workforce file publishes two
/// authorities as one row (`940 / 941`, `314 / 318`), their spend and children are added; a
/// published unit cost cannot be added and has no value for such a row (``SuppressionMarker/jointRow``).
/// Every missing value keeps its reason and is left out of totals, means and ranks.
///
/// A dataset loaded without its finance files holds ``notLoaded``: ``isLoaded`` says so, and
/// asking it for any finance value stops the program (a command that shows finance must load
/// it), so that no command shows an empty finance block as if the files had no data.
public struct FinanceStatistics: Sendable {
  /// Every section 251 value, in file order.
  public var section251: [Section251Record] {
    requireLoaded()
    return section251Records
  }
  /// Every RO3 value, in file order.
  public var revenueOutturn: [RevenueOutturnRecord] {
    requireLoaded()
    return revenueOutturnRecords
  }
  /// Every population estimate, in file order.
  public var population: [PopulationRecord] {
    requireLoaded()
    return populationRecords
  }
  /// Possible reclassifications in authorities' section 251 series, by authority code then year
  /// (found on first use).
  public var breaks: [SeriesBreak] {
    requireLoaded()
    return memo.seriesBreaks { inputs.seriesBreaks() }
  }
  /// Whether the finance files were read: `false` only for ``notLoaded``.
  public let isLoaded: Bool
  private let section251Records: [Section251Record]
  private let revenueOutturnRecords: [RevenueOutturnRecord]
  private let populationRecords: [PopulationRecord]
  private let inputs: FinanceInputs
  private let workforce: WorkforceStatistics
  private let yearsByMeasure: [OfficialMeasure: [Int]]
  /// The tables and breaks computed so far, shared by copies.
  private let memo = FinanceMemo()

  /// No finance data (loaded, and empty).
  public static let empty = FinanceStatistics(
    section251: [], revenueOutturn: [], population: [], workforce: WorkforceStatistics(records: []))

  /// The finance files were not read (``DatasetLoader`` was asked for other parts only): any
  /// question about finance values stops the program.
  public static let notLoaded = FinanceStatistics(
    section251: [], revenueOutturn: [], population: [], workforce: WorkforceStatistics(records: []),
    isLoaded: false)

  /// Joins the three files, ready to compute every finance measure.
  ///
  /// The files are indexed here; a measure's table for a year is computed the first time it is
  /// asked for (``table(_:year:)``), and the series breaks the first time they are read.
  ///
  /// - Parameters:
  ///   - section251: DfE's section 251 outturn.
  ///   - revenueOutturn: MHCLG's RO3 children's social care return.
  ///   - population: ONS children aged 0–17.
  ///   - workforce: DfE's workforce statistics, for joint rows and agency FTE.
  public init(
    section251: [Section251Record], revenueOutturn: [RevenueOutturnRecord],
    population: [PopulationRecord], workforce: WorkforceStatistics
  ) {
    self.init(
      section251: section251, revenueOutturn: revenueOutturn, population: population,
      workforce: workforce, isLoaded: true)
  }

  private init(
    section251: [Section251Record], revenueOutturn: [RevenueOutturnRecord],
    population: [PopulationRecord], workforce: WorkforceStatistics, isLoaded: Bool
  ) {
    section251Records = section251
    revenueOutturnRecords = revenueOutturn
    populationRecords = population
    self.workforce = workforce
    self.isLoaded = isLoaded
    let inputs = FinanceInputs(
      section251: section251, revenueOutturn: revenueOutturn, population: population)
    self.inputs = inputs
    var years: [OfficialMeasure: [Int]] = [:]
    for measure in OfficialMeasure.finance { years[measure] = inputs.years(of: measure) }
    yearsByMeasure = years
  }

  /// Stops the program when the finance files were not loaded: a programming error (a command
  /// that shows finance loaded the dataset without it), never a data error.
  private func requireLoaded() {
    precondition(
      isLoaded,
      "finance data was asked for, but the dataset was loaded without its finance files "
        + "(DatasetLoader.parts lacks .finance)")
  }

  /// The years a finance measure has values for (the years the financial years start),
  /// ascending; empty for a workforce measure.
  public func years(of measure: OfficialMeasure) -> [Int] {
    if measure.isFinance { requireLoaded() }
    return yearsByMeasure[measure] ?? []
  }

  /// The measure's table for a year, or `nil` when the year is not in the data.
  public func table(_ measure: OfficialMeasure, year: Int) -> MeasureTable? {
    if measure.isFinance { requireLoaded() }
    guard yearsByMeasure[measure]?.contains(year) == true else { return nil }
    return memo.table(measure, year: year) {
      // A year's units are the same for every measure: grouped once.
      let units = memo.units(year: year) { inputs.units(year: year, workforce: workforce) }
      return inputs.table(measure, year: year, units: units, workforce: workforce)
    }
  }

  /// The possible reclassifications that touch a measure for an authority between two years.
  ///
  /// A break of year t touches the years t − 1 and t; only the lines the measure is built from
  /// count (`spend_per_child` and the RO3 measures use totals, which such moves do not break).
  ///
  /// - Parameters:
  ///   - measure: The measure.
  ///   - code: The authority's code; a joint row's members are each looked at.
  ///   - years: The years shown.
  /// - Returns: The breaks, by authority code then year.
  public func breaks(
    affecting measure: OfficialMeasure, code: String, years: ClosedRange<Int>
  ) -> [SeriesBreak] {
    if measure.isFinance { requireLoaded() }
    guard let line = measure.section251Line, !line.isUnitCost, line != .childrenAndYoungPeople
    else { return [] }
    let members = Set(WorkforceRecord.memberCodes(of: code))
    return breaks.filter {
      members.contains($0.laCode) && $0.line == line && years.contains($0.year)
        && years.contains($0.year - 1)
    }
  }
}

extension OfficialMeasure {
  /// The section 251 line a measure reads (its numerator for a ratio), or `nil`.
  public var section251Line: Section251Line? {
    switch self {
    case .spendPerChild: .childrenAndYoungPeople
    case .lookedAfterSpendPerChild, .lookedAfterShare: .lookedAfter
    case .safeguardingSpendPerChild: .safeguarding
    case .familySupportSpendPerChild: .familySupport
    case .lacWeeklyUnitCost: .lookedAfterUnitCost
    case .socialWorkWeeklyUnitCost: .socialWorkUnitCost
    default: nil
    }
  }
}
