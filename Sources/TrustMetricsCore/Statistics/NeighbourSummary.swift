/// The published values of an authority's statistical neighbours in one year, with suppressed
/// and missing neighbours counted.
public struct NeighbourSummary: Hashable, Sendable {
  /// The neighbours' published numbers, closest neighbour first.
  public var numbers: [Double]
  /// How many neighbours have a suppressed value (left out of `numbers`).
  public var suppressed: Int
  /// How many listed neighbours have no row that year, or resolve to the authority's own row or
  /// to a row already counted (merged codes).
  public var missing: Int

  /// Creates a summary from its parts.
  public init(numbers: [Double], suppressed: Int, missing: Int) {
    self.numbers = numbers
    self.suppressed = suppressed
    self.missing = missing
  }

  /// Gathers the neighbours' published values for a measure and year.
  ///
  /// - Parameters:
  ///   - measure: The measure read.
  ///   - code: The authority's `old_la_code`, alone or merged.
  ///   - year: The reporting year.
  ///   - statistics: The official statistics.
  ///   - neighbours: DfE's statistical-neighbour model.
  public init(
    _ measure: OfficialMeasure, authority code: String, year: Int,
    statistics: OfficialStatistics, neighbours: StatisticalNeighbours
  ) {
    var seen: Set<String> = [statistics.resolvedCode(code) ?? code]
    var numbers: [Double] = []
    var suppressed = 0
    var missing = 0
    for neighbour in neighbours.neighbours(of: code) {
      guard let row = statistics.authority(measure, code: neighbour, year: year),
        seen.insert(row.code).inserted
      else {
        missing += 1
        continue
      }
      switch row.value {
      case .number(let number): numbers.append(number)
      case .suppressed: suppressed += 1
      }
    }
    self.init(numbers: numbers, suppressed: suppressed, missing: missing)
  }

  /// The median of the neighbours' numbers (type 7), or `nil` when none is published.
  public var median: Double? { SampleStatistics.median(numbers) }

  /// The mean of the neighbours' numbers, or `nil` when none is published.
  public var mean: Double? { SampleStatistics.mean(numbers) }
}
