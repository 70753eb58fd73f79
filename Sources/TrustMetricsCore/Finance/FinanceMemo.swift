import Synchronization

/// The finance tables, each year's units and the series breaks, each computed the first time it
/// is asked for and then kept: a command that reads one measure in one year computes one table.
///
/// Safe from any thread. A value is computed outside the lock, so two threads asking at once
/// may both compute it; the first one kept is the one every caller gets.
final class FinanceMemo: Sendable {
  /// A table's place: its measure and year.
  private struct TableKey: Hashable {
    var measure: OfficialMeasure
    var year: Int
  }

  private let tables = Mutex<[TableKey: MeasureTable]>([:])
  private let units = Mutex<[Int: [FinanceInputs.Unit]]>([:])
  private let breaks = Mutex<[SeriesBreak]?>(nil)

  /// The measure's table for a year, made by `make` the first time.
  func table(_ measure: OfficialMeasure, year: Int, make: () -> MeasureTable) -> MeasureTable {
    let key = TableKey(measure: measure, year: year)
    if let kept = tables.withLock({ $0[key] }) { return kept }
    let made = make()
    return tables.withLock { kept in
      if let earlier = kept[key] { return earlier }
      kept[key] = made
      return made
    }
  }

  /// A year's units, made by `make` the first time.
  func units(year: Int, make: () -> [FinanceInputs.Unit]) -> [FinanceInputs.Unit] {
    if let kept = units.withLock({ $0[year] }) { return kept }
    let made = make()
    return units.withLock { kept in
      if let earlier = kept[year] { return earlier }
      kept[year] = made
      return made
    }
  }

  /// The series breaks, made by `make` the first time.
  func seriesBreaks(make: () -> [SeriesBreak]) -> [SeriesBreak] {
    if let kept = breaks.withLock({ $0 }) { return kept }
    let made = make()
    return breaks.withLock { kept in
      if let earlier = kept { return earlier }
      kept = made
      return made
    }
  }
}
